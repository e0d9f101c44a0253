"""Start-up cost: ``woonzorg --help`` and ``woonzorg tick`` import only what they use.

Checked in a fresh interpreter (this test process has imported everything already).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("matplotlib", "openpyxl", "alembic", "rich", "docx", "slack_sdk", "slack_bolt")


def _imported_after(code: str) -> list[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return [line for line in json.loads(out.splitlines()[-1]) if "." not in line]


def test_importing_the_command_line_loads_no_command_stack() -> None:
    loaded = _imported_after("import bot.cli")
    assert [name for name in HEAVY if name in loaded] == []
    assert "sqlalchemy" not in loaded and "pydantic" not in loaded


def test_a_database_at_head_is_opened_without_alembic(sqlite_url: str) -> None:
    """``sqlite_url``: a copy of a database migrated to head (tests/conftest.py)."""
    setup = "from storage.db import get_engine; from storage.migrate import upgrade\n"
    loaded = _imported_after(setup + f"assert not upgrade(get_engine({sqlite_url!r}))")
    assert "alembic" not in loaded


def test_the_list_of_commands_imports_no_command() -> None:
    """``woonzorg --help`` lists the commands from bot/cli/lazy.py's table; ``woonzorg rapport``
    imports only its own command's module (and so only its own stack)."""
    for args, wanted in (["--help"], []), (["rapport", "--help"], ["bot.cli.report_cmd"]):
        probe = (
            f"import sys\nfrom bot.cli import main\nsys.argv = ['woonzorg', *{args!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "import json\nprint(json.dumps(sorted(sys.modules)))"
        )
        out = subprocess.run(
            [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        loaded = json.loads(out.splitlines()[-1])
        assert [name for name in loaded if name.endswith("_cmd")] == wanted
        if not wanted:
            assert "logging" not in loaded and "zoneinfo" not in loaded


def test_help_screens_are_drawn_without_rich() -> None:
    """Typer's rich help (typer.rich_utils: rich, markdown-it) cost more than Typer itself."""
    loaded = _imported_after(
        "import sys\nfrom bot.cli import main\nsys.argv = ['woonzorg', 'import', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    assert "rich" not in loaded and "markdown_it" not in loaded


def test_a_tick_with_nothing_due_imports_only_what_it_uses(sqlite_url: str) -> None:
    """The cron path: no PostgreSQL driver on SQLite, no holiday calendar, date formatting,
    settings sources, Alembic or rich when there is nothing to send. ``sqlite_url``: a copy of
    an empty database migrated to head."""
    url = sqlite_url
    run_tick = (
        "import os, sys\n"
        f"os.environ.update(DATABASE_URL={url!r}, SLACK_BOT_TOKEN='xoxb-x',"
        " SLACK_API_URL='http://127.0.0.1:9/api/')\n"
        "from bot.cli import main\nsys.argv = ['woonzorg', 'tick']\n"
        "try:\n    main()\nexcept SystemExit as exit:\n    assert not exit.code, exit.code"
    )
    loaded = _imported_after(run_tick)
    unwanted = ("psycopg", "holidays", "babel", "pydantic_settings", "alembic", "rich", "dateutil")
    assert [name for name in unwanted if name in loaded] == []
