"""``woonzorg migrate``: bring the database to the newest schema."""

from __future__ import annotations

import typer

from bot.cli.base import app, dutch_errors, load_settings
from workflows import messages


@app.command("migrate", help=messages.MIGRATE_HELP)
def migrate() -> None:
    from workflows.runtime.database import engine_for

    with dutch_errors():
        engine_for(load_settings())
    typer.echo(messages.CLI_MIGRATED)
