"""``--werkruimte``: import, export, tick and rapport of one workspace when the bot is installed in
several; without it, the one workspace of a single-token deployment, as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from bot.cli import app
from storage.db import get_engine, session_scope
from storage.models import Person, Programme
from tests.support.import_files import ROWS, write_csv
from workflows import messages

runner = CliRunner()


@pytest.fixture
def cli_db(sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.chdir(tmp_path)
    return sqlite_url


def test_the_same_file_imports_into_two_workspaces_side_by_side(
    cli_db: str, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "opvang.csv", ROWS)
    for args in (["--werkruimte", "t0buren"], []):
        result = runner.invoke(app, ["import", str(source), "--programma", "opvang", "--ja", *args])
        assert result.exit_code == 0, result.output
    with session_scope(get_engine(cli_db)) as session:
        programmes = session.exec(select(Programme.workspace_id, Programme.slug)).all()
        assert sorted(programmes) == [("", "opvang"), ("T0BUREN", "opvang")]
        people = session.exec(select(Person.workspace_id)).all()
        assert people.count("") == people.count("T0BUREN") > 0

    exported = runner.invoke(app, ["export", "buren.json", "--werkruimte", "T0BUREN"])
    assert exported.exit_code == 0, exported.output
    assert "opvang" in (tmp_path / "buren.json").read_text(encoding="utf-8").lower()
    elsewhere = runner.invoke(app, ["export", "x.json", "--werkruimte", "T0ANDERS"])
    assert elsewhere.exit_code == 1
    assert messages.NO_PROGRAMME in elsewhere.output
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize("command", ["import", "export", "rapport", "tick"])
def test_a_bad_workspace_id_is_refused_in_dutch_before_anything_happens(
    cli_db: str, tmp_path: Path, command: str
) -> None:
    source = write_csv(tmp_path / "opvang.csv", ROWS)
    target = {
        "import": [str(source)],
        "export": ["uit.json"],
        "rapport": ["2026-H1"],
        "tick": [],
    }[command]
    result = runner.invoke(app, [command, *target, "--werkruimte", "opvang; drop"])
    assert result.exit_code == 1
    assert messages.BAD_WORKSPACE.format(text="opvang; drop") in result.output
    assert "Traceback" not in result.output
    with session_scope(get_engine(cli_db)) as session:
        assert session.exec(select(Programme)).all() == []


def test_tick_finds_the_programme_in_the_workspace_named(
    cli_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_csv(tmp_path / "opvang.csv", ROWS)
    imported = runner.invoke(
        app, ["import", str(source), "--programma", "opvang", "--ja", "--werkruimte", "T0BUREN"]
    )
    assert imported.exit_code == 0, imported.output
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-not-used")
    # Not in the single-token workspace: a Dutch refusal, nothing sent, no traceback.
    result = runner.invoke(app, ["tick", "--programma", "opvang"])
    assert result.exit_code == 1
    assert "opvang" in result.output and "Traceback" not in result.output
    with session_scope(get_engine(cli_db)) as session:
        assert session.exec(select(Programme.workspace_id)).all() == ["T0BUREN"]
