"""Migrations on a database that holds rows written by older code, on SQLite and PostgreSQL.

Each test gets an empty database of its own, brings it to an old revision, writes rows as the
code of that time did (plain SQL), and upgrades to head.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from storage.db import get_engine, session_scope
from storage.migrate import alembic_config, current_revision, head_revision
from storage.models import Action, Notification, Programme, ProgrammeCoordinator, StatusUpdate
from tests.conftest import PG_ADMIN_DSN, _pg_available
from workflows.programme.statuses import Status
from workflows.reminders import NotificationKind, notice_text


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A database with no tables at all (the shared test databases are migrated already)."""
    if request.param == "sqlite":
        engine = get_engine(f"sqlite:///{tmp_path / 'old.db'}")
        yield engine
        engine.dispose()
        return
    problem = _pg_available()
    if problem:
        pytest.skip(f"PostgreSQL not available: {problem}")
    name = f"woonzorg_migrate_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_DSN.rsplit("/", 1)[0]
    engine = get_engine(f"{base}/{name}")
    yield engine
    engine.dispose()
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _notification(conn, key: str, kind: str, payload: dict) -> None:  # type: ignore[no-untyped-def]
    conn.execute(
        text(
            "INSERT INTO notification (key, kind, occasion, claimed_at, attempts, given_up,"
            " payload) VALUES (:key, :kind, 'o', :at, 1, false, :payload)"
        ),
        {"key": key, "kind": kind, "at": "2027-05-19 07:00:00", "payload": json.dumps(payload)},
    )


def _rows_of_0001(engine: Engine) -> None:
    """What the code before 0002 stored: notices naming a message constant, status strings."""
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO programme (id, name, created_at) VALUES (1, 'P', :at)"),
            {"at": "2027-01-01 00:00:00"},
        )
        conn.execute(
            text(
                "INSERT INTO theme (id, programme_id, number, title, position)"
                " VALUES (1, 1, '1', 'T', 0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO action (id, programme_id, theme_id, code, title, description, steps,"
                " partners, planning, target_per_year, status, status_text, position, created_at,"
                " updated_at) VALUES (1, 1, 1, '1.1', 'A', '', '[]', '[]', '{}', false,"
                " 'attention', 'Loopt', 0, :at, :at)"
            ),
            {"at": "2027-01-01 00:00:00"},
        )
        conn.execute(
            text(
                "INSERT INTO statusupdate (action_id, created_at, status, text, help_needed,"
                " carried_over, source) VALUES (1, :at, 'delayed', 'x', false, false, 'slack')"
            ),
            {"at": "2027-01-02 00:00:00"},
        )
        fields = {"name": "Fictief Persoon", "code": "1.1", "title": "A"}
        old = {"template": "NOT_MINE", "fields": fields}
        _notification(conn, "round:0:uU1:not_mine:p1a1", "not_mine", old)
        _notification(
            conn,
            "round:0:uU1:undeliverable:p1",
            "undeliverable",
            {"template": "UNDELIVERABLE", "fields": {"name": "X", "reason": "user_not_found"}},
        )
        _notification(conn, "round:0:p1:reminder:first", "reminder", {"action_ids": [1]})


def test_0002_keeps_old_rows_working_and_drops_stored_message_names(empty_engine: Engine) -> None:
    config = alembic_config(empty_engine)
    command.upgrade(config, "0001")
    _rows_of_0001(empty_engine)

    command.upgrade(config, "head")

    assert current_revision(empty_engine) == head_revision(empty_engine)
    with session_scope(empty_engine) as session:
        rows = {n.kind: n for n in session.exec(select(Notification)).all()}
        assert set(rows) == {
            NotificationKind.NOT_MINE,
            NotificationKind.UNDELIVERABLE,
            NotificationKind.REMINDER,
        }
        assert rows[NotificationKind.NOT_MINE].payload == {
            "fields": {"name": "Fictief Persoon", "code": "1.1", "title": "A"}
        }
        assert rows[NotificationKind.UNDELIVERABLE].payload == {
            "fields": {"name": "X", "reason": "user_not_found"}
        }
        assert rows[NotificationKind.REMINDER].payload == {"action_ids": [1]}
        # A stored retry still renders: the kind picks the message.
        notice = rows[NotificationKind.NOT_MINE]
        assert "Fictief Persoon" in notice_text(notice.kind).format(**notice.payload["fields"])
        # Status strings written as plain VARCHAR read back as the enum.
        assert session.exec(select(Action)).one().status is Status.ATTENTION
        assert session.exec(select(StatusUpdate)).one().status is Status.DELAYED

    command.downgrade(config, "0001")
    with empty_engine.connect() as conn:
        payloads = {
            kind: (json.loads(p) if isinstance(p, str) else p)
            for kind, p in conn.execute(text("SELECT kind, payload FROM notification"))
        }
    assert payloads["not_mine"]["template"] == "NOT_MINE"
    assert payloads["undeliverable"]["template"] == "UNDELIVERABLE"
    assert "template" not in payloads["reminder"]


def test_0003_adds_the_reason_of_a_status_change(empty_engine: Engine) -> None:
    config = alembic_config(empty_engine)
    command.upgrade(config, "0002")
    _rows_of_0001(empty_engine)

    command.upgrade(config, "head")

    with session_scope(empty_engine) as session:
        old = session.exec(select(StatusUpdate)).one()
        assert (old.text, old.reason) == ("x", None)
        old_id = old.id
        session.add(
            StatusUpdate(action_id=1, status=Status.ON_TRACK, text="x", reason="twee extra plekken")
        )
    with session_scope(empty_engine) as session:
        rows = session.exec(select(StatusUpdate).where(StatusUpdate.id != old_id)).all()
        assert [r.reason for r in rows] == ["twee extra plekken"]

    command.downgrade(config, "0002")
    with empty_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM statusupdate")).scalar() == 2


def test_0004_carries_a_single_programme_database_over_unchanged(empty_engine: Engine) -> None:
    config = alembic_config(empty_engine)
    command.upgrade(config, "0005_report")
    _rows_of_0001(empty_engine)
    with empty_engine.begin() as conn:
        conn.execute(text("UPDATE programme SET name = 'Van opvang naar wonen' WHERE id = 1"))
        conn.execute(
            text(
                "INSERT INTO person (id, name, slack_id, is_coordinator, created_at)"
                " VALUES (7, 'Coco', 'U0COCO', true, :at)"
            ),
            {"at": "2027-01-01 00:00:00"},
        )

    command.upgrade(config, "head")

    with session_scope(empty_engine) as session:
        programme = session.exec(select(Programme)).one()
        assert (programme.name, programme.slug) == (
            "Van opvang naar wonen",
            "van-opvang-naar-wonen",
        )
        assert session.exec(select(ProgrammeCoordinator)).all() == [
            ProgrammeCoordinator(programme_id=1, person_id=7)
        ]
        assert session.exec(select(Action)).one().code == "1.1"
    command.downgrade(config, "0005_report")
    with empty_engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM programme")).scalar() == "Van opvang naar wonen"


def test_0010_makes_slugs_people_and_channel_links_unique_per_workspace(
    empty_engine: Engine,
) -> None:
    config = alembic_config(empty_engine)
    command.upgrade(config, "0009_editorial")
    at = {"at": "2027-01-01 00:00:00"}
    with empty_engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO programme (id, name, slug, created_at)"
                " VALUES (1, 'Van opvang naar wonen', 'opvang', :at)"
            ),
            at,
        )
        conn.execute(text("INSERT INTO channellink VALUES ('C0ALGEMEEN', 1)"))
        conn.execute(
            text(
                "INSERT INTO person (id, name, email, slack_id, is_coordinator, created_at)"
                " VALUES (7, 'Coco', 'coco@example.nl', 'U0COCO', true, :at)"
            ),
            at,
        )

    command.upgrade(config, "head")

    with empty_engine.begin() as conn:  # the same slug, Slack id and address in another one
        conn.execute(
            text(
                "INSERT INTO programme (id, workspace_id, name, slug, created_at)"
                " VALUES (2, 'T0BUREN', 'Opvang', 'opvang', :at)"
            ),
            at,
        )
        conn.execute(
            text(
                "INSERT INTO person (id, workspace_id, name, email, slack_id, is_coordinator,"
                " created_at) VALUES (8, 'T0BUREN', 'Coco', 'coco@example.nl', 'U0COCO',"
                " false, :at)"
            ),
            at,
        )
        conn.execute(text("INSERT INTO channellink VALUES ('T0BUREN', 'C0ALGEMEEN', 2)"))
        links = conn.execute(
            text("SELECT workspace_id, channel_id, programme_id FROM channellink ORDER BY 3")
        ).all()
        assert [tuple(r) for r in links] == [
            ("", "C0ALGEMEEN", 1),
            ("T0BUREN", "C0ALGEMEEN", 2),
        ]
    for duplicate in (
        "INSERT INTO programme (workspace_id, name, slug, created_at)"
        " VALUES ('T0BUREN', 'Nog een', 'opvang', :at)",
        "INSERT INTO person (workspace_id, slack_id, is_coordinator, created_at)"
        " VALUES ('', 'U0COCO', false, :at)",
        "INSERT INTO person (workspace_id, email, is_coordinator, created_at)"
        " VALUES ('T0BUREN', 'coco@example.nl', false, :at)",
    ):
        with pytest.raises(IntegrityError), empty_engine.begin() as conn:
            conn.execute(text(duplicate), at)

    with empty_engine.begin() as conn:  # a downgrade needs the old uniqueness back
        conn.execute(text("DELETE FROM channellink WHERE programme_id = 2"))
        conn.execute(text("DELETE FROM programme WHERE id = 2"))
        conn.execute(text("DELETE FROM person WHERE id = 8"))
    command.downgrade(config, "0009_editorial")
    with empty_engine.connect() as conn:
        link = conn.execute(text("SELECT channel_id, programme_id FROM channellink")).one()
        assert tuple(link) == ("C0ALGEMEEN", 1)
