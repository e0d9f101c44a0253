"""``woonzorg export FILE``: the programme as .json, .xlsx or .csv, chosen by extension."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.base import WorkspaceOption, app, dutch_errors, load_settings
from workflows import messages


@app.command("export", help=messages.EXPORT_HELP)
def export_command(
    file: Annotated[
        Path,
        typer.Argument(
            help=messages.EXPORT_FILE_HELP,
            show_default=False,
            metavar=messages.CLI_METAVAR_FILE,
        ),
    ],
    programma: Annotated[
        str | None,
        typer.Option(
            "--programma", help=messages.PROGRAMME_OPTION_HELP, metavar=messages.CLI_METAVAR_SLUG
        ),
    ] = None,
    werkruimte: WorkspaceOption = None,
) -> None:
    from workflows.exporting import export_file
    from workflows.programme.programmes import programme_id_for
    from workflows.programme.workspaces import parse_workspace_id
    from workflows.runtime.database import engine_for

    with dutch_errors():
        workspace_id = parse_workspace_id(werkruimte)
        engine = engine_for(load_settings())
        programme_id = programme_id_for(engine, programma, workspace_id)
        result = export_file(
            engine,
            file,
            workspace_id=workspace_id,
            programme_id=programme_id,
            now=datetime.now(UTC),
        )
    typer.echo(result.summary())
