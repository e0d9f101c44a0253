"""The schema on SQLite and PostgreSQL: migrations, UTC timestamps, append-only updates."""

from datetime import UTC, datetime

from sqlalchemy import inspect
from sqlalchemy.engine import Engine
from sqlmodel import select

from storage.db import session_scope
from storage.migrate import current_revision, head_revision, upgrade
from storage.models import Action, Person, Programme, StatusUpdate, Theme
from workflows.programme.statuses import Status
from workflows.updates.history import history, record_update


def _seed(engine: Engine) -> None:
    with session_scope(engine) as session:
        programme = Programme(name="Van opvang naar wonen")
        session.add(programme)
        session.flush()
        theme = Theme(programme_id=programme.id, number="2", title="Werken aan perspectief")
        session.add(theme)
        session.flush()
        owner = Person(name="Fictief Persoon", email="f@example.nl", slack_id="U0OWNER01")
        session.add(owner)
        session.add(
            Action(
                programme_id=programme.id,
                theme_id=theme.id,
                code="2.4",
                title="Uitbreiding aanbod",
                planning={"2026-H1": "preparation", "2026-H2": "realisation"},
                steps=["Housing First", "Flexwonen"],
            )
        )


def test_schema_is_at_head(engine: Engine) -> None:
    assert current_revision(engine) == head_revision(engine)
    assert upgrade(engine) is False
    tables = set(inspect(engine).get_table_names())
    assert {"action", "statusupdate", "notification", "round", "indicator"} <= tables


def test_updates_append_and_timestamps_stay_utc(engine: Engine) -> None:
    _seed(engine)
    moment = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # the night the clocks go forward
    with session_scope(engine) as session:
        action = session.exec(select(Action)).one()
        owner = session.exec(select(Person)).one()
        record_update(session=session, action=action, author=owner, now=moment, text="Eerste")
        record_update(
            session=session, action=action, author=owner, now=moment, status=Status.DELAYED
        )
    with session_scope(engine) as session:
        action = session.exec(select(Action)).one()
        assert action.steps == ["Housing First", "Flexwonen"]
        assert action.planning["2026-H2"] == "realisation"
        assert (action.status, action.status_text) == ("delayed", "Eerste")
        updates = history(session=session, action=action)
        assert len(updates) == 2
        assert all(u.created_at == moment and u.created_at.tzinfo for u in updates)
        assert session.exec(select(StatusUpdate)).all()[0].text == "Eerste"
