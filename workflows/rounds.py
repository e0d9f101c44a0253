"""Update rounds (updaterondes): one per half-year, with a deadline."""

from __future__ import annotations

from sqlmodel import Session, col, select

from storage.models import Action, Programme, Round, StatusUpdate
from workflows.statuses import CLOSED_STATUSES


def open_round(*, session: Session, programme: Programme) -> Round | None:
    """The round that is open now, if any (updates given meanwhile belong to it)."""
    stmt = select(Round).where(Round.programme_id == programme.id, col(Round.closed_at).is_(None))
    return session.exec(stmt.order_by(col(Round.half_year))).first()


def updated_action_ids(*, session: Session, round_: Round) -> set[int]:
    """Actions that have at least one update in this round."""
    stmt = select(StatusUpdate.action_id).where(StatusUpdate.round_id == round_.id).distinct()
    return set(session.exec(stmt).all())


def missing_actions(*, session: Session, programme: Programme, round_: Round) -> list[Action]:
    """Open actions (not done or cancelled) with no update in this round, in programme order."""
    done = updated_action_ids(session=session, round_=round_)
    closed = [s.value for s in CLOSED_STATUSES]
    stmt = (
        select(Action)
        .where(Action.programme_id == programme.id, col(Action.status).not_in(closed))
        .order_by(col(Action.position), col(Action.id))
    )
    return [a for a in session.exec(stmt).all() if a.id not in done]
