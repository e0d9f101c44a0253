"""Update rounds (updaterondes): one per half-year, with a deadline."""

from __future__ import annotations

from sqlmodel import Session, col, select

from storage.models import Programme, Round


def open_round(*, session: Session, programme: Programme) -> Round | None:
    """The round that is open now, if any (updates given meanwhile belong to it)."""
    stmt = select(Round).where(Round.programme_id == programme.id, col(Round.closed_at).is_(None))
    return session.exec(stmt.order_by(col(Round.half_year))).first()
