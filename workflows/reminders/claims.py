"""Claiming notifications in the database so that each one reaches its recipient once.

A notification is claimed under a unique key (round, recipient, kind, occasion) by INSERTing
its Notification row in a transaction of its own, BEFORE anything is sent: a unique violation
means another tick has it. ``claimed_at`` is the moment of the claim (not the tick's start), so
a long tick does not make its own fresh claims look stale. After the send the row is marked
sent. A row left unsent (the send failed, or the process died between claim and send) is taken
again by a later tick once its lease has run out; taking it is a conditional UPDATE on the
attempt counter, so of two ticks only one wins.

The attempt counter is also the claim's token: marking sent, failed or renewing is an UPDATE
``WHERE id = ... AND attempts = <ours> AND sent_at IS NULL``, so a tick that lost its row to a
later one (its lease ran out) changes nothing. ``last_error`` records what is known of the
last attempt: an error text means it certainly did not arrive; empty (still in flight, or the
process died) or ``fate unknown: ...`` (a timeout) means it may have arrived, and the next
attempt looks for it in Slack first (``in_doubt``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from storage.models import Notification
from storage.types import NotificationKind
from workflows.runtime.database import transaction


def reminder_key(round_id: int, recipient: str, kind: NotificationKind, occasion: str) -> str:
    """``round:7:p12:reminder:first``; recipients are ``p<person id>`` or ``u<slack id>``."""
    return f"round:{round_id}:{recipient}:{kind}:{occasion}"


def claim(
    engine: Engine,
    *,
    key: str,
    kind: NotificationKind,
    occasion: str,
    now: datetime,
    due_at: datetime | None = None,
    round_id: int | None = None,
    person_id: int | None = None,
    channel: str | None = None,
    payload: dict[str, Any] | None = None,
    attempts: int = 1,
    given_up: bool = False,
    last_error: str | None = None,
) -> Notification | None:
    """Insert the claim; None when the key is already taken (by us earlier or by another tick).

    ``attempts=0`` stores work for later (a snooze) that a tick takes with ``take``.
    """
    row = Notification(
        key=key,
        kind=kind,
        occasion=occasion,
        round_id=round_id,
        person_id=person_id,
        due_at=due_at or now,
        claimed_at=now,
        attempts=attempts,
        channel=channel,
        payload=payload or {},
        given_up=given_up,
        last_error=last_error,
    )
    try:
        with transaction(engine) as session:
            session.add(row)
    except IntegrityError:
        return None
    return row


UNKNOWN = "fate unknown: "


def in_doubt(row: Notification) -> bool:
    """True when an earlier attempt may have delivered this row: it was claimed for a send
    (``attempts > 0``) and no attempt ended in a known failure."""
    return row.attempts > 0 and (row.last_error is None or row.last_error.startswith(UNKNOWN))


def _ours(row: Notification) -> Any:
    """WHERE clause: the row is still held by the attempt ``row`` describes, and unsent."""
    return (
        col(Notification.id) == row.id,
        col(Notification.attempts) == row.attempts,
        col(Notification.sent_at).is_(None),
    )


def pending(
    engine: Engine, *, now: datetime, lease: timedelta, catch_up: timedelta, max_attempts: int
) -> Sequence[Notification]:
    """Unsent, not given up, due, not too old, and either never tried (a snooze) or left
    unsent longer than ``lease`` (failed, or its tick died between claim and send)."""
    with transaction(engine) as session:
        stmt = (
            select(Notification)
            .where(
                col(Notification.sent_at).is_(None),
                col(Notification.given_up).is_(False),
                col(Notification.due_at) <= now,
                col(Notification.due_at) >= now - catch_up,
                Notification.attempts < max_attempts,
            )
            .order_by(col(Notification.id))
        )
        rows = session.exec(stmt).all()
    return [r for r in rows if r.attempts == 0 or r.claimed_at <= now - lease]


def _update_ours(engine: Engine, row: Notification, **values: Any) -> bool:
    with transaction(engine) as session:
        result = session.execute(update(Notification).where(*_ours(row)).values(**values))
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]


def take(engine: Engine, row: Notification, *, now: datetime) -> bool:
    """Claim an existing unsent row for one more attempt; False when another tick took it.
    The new attempt starts in doubt (``last_error`` empty) until it is marked."""
    won = _update_ours(engine, row, attempts=row.attempts + 1, claimed_at=now, last_error=None)
    if won:
        row.attempts += 1
        row.claimed_at = now
        row.last_error = None
    return won


def renew(engine: Engine, row: Notification, *, now: datetime) -> bool:
    """Restart the lease just before sending (after a slow look-up in Slack); False when the
    row is no longer ours, and then it must not be sent."""
    won = _update_ours(engine, row, claimed_at=now)
    if won:
        row.claimed_at = now
    return won


def mark_sent(
    engine: Engine,
    row: Notification,
    *,
    now: datetime,
    ref: str | None = None,
    channel: str | None = None,
    payload: dict[str, Any] | None = None,
) -> bool:
    """Record the delivery; False (and nothing written) when another tick holds the row now."""
    values: dict[str, Any] = {"sent_at": now, "last_error": None}
    if ref is not None:
        values["message_ts"] = ref
    if channel is not None:
        values["channel"] = channel
    if payload is not None:
        values["payload"] = payload
    return _update_ours(engine, row, **values)


def mark_failed(
    engine: Engine,
    row: Notification,
    *,
    now: datetime,
    error: str,
    permanent: bool,
    lease: timedelta,
    unknown: bool,
) -> bool:
    """Record a failed send. A transient failure releases the lease so the next tick retries;
    a permanent one gives up for good. ``unknown``: the message may have arrived (a timeout),
    so the next attempt looks for it before sending. False when the row is no longer ours."""
    text = (UNKNOWN + error) if unknown else error
    return _update_ours(
        engine,
        row,
        last_error=text[:2000],
        given_up=permanent,
        claimed_at=now - lease,
    )


def mark_superseded(
    engine: Engine,
    *,
    key: str,
    kind: NotificationKind,
    occasion: str,
    now: datetime,
    by: str,
    **ids: Any,
) -> bool:
    """Record an occasion missed while the bot was down and replaced by a later one, so that
    it is never sent afterwards (no-op, False, when it already has a row)."""
    row = claim(
        engine,
        key=key,
        kind=kind,
        occasion=occasion,
        now=now,
        payload={"superseded_by": by},
        given_up=True,
        last_error=f"superseded by {by}",
        **ids,
    )
    return row is not None
