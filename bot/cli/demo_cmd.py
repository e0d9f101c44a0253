"""``woonzorg demo``: the bot in the terminal, on the demo programme, without Slack."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import typer

from bot.cli.base import app, dutch_errors, load_settings
from workflows import messages
from workflows.errors import NotFound

DEMO_DIGEST_CHANNEL = "#woonzorg-demo"


def _now() -> datetime:
    return datetime.now(UTC)


DB_OPTION = typer.Option(
    Path("woonzorg.db"),
    "--db",
    help=messages.DEMO_DB_HELP,
    metavar=messages.CLI_METAVAR_FILE,
)


@app.command("demo", help=messages.DEMO_HELP)
def demo(db: Path = DB_OPTION) -> None:
    from rich.console import Console

    from bot.console.app import build_session, piped_reader, terminal_reader
    from workflows.demo import load_demo
    from workflows.runtime.database import engine_for, require_writable

    out = Console(highlight=False)
    with dutch_errors():
        if not db.parent.is_dir():
            raise NotFound(messages.CONSOLE_NO_FOLDER.format(folder=db.parent))
        # The demo's own database and digest channel (printed, never posted): a copy, so the
        # real settings are untouched.
        settings = load_settings().model_copy(
            update={"database_url": f"sqlite:///{db}", "digest_channel": DEMO_DIGEST_CHANNEL}
        )
        engine = engine_for(settings)
        require_writable(engine)  # a read-only database: say so now, not at the first update
        if load_demo(engine, now=_now()):
            out.print(messages.CONSOLE_DEMO_LOADED.format(path=db), style="dim")
        else:
            out.print(messages.CONSOLE_DEMO_EXISTING.format(path=db), style="dim")
        interactive = sys.stdin.isatty()
        read = terminal_reader(out) if interactive else piped_reader(sys.stdin, out)
        session = build_session(settings, engine, out, read, _now)
        if interactive:
            out.print(messages.CONSOLE_WELCOME)
        out.print(session.you_are(), style="bold green")
        session.run()
