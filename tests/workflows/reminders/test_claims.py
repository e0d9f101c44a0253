"""Which claims a tick takes up again: the lease and the catch-up bound of ``claims.pending``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import Engine

from storage.types import NotificationKind
from workflows.reminders import claims

NOW = datetime(2027, 5, 18, 7, 0, tzinfo=UTC)
LEASE = timedelta(minutes=2)
CATCH_UP = timedelta(days=7)


def _pending(engine: Engine) -> list[str]:
    rows = claims.pending(engine, now=NOW, lease=LEASE, catch_up=CATCH_UP, max_attempts=5)
    return [row.key for row in rows]


def _failed(engine: Engine, key: str, due: datetime) -> None:
    """A claim whose send failed at ``due`` (its lease long run out)."""
    row = claims.claim(
        engine, key=key, kind=NotificationKind.REMINDER, occasion="first", now=due, due_at=due
    )
    assert row is not None


def test_a_failed_message_within_the_catch_up_window_is_retried(engine: Engine) -> None:
    _failed(engine, "recent", NOW - CATCH_UP + timedelta(minutes=1))
    _failed(engine, "on-the-edge", NOW - CATCH_UP)
    assert _pending(engine) == ["recent", "on-the-edge"]


def test_a_failed_message_older_than_the_catch_up_window_is_never_sent(engine: Engine) -> None:
    # A reminder that failed eight days ago is stale: retrying it now would remind an owner of
    # a moment long past. It is left alone, not sent (once or at all).
    _failed(engine, "stale", NOW - CATCH_UP - timedelta(minutes=1))
    assert _pending(engine) == []


def test_a_claim_still_within_its_lease_is_left_to_its_tick(engine: Engine) -> None:
    _failed(engine, "in-flight", NOW - LEASE + timedelta(seconds=1))
    _failed(engine, "lease-over", NOW - LEASE)
    assert _pending(engine) == ["lease-over"]
