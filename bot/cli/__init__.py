"""The ``woonzorg`` command line. Each command lives in its own module and registers on ``app``."""

from __future__ import annotations

from bot.cli import (
    demo_cmd,  # noqa: F401
    export_cmd,  # noqa: F401  (registers commands)
    import_cmd,  # noqa: F401  (registers commands)
    migrate_cmd,  # noqa: F401  (registers commands)
    programme_cmd,  # noqa: F401
    report_cmd,  # noqa: F401
    run_cmd,  # noqa: F401
    tick_cmd,  # noqa: F401
)
from bot.cli.base import app


def main() -> None:
    app()


__all__ = ["app", "main"]
