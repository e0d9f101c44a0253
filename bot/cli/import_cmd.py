"""``woonzorg import FILE [--programma SLUG] [--naam NAAM] [--dry-run] [--ja] [--overschrijf]``:
load or update a programme from Excel or CSV."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli.base import WorkspaceOption, app, dutch_errors, load_settings
from workflows import messages

if TYPE_CHECKING:
    from workflows.importing import ImportResult


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
    programma: Annotated[
        str | None,
        typer.Option(
            "--programma", help=messages.IMPORT_PROGRAMME_HELP, metavar=messages.CLI_METAVAR_SLUG
        ),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=messages.IMPORT_DRY_RUN_HELP)] = False,
    ja: Annotated[bool, typer.Option("--ja", help=messages.IMPORT_YES_HELP)] = False,
    overschrijf: Annotated[
        bool, typer.Option("--overschrijf", help=messages.IMPORT_OVERWRITE_HELP)
    ] = False,
    werkruimte: WorkspaceOption = None,
) -> None:
    from workflows.importing import NotConfirmed, format_summary, import_file
    from workflows.programme.workspaces import parse_workspace_id
    from workflows.runtime.database import engine_for

    def confirm(result: ImportResult) -> bool:
        """A destructive import: show the whole difference, then ask (or refuse without TTY)."""
        typer.echo(format_summary(result, dry_run=True))
        if not sys.stdin.isatty():
            raise NotConfirmed(messages.IMPORT_NEEDS_YES.format(file=result.file))
        return typer.confirm(messages.IMPORT_CONFIRM, default=False)

    with dutch_errors():
        workspace_id = parse_workspace_id(werkruimte)
        engine = engine_for(load_settings())
        result = import_file(
            engine,
            file,
            now=datetime.now(UTC),
            name=naam,
            slug=programma.strip().lower() if programma else None,
            dry_run=dry_run,
            overwrite=overschrijf,
            confirm=None if ja else confirm,
            workspace_id=workspace_id,
        )
    typer.echo(format_summary(result, dry_run=dry_run))
