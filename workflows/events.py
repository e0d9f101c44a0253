"""Slack delivers an event again when it did not see our 200 in time (``X-Slack-Retry-Num``,
same ``event_id``). Remembering handled event ids makes every event take effect once."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from storage.models import ProcessedEvent


def first_delivery(*, session: Session, event_id: str) -> bool:
    """Claim ``event_id``: True the first time it is seen, False for every later delivery.

    The unique index decides, so two deliveries racing on different threads or processes
    cannot both win. A savepoint keeps the caller's transaction usable after a lost race.
    """
    try:
        with session.begin_nested():
            session.add(ProcessedEvent(event_id=event_id[:100]))
            session.flush()
    except IntegrityError:
        return False
    return True
