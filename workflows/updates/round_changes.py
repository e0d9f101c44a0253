"""Changing a round after it was opened: extending its deadline, closing it (with a check for
updates still missing), and reopening it.

Reminders follow the round's deadline (workflows.reminders.plan computes every occasion from
it), so an extended or reopened round is reminded on the new dates; an occasion already sent in
this round is claimed under its name (``first``, ``second``, ...) and is never sent again.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from storage.models import Round
from workflows import messages
from workflows.dates.dutch import format_long, parse_date
from workflows.dates.halfyear import HalfYear
from workflows.dates.workdays import local_date
from workflows.errors import Conflict, NotFound, ParseError
from workflows.programme.queries import current_programme
from workflows.updates.rounds import RoundProgress, open_round, round_progress


def _label(round_: Round) -> str:
    return HalfYear.from_code(round_.half_year).label


def new_deadline(text: str, *, round_: Round, today: date) -> date:
    """A new deadline for this round: a date, from today, not after the half-year ends."""
    raw = text.strip()
    if not raw:
        raise ParseError(messages.ROUND_NEEDS_DEADLINE)
    deadline = parse_date(raw)
    if deadline is None:
        raise ParseError(messages.BAD_DATE.format(text=raw))
    half_year = HalfYear.from_code(round_.half_year)
    if deadline > half_year.end:
        raise ParseError(
            messages.ROUND_DEADLINE_AFTER_END.format(
                deadline=format_long(deadline), half=half_year.label, end=format_long(half_year.end)
            )
        )
    if deadline < today:
        raise ParseError(messages.ROUND_DEADLINE_PAST.format(deadline=format_long(deadline)))
    return deadline


def extend_round(
    *,
    session: Session,
    workspace_id: str,
    deadline_text: str,
    now: datetime,
    tz: ZoneInfo,
    programme_id: int | None = None,
) -> Round:
    """Move the open round's deadline later (``ronde verleng 30-06-2026``).

    Refused, with nothing changed: no open round (a closed one is reopened with ``ronde
    heropen``), a date that does not parse, lies in the past, after the half-year's end, or is
    not later than the current deadline.
    """
    programme = current_programme(
        session=session, workspace_id=workspace_id, programme_id=programme_id
    )
    round_ = open_round(session=session, programme=programme)
    if round_ is None:
        closed = _latest(session=session, programme_id=programme.id)
        if closed is not None:
            raise Conflict(messages.ROUND_EXTEND_CLOSED.format(half=_label(closed)))
        raise NotFound(messages.ROUND_NONE)
    deadline = new_deadline(deadline_text, round_=round_, today=local_date(now, tz))
    if deadline <= round_.deadline:
        raise ParseError(
            messages.ROUND_EXTEND_NOT_LATER.format(
                deadline=format_long(deadline), current=format_long(round_.deadline)
            )
        )
    round_.deadline = deadline
    session.add(round_)
    session.flush()
    return round_


def reopen_round(
    *,
    session: Session,
    workspace_id: str,
    now: datetime,
    tz: ZoneInfo,
    deadline_text: str | None = None,
    programme_id: int | None = None,
) -> Round:
    """Reopen the most recent round (``ronde heropen [deadline 30-06-2026]``).

    The deadline stays unless a new one is given; a deadline already passed needs a new one.
    Refused, with nothing changed: a round is open, there is no round, or the new deadline is
    not valid (see ``new_deadline``).
    """
    programme = current_programme(
        session=session, workspace_id=workspace_id, programme_id=programme_id
    )
    running = open_round(session=session, programme=programme)
    if running is not None:
        raise Conflict(messages.ROUND_STILL_OPEN.format(half=_label(running)))
    round_ = _latest(session=session, programme_id=programme.id)
    if round_ is None:
        raise NotFound(messages.ROUND_NONE)
    today = local_date(now, tz)
    if deadline_text is not None and deadline_text.strip():
        round_.deadline = new_deadline(deadline_text, round_=round_, today=today)
    elif round_.deadline < today:
        raise ParseError(
            messages.ROUND_REOPEN_NEEDS_DEADLINE.format(
                half=_label(round_), deadline=format_long(round_.deadline)
            )
        )
    round_.closed_at = None
    session.add(round_)
    session.flush()
    return round_


def before_closing(
    *,
    session: Session,
    workspace_id: str,
    now: datetime,
    tz: ZoneInfo,
    programme_id: int | None = None,
) -> RoundProgress:
    """Where the open round stands, to ask before closing it with updates missing; NotFound
    when no round is open."""
    programme = current_programme(
        session=session, workspace_id=workspace_id, programme_id=programme_id
    )
    round_ = open_round(session=session, programme=programme)
    if round_ is None:
        raise NotFound(messages.ROUND_NONE_OPEN)
    return round_progress(session=session, round_=round_, now=now, tz=tz)


def _latest(*, session: Session, programme_id: int | None) -> Round | None:
    stmt = select(Round).where(Round.programme_id == programme_id)
    return session.exec(stmt.order_by(col(Round.half_year).desc())).first()
