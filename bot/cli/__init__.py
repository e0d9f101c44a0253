"""The ``woonzorg`` command line. Each command lives in its own module and registers on ``app``;
that module is imported when the command is used (``bot.cli.lazy.COMMANDS``)."""

from __future__ import annotations

from bot.cli.base import app


def main() -> None:
    app()


__all__ = ["app", "main"]
