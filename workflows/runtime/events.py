"""Slack delivers an event again when it did not see our 200 in time (``X-Slack-Retry-Num``,
same ``event_id``). Remembering handled event ids makes every event take effect once."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, delete

from storage.models import ProcessedEvent

# Slack retries an event three times within minutes; a day of memory is plenty.
KEEP = timedelta(days=1)


def first_delivery(*, session: Session, event_id: str, now: datetime) -> bool:
    """Claim ``event_id``: True the first time it is seen, False for every later delivery.

    The unique index decides, so two deliveries racing on different threads or processes
    cannot both win. A savepoint keeps the caller's transaction usable after a lost race.
    """
    try:
        with session.begin_nested():
            session.add(ProcessedEvent(event_id=event_id[:100], received_at=now))
            session.flush()
    except IntegrityError:
        return False
    forget_events(session=session, before=now - KEEP)
    return True


def forget_events(*, session: Session, before: datetime) -> int:
    """Drop the memory of events older than ``before`` (they will not be retried any more)."""
    result = session.exec(delete(ProcessedEvent).where(col(ProcessedEvent.received_at) < before))
    return int(result.rowcount or 0)
