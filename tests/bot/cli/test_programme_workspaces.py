"""``woonzorg programma ... --werkruimte TEAM-ID``: each workspace sees and changes only its own
programmes (a slug is unique within a workspace only); deleting a programme takes its report
texts, sections and spending with it, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import func, select
from typer.testing import CliRunner

from bot.cli import app
from storage.db import session_scope
from storage.models import (
    Action,
    Programme,
    ReportSection,
    ReportText,
    Spending,
    StatusUpdate,
)
from tests.support.import_files import ROWS, write_csv
from workflows import messages
from workflows.importing import import_file
from workflows.programme.admin import delete_programme, programme_list, rename_programme

T1 = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
BUREN = "T0BUREN"


def run(url: str, *args: str) -> Any:
    return CliRunner().invoke(app, ["programma", *args], env={"DATABASE_URL": url})


def state(engine: Engine) -> list[tuple[str, str, str, str | None]]:
    with session_scope(engine) as session:
        rows = session.exec(select(Programme).order_by(Programme.workspace_id)).all()
        return [(p.workspace_id, p.slug, p.name, p.digest_channel) for p in rows]


@pytest.fixture
def two(engine: Engine, tmp_path: Path) -> Engine:
    """The same file as programme 'opvang' in the single workspace and in T0BUREN."""
    source = write_csv(tmp_path / "opvang.csv", ROWS)
    for workspace_id in ("", BUREN):
        import_file(engine, source, now=T1, slug="opvang", name="Opvang", workspace_id=workspace_id)
    return engine


def test_each_workspace_lists_and_renames_its_own(two: Engine) -> None:
    # the workflow: only the workspace's own programme, under the same slug
    assert [p.slug for p in programme_list(two, BUREN)] == ["opvang"]
    assert programme_list(two, "T0ANDERS") == []
    old, info = rename_programme(two, BUREN, "opvang", "Opvang Buren")
    assert (old, info.name) == ("Opvang", "Opvang Buren")
    # a name taken in another workspace only is free here
    rename_programme(two, "", "opvang", "Opvang Buren")
    assert state(two) == [
        ("", "opvang", "Opvang Buren", None),
        (BUREN, "opvang", "Opvang Buren", None),
    ]


def test_the_command_line_takes_the_workspace(sqlite_url: str, tmp_path: Path) -> None:
    from storage.db import get_engine

    engine = get_engine(sqlite_url)
    source = write_csv(tmp_path / "opvang.csv", ROWS)
    import_file(engine, source, now=T1, slug="opvang", name="Opvang", workspace_id=BUREN)
    # without --werkruimte: the single-token workspace, which has none
    assert messages.PROGRAMME_LIST_EMPTY in run(sqlite_url, "lijst").output
    refused = run(sqlite_url, "hernoem", "opvang", "Anders")
    assert refused.exit_code == 1 and "opvang" in refused.output
    listed = run(sqlite_url, "lijst", "--werkruimte", "t0buren")
    assert listed.exit_code == 0 and "- opvang: Opvang" in listed.output, listed.output
    assert run(sqlite_url, "kanaal", "opvang", "C0BUREN1", "--werkruimte", BUREN).exit_code == 0
    renamed = run(sqlite_url, "hernoem", "opvang", "Buren", "--werkruimte", BUREN)
    assert renamed.exit_code == 0, renamed.output
    assert state(engine) == [(BUREN, "opvang", "Buren", "C0BUREN1")]
    # a bad id is refused in Dutch before anything happens
    for args in (["lijst"], ["hernoem", "opvang", "X"], ["kanaal", "opvang", "-"],
                 ["verwijder", "opvang", "--ja"]):  # fmt: skip
        bad = run(sqlite_url, *args, "--werkruimte", "opvang; drop")
        assert bad.exit_code == 1, args
        assert messages.BAD_WORKSPACE.format(text="opvang; drop") in bad.output
        assert "Traceback" not in bad.output
    assert run(sqlite_url, "verwijder", "opvang", "--ja").exit_code == 1  # not in ""
    assert state(engine) == [(BUREN, "opvang", "Buren", "C0BUREN1")]
    gone = run(sqlite_url, "verwijder", "opvang", "--ja", "--werkruimte", BUREN)
    assert gone.exit_code == 0, gone.output
    assert state(engine) == []


def test_delete_takes_review_texts_sections_and_spending_and_leaves_the_other_workspace(
    two: Engine,
) -> None:
    with session_scope(two) as session:
        buren = session.exec(select(Programme).where(Programme.workspace_id == BUREN)).one()
        action = session.exec(select(Action).where(Action.programme_id == buren.id)).first()
        assert action is not None and action.id is not None and buren.id is not None
        update = session.exec(
            select(StatusUpdate).where(StatusUpdate.action_id == action.id)
        ).first()
        assert update is not None
        session.add(
            ReportText(action_id=action.id, half_year="2026-H1", text="x", update_id=update.id)
        )
        session.add(Spending(action_id=action.id, year=2026, amount=10.0))
        session.add(ReportSection(programme_id=buren.id, half_year="2026-H1", part="inleiding"))
    with session_scope(two) as session:
        before = session.exec(select(func.count()).select_from(Action)).one()
    info = delete_programme(two, BUREN, "opvang", force=True)
    assert info.actions > 0
    with session_scope(two) as session:
        assert session.exec(select(func.count()).select_from(Action)).one() == before - info.actions
        for table in (ReportText, Spending, ReportSection):
            assert session.exec(select(func.count()).select_from(table)).one() == 0
    assert [w for w, *_ in state(two)] == [""]
