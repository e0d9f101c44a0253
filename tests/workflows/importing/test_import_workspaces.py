"""The bulk import (workflows/importing/apply_new.py) into two workspaces: the programmes and
people it makes belong to the workspace named, and a Personen sheet's coordinators coordinate
programmes of their own workspace only."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import col, func, select

from storage.db import session_scope
from storage.models import Action, Person, Programme, ProgrammeCoordinator
from tests.support.import_files import ROWS, write_csv
from workflows.importing import import_file
from workflows.programme.callers import coordinator_slack_ids
from workflows.settings import Settings

T1 = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
T2 = datetime(2026, 7, 10, 9, 0, tzinfo=UTC)
BUREN = "T0BUREN"
HEADER = ["Naam", "E-mail", "Slack-id", "Coördinator"]


def test_bulk_import_keeps_each_workspace_to_itself(engine: Engine, tmp_path: Path) -> None:
    write_csv(tmp_path / "a.csv", ROWS)
    write_csv(tmp_path / "a-personen.csv", [["Coco", "coco@voorbeeld.nl", "U0COCO1234", "ja"]],
              HEADER)  # fmt: skip
    write_csv(tmp_path / "b.csv", ROWS)
    import_file(engine, tmp_path / "a.csv", now=T1, slug="a")
    import_file(engine, tmp_path / "b.csv", now=T1, slug="b")
    import_file(engine, tmp_path / "a.csv", now=T1, slug="a", workspace_id=BUREN)
    with session_scope(engine) as session:
        programmes = session.exec(select(Programme.workspace_id, Programme.slug)).all()
        assert sorted(programmes) == [("", "a"), ("", "b"), (BUREN, "a")]
        # every action written in bulk hangs under a programme of the workspace it was meant for
        per_workspace = dict(
            session.exec(
                select(Programme.workspace_id, func.count(col(Action.id)))
                .join(Action, col(Action.programme_id) == Programme.id)
                .group_by(col(Programme.workspace_id))
            ).all()
        )
        assert per_workspace == {"": 2 * len(ROWS), BUREN: len(ROWS)}
        # the owners and Coco exist once in each workspace, each its own row
        people = session.exec(select(Person.workspace_id, Person.email)).all()
        emails = {w: sorted(e or "" for x, e in people if x == w) for w in ("", BUREN)}
        assert emails[BUREN] == emails[""] and len(emails[""]) > 1
        assert ("", "coco@voorbeeld.nl") in people and (BUREN, "coco@voorbeeld.nl") in people
        # every owner the bulk insert points at is of the action's own workspace
        mixed = session.exec(
            select(func.count())
            .select_from(Action)
            .join(Programme, col(Programme.id) == Action.programme_id)
            .join(Person, col(Person.id) == Action.owner_id)
            .where(Person.workspace_id != Programme.workspace_id)
        ).one()
        assert mixed == 0

    # Gerda coordinates every programme of T0BUREN; "nee" in its "a" adds nothing in "".
    with session_scope(engine) as session:
        session.add(Person(name="Gerda", email="gerda@voorbeeld.nl", slack_id="U0GERDA123",
                           is_coordinator=True, workspace_id=BUREN))  # fmt: skip
    write_csv(tmp_path / "a-personen.csv", [["Gerda", "gerda@voorbeeld.nl", "U0GERDA123", "nee"]],
              HEADER)  # fmt: skip
    import_file(engine, tmp_path / "a.csv", now=T2, slug="a", workspace_id=BUREN)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    with session_scope(engine) as session:
        gerda = session.exec(select(Person).where(Person.slack_id == "U0GERDA123")).one()
        assert not gerda.is_coordinator  # BUREN has no other programme
        rows = session.exec(
            select(ProgrammeCoordinator).where(ProgrammeCoordinator.person_id == gerda.id)
        ).all()
        assert rows == []
        roles = {
            (p.workspace_id, p.slug): coordinator_slack_ids(
                session=session,
                settings=settings,
                workspace_id=p.workspace_id,
                programme_id=p.id,
            )  # fmt: skip
            for p in session.exec(select(Programme)).all()
        }
    assert roles == {("", "a"): ["U0COCO1234"], ("", "b"): [], (BUREN, "a"): ["U0COCO1234"]}
