"""``woonzorg import FILE [--naam NAAM]``: load or update the programme from Excel or CSV."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.base import app, dutch_errors, load_settings
from workflows import messages


@app.command("import", help=messages.IMPORT_HELP)
def import_command(
    file: Annotated[
        Path,
        typer.Argument(
            help=messages.IMPORT_FILE_HELP,
            show_default=False,
            metavar=messages.CLI_METAVAR_FILE,
        ),
    ],
    naam: Annotated[
        str | None,
        typer.Option("--naam", help=messages.IMPORT_NAME_HELP, metavar=messages.CLI_METAVAR_NAME),
    ] = None,
) -> None:
    from workflows.importing import format_summary, import_file
    from workflows.runtime.database import engine_for

    with dutch_errors():
        engine = engine_for(load_settings())
        result = import_file(engine, file, now=datetime.now(UTC), name=naam)
    typer.echo(format_summary(result))
