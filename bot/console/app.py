"""Wiring the console: the Bot with the console's Notifier and Directory, and line readers for
a terminal and for piped input."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.text import Text
from sqlalchemy.engine import Engine

from bot.console.adapters import CONSOLE_WORKSPACE, ConsoleDirectory, ConsoleNotifier
from bot.console.session import ConsoleSession, Read
from bot.core import Bot
from workflows import messages
from workflows.errors import NotFound
from workflows.programme.mentions import everyone
from workflows.settings import Settings


def build_session(
    settings: Settings,
    engine: Engine,
    out: Console,
    read: Read,
    clock: Callable[[], datetime],
    downloads: Path | None = None,
) -> ConsoleSession:
    """A console session that starts as the first coordinator (or anyone with a Slack id).

    Files the bot shares (the report) are kept in ``downloads`` (default: the current folder).
    """
    directory = ConsoleDirectory(engine)
    notifier = ConsoleNotifier(out, directory, downloads)
    bot = Bot(settings, engine, notifier, directory, clock)
    people = [p for p in everyone(engine=engine, workspace_id=CONSOLE_WORKSPACE) if p.slack_id]
    if not people:
        raise NotFound(messages.CONSOLE_NOBODY)
    session = ConsoleSession(bot, out, read, people[0])
    notifier.me = lambda: session.me.slack_id or ""
    notifier.show_mine = session.show_mine
    session.waiting_for = notifier.waiting_for
    session.replace_waiting = notifier.replace_waiting
    return session


def piped_reader(stream: TextIO, out: Console) -> Read:
    """Lines from a pipe or file, echoed after the prompt so the output reads as a dialogue."""

    def read(prompt: str) -> str | None:
        line = stream.readline()
        if not line:
            return None
        line = line.rstrip("\r\n")
        out.print(Text(prompt + line, style="bold"))
        return line

    return read


def terminal_reader(out: Console) -> Read:
    with contextlib.suppress(ImportError):  # not on every platform
        import readline  # noqa: F401  (line editing and history for input())

    def read(prompt: str) -> str | None:
        try:
            return out.input(Text(prompt, style="bold green"))
        except (EOFError, KeyboardInterrupt):
            out.print()
            return None

    return read
