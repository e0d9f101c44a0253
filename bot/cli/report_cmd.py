"""``woonzorg rapport [HALFJAAR] -o FILE``: compile the half-yearly progress report."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.base import WorkspaceOption, app, dutch_errors, load_settings
from workflows import messages


@app.command(
    "rapport",
    help=messages.REPORT_HELP,
)
def rapport(
    halfjaar: Annotated[
        str | None,
        typer.Argument(
            help=messages.REPORT_HALF_YEAR_HELP,
            metavar=messages.CLI_METAVAR_HALF_YEAR,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help=messages.REPORT_FILE_HELP,
            metavar=messages.CLI_METAVAR_FILE,
        ),
    ] = None,
    intern: Annotated[bool, typer.Option("--intern", help=messages.REPORT_INTERNAL_HELP)] = False,
    concept: Annotated[bool, typer.Option("--concept", help=messages.REPORT_DRAFT_HELP)] = False,
    programma: Annotated[
        str | None,
        typer.Option(
            "--programma", help=messages.PROGRAMME_OPTION_HELP, metavar=messages.CLI_METAVAR_SLUG
        ),
    ] = None,
    werkruimte: WorkspaceOption = None,
) -> None:
    from workflows.programme.programmes import programme_id_for
    from workflows.programme.workspaces import parse_workspace_id
    from workflows.report.compile import Options, compile_report, report_filename, writer_for
    from workflows.report.share import requested_period
    from workflows.runtime.database import engine_for

    now = datetime.now(UTC)
    with dutch_errors():
        settings = load_settings()
        half_year, year = requested_period(halfjaar, now=now, tz=settings.timezone)
        path = (
            output
            if output is not None
            else Path(report_filename(half_year, year=year, internal=intern))
        )
        writer_for(path)  # a wrong extension is refused before the database is touched
        workspace_id = parse_workspace_id(werkruimte)
        engine = engine_for(settings)
        compiled = compile_report(
            engine=engine,
            workspace_id=workspace_id,
            programme_id=programme_id_for(engine, programma, workspace_id),
            half_year=half_year,
            path=path,
            now=now,
            tz=settings.timezone,
            options=Options(internal=intern, draft=concept, names=settings.report_names, year=year),
        )
    typer.echo(compiled.summary)
    typer.echo(messages.REPORT_WRITTEN.format(path=compiled.path))
    if compiled.report.unapproved_note:
        typer.echo(compiled.report.unapproved_note)
        typer.echo(messages.REPORT_UNAPPROVED_CONCEPT)
