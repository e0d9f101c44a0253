"""Slack's retried deliveries are claimed once, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import select

from storage.db import session_scope
from storage.models import ProcessedEvent
from workflows.runtime.events import first_delivery

NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def test_first_delivery_claims_once(engine: Engine) -> None:
    with session_scope(engine) as session:
        assert first_delivery(session=session, event_id="Ev01", now=NOW)
        assert not first_delivery(session=session, event_id="Ev01", now=NOW)
        assert first_delivery(session=session, event_id="Ev02", now=NOW)
    with session_scope(engine) as session:
        assert not first_delivery(session=session, event_id="Ev02", now=NOW)
        ids = session.exec(select(ProcessedEvent.event_id)).all()
    assert sorted(ids) == ["Ev01", "Ev02"]


def test_old_events_are_forgotten(engine: Engine) -> None:
    with session_scope(engine) as session:
        assert first_delivery(session=session, event_id="Ev-old", now=NOW)
        later = NOW + timedelta(days=2)
        assert first_delivery(session=session, event_id="Ev-new", now=later)
        ids = session.exec(select(ProcessedEvent.event_id)).all()
    assert ids == ["Ev-new"]
