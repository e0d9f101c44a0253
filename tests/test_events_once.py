"""Slack's retried deliveries are claimed once, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import select

from storage.db import session_scope
from storage.models import ProcessedEvent
from workflows.events import first_delivery


def test_first_delivery_claims_once(engine: Engine) -> None:
    with session_scope(engine) as session:
        assert first_delivery(session=session, event_id="Ev01")
        assert not first_delivery(session=session, event_id="Ev01")
        assert first_delivery(session=session, event_id="Ev02")
    with session_scope(engine) as session:
        assert not first_delivery(session=session, event_id="Ev02")
        ids = session.exec(select(ProcessedEvent.event_id)).all()
    assert sorted(ids) == ["Ev01", "Ev02"]
