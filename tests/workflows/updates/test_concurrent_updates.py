"""Updates to one action from several replicas: each is computed from the state the update
before it left, and the history's newest entry is the action's current state even when a
request's clock is behind the newest update's (another replica's clock, a wait for the lock).
The real-process race is tests/faults/test_replicas.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import col, select

from storage.db import session_scope
from storage.models import Action, StatusUpdate
from tests.support.doubles import DictDirectory
from tests.support.factories import slack_id_for, small_programme
from workflows.programme.statuses import Status
from workflows.settings import Settings
from workflows.updates.giving import give_update

T = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)


def _update(engine: Engine, now: datetime, **change: object) -> None:
    give_update(
        workspace_id="",
        engine=engine,
        directory=DictDirectory(),
        settings=Settings(_env_file=None),  # type: ignore[call-arg]
        slack_id=slack_id_for("anna"),
        code="1.1",
        now=now,
        source="slack",
        **change,  # type: ignore[arg-type]
    )


def test_an_update_with_a_clock_behind_the_newest_is_recorded_after_it(engine: Engine) -> None:
    with session_scope(engine) as session:
        small_programme(session)
    _update(engine, T, status=Status.DELAYED, reason="Vergunning loopt vertraging op")
    # The other replica's clock is two seconds behind: its text update still comes after.
    _update(engine, T - timedelta(seconds=2), text="Vergunning is binnen.")
    with session_scope(engine) as session:
        action = session.exec(select(Action).where(Action.code == "1.1")).one()
        rows = session.exec(
            select(StatusUpdate)
            .where(StatusUpdate.action_id == action.id)
            .order_by(col(StatusUpdate.created_at).desc(), col(StatusUpdate.id).desc())
        ).all()
        newest = rows[0]
        assert (newest.text, newest.status) == ("Vergunning is binnen.", Status.DELAYED)
        assert newest.created_at == T  # not before the update it follows
        assert (action.status, action.status_text) == (newest.status, newest.text)
        assert [r.text for r in rows].count("Vergunning is binnen.") == 1
