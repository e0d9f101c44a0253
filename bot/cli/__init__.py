"""The ``woonzorg`` command line. Each command lives in its own module and registers on ``app``;
that module is imported when the command is used (``bot.cli.lazy.COMMANDS``)."""

from __future__ import annotations

import gc

from bot.cli.base import app


def main() -> None:
    try:
        app()
    finally:
        # The command is done and the process ends: what it built stays until then. Frozen,
        # it is out of reach of the collector's full passes at interpreter exit, which walk
        # every object of every library again (a third of a second for ``woonzorg rapport``)
        # and would free nothing that the process's end does not free.
        gc.freeze()


__all__ = ["app", "main"]
