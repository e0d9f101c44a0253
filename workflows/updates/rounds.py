"""Update rounds (updaterondes): one per half-year, with a deadline."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam
from sqlmodel import Session, col, select

from storage.models import Action, Person, Programme, Round, StatusUpdate
from workflows import messages
from workflows.dates.dutch import format_long, parse_date
from workflows.dates.halfyear import HalfYear
from workflows.dates.workdays import local_date, on_or_after
from workflows.errors import Conflict, NotFound, ParseError
from workflows.programme.queries import current_programme, programme_row
from workflows.programme.statuses import CLOSED_STATUSES, Status

# The statements nearly every request runs, built once: building a statement and its cache
# key costs about as much as the ORM's work on its few rows.
_OPEN_ROUND = (
    select(Round)
    .where(Round.programme_id == bindparam("programme_id"), col(Round.closed_at).is_(None))
    .order_by(col(Round.half_year))
)
_UPDATED_IDS = (
    select(StatusUpdate.action_id).where(StatusUpdate.round_id == bindparam("round_id")).distinct()
)


def open_round(*, session: Session, programme: Programme) -> Round | None:
    """The round that is open now, if any (updates given meanwhile belong to it)."""
    return session.exec(_OPEN_ROUND, params={"programme_id": programme.id}).first()


def round_for_update(
    *, session: Session, programme: Programme, now: datetime, tz: ZoneInfo
) -> Round | None:
    """The round an update given at ``now`` counts for.

    The open round; with none open, the closed round of the half-year ``now`` falls in: an
    update given after the round closed still counts for its half-year (marked "na de
    deadline") as long as that half-year runs, because its report is compiled from the data
    after the half-year's end. Otherwise no round.
    """
    found = open_round(session=session, programme=programme)
    if found is not None:
        return found
    half = HalfYear.containing(local_date(now, tz))
    stmt = select(Round).where(Round.programme_id == programme.id, Round.half_year == half.code)
    return session.exec(stmt).first()


def is_late(moment: datetime, round_: Round, tz: ZoneInfo) -> bool:
    """Given after the round's deadline day (the one rule for "na de deadline")."""
    return local_date(moment, tz) > round_.deadline


def updated_action_ids(*, session: Session, round_: Round) -> set[int]:
    """Actions that have at least one update in this round (one DISTINCT query).

    Run as a plain Core query: every request that shows a round's progress asks this, and the
    ORM's handling of a few hundred ids cost more than the query. Core does not flush, so
    pending changes are flushed first, as the ORM's autoflush would."""
    session.flush()
    found = session.connection().execute(_UPDATED_IDS, {"round_id": round_.id})
    return set(found.scalars().all())


def expects_update(status: Status, *, updated: bool) -> bool:
    """Whether a round counts this action among the updates it expects (see RoundCounts)."""
    return updated or status not in CLOSED_STATUSES


@dataclass(frozen=True)
class RoundCounts:
    """The one definition of a round's counts, used by every surface.

    An action is *expected* in a round when it is open now (not done, not cancelled), or when it
    got an update in this round anyway (the owner reported it done, or it was cancelled after
    its update: the update is in and counts). *Received* = expected actions with an update in
    the round, so every update given in the round counts; *missing* = open actions without one.
    Nobody is asked for an update on an action that was already closed before the round.
    """

    received: int
    expected: int
    updated: frozenset[int]  # ids of actions with an update in the round
    missing_ids: tuple[int, ...]  # open actions without an update, in the order given

    @property
    def missing(self) -> int:
        return len(self.missing_ids)


def count_round(rows: Iterable[tuple[int, Status]], updated: Iterable[int]) -> RoundCounts:
    """RoundCounts from ``(action id, status)`` rows and the ids updated in the round."""
    done = frozenset(updated)
    expected = received = 0
    missing: list[int] = []
    for action_id, status in rows:
        has_update = action_id in done
        if not expects_update(status, updated=has_update):
            continue
        expected += 1
        if has_update:
            received += 1
        else:
            missing.append(action_id)
    return RoundCounts(received, expected, done, tuple(missing))


def round_counts(*, session: Session, programme: Programme, round_: Round) -> RoundCounts:
    """The round's counts (see RoundCounts) in two queries: ids + statuses, updated ids."""
    rows = session.exec(
        select(Action.id, col(Action.status))
        .where(Action.programme_id == programme.id)
        .order_by(col(Action.position), col(Action.id))
    ).all()
    updated = updated_action_ids(session=session, round_=round_)
    return count_round(((i or 0, status) for i, status in rows), updated)


def missing_actions(*, session: Session, programme: Programme, round_: Round) -> list[Action]:
    """Open actions (not done or cancelled) with no update in this round, in programme order."""
    done = updated_action_ids(session=session, round_=round_)
    stmt = (
        select(Action)
        .where(Action.programme_id == programme.id, col(Action.status).not_in(CLOSED_STATUSES))
        .order_by(col(Action.position), col(Action.id))
    )
    return [a for a in session.exec(stmt).all() if a.id not in done]


# -- opening, closing, showing --------------------------------------------------------------


def default_deadline(half_year: HalfYear, *, weeks_before_end: int = 6) -> date:
    """``weeks_before_end`` weeks before the half-year ends, moved to a working day.

    For 2027-H1 (ends Wednesday 30 June) that is Wednesday 19 May 2027.
    """
    return on_or_after(half_year.end - timedelta(weeks=weeks_before_end))


def start_round(
    *,
    session: Session,
    workspace_id: str,
    half_year_text: str,
    now: datetime,
    tz: ZoneInfo,
    deadline_text: str | None = None,
    by: Person | None = None,
    weeks_before_end: int = 6,
    programme_id: int | None = None,
) -> Round:
    """Open the update round for a half-year (possibly ahead of it).

    Refused, with nothing changed: a half-year that does not parse, a deadline that does not
    parse, lies in the past or after the half-year's end, a second round for the same half-year,
    or a second round while one is open.
    """
    half_year = HalfYear.parse(half_year_text)
    today = local_date(now, tz)
    if deadline_text is not None and deadline_text.strip():
        deadline = parse_date(deadline_text)
        if deadline is None:
            raise ParseError(messages.BAD_DATE.format(text=deadline_text.strip()))
    else:
        deadline = default_deadline(half_year, weeks_before_end=weeks_before_end)
    if deadline > half_year.end:
        raise ParseError(
            messages.ROUND_DEADLINE_AFTER_END.format(
                deadline=format_long(deadline), half=half_year.label, end=format_long(half_year.end)
            )
        )
    if deadline < today:
        template = messages.ROUND_DEADLINE_PAST if deadline_text else messages.ROUND_DEFAULT_PAST
        raise ParseError(template.format(deadline=format_long(deadline), half=half_year.label))
    programme = current_programme(
        session=session, workspace_id=workspace_id, programme_id=programme_id
    )
    existing = session.exec(
        select(Round).where(Round.programme_id == programme.id, Round.half_year == half_year.code)
    ).first()
    if existing is not None:
        raise Conflict(messages.ROUND_EXISTS.format(half=half_year.label))
    running = open_round(session=session, programme=programme)
    if running is not None:
        label = HalfYear.from_code(running.half_year).label
        raise Conflict(messages.ROUND_ALREADY_OPEN.format(half=label))
    round_ = Round(
        programme_id=programme.id,  # type: ignore[arg-type]
        half_year=half_year.code,
        deadline=deadline,
        opened_at=now,
        opened_by_id=by.id if by else None,
    )
    session.add(round_)
    session.flush()
    return round_


def close_round(
    *,
    session: Session,
    workspace_id: str,
    now: datetime,
    round_id: int | None = None,
    programme_id: int | None = None,
) -> Round:
    """Close the open round; NotFound when no round is open, Conflict when ``round_id`` (from a
    confirmation button) names another round than the open one."""
    if round_id is not None:
        asked = session.get(Round, round_id)  # the button's round names its programme
        if (
            asked is None
            or programme_row(session=session, programme_id=asked.programme_id).workspace_id
            != workspace_id
        ):
            raise NotFound(messages.ROUND_NOT_FOUND)
        if programme_id is None:
            programme_id = asked.programme_id
    programme = current_programme(
        session=session, workspace_id=workspace_id, programme_id=programme_id
    )
    round_ = open_round(session=session, programme=programme)
    if round_ is None:
        raise NotFound(messages.ROUND_NONE_OPEN)
    if round_id is not None and round_.id != round_id:
        raise Conflict(messages.ROUND_CLOSE_STALE)
    round_.closed_at = now
    session.add(round_)
    session.flush()
    return round_


@dataclass(frozen=True)
class RoundProgress:
    """Where a round stands: ``14 van 22 updates binnen, deadline over 9 dagen``."""

    round: Round
    half_year: HalfYear
    received: int
    expected: int
    days_left: int  # negative once the deadline has passed
    missing: list[Action]

    def sentence(self) -> str:
        return progress_sentence(self)


def round_progress(
    *, session: Session, round_: Round, now: datetime, tz: ZoneInfo
) -> RoundProgress:
    """Counts of updates received and expected (see RoundCounts), and the days left."""
    programme = programme_row(session=session, programme_id=round_.programme_id)
    counts = round_counts(session=session, programme=programme, round_=round_)
    missing = missing_actions(session=session, programme=programme, round_=round_)
    return RoundProgress(
        round=round_,
        half_year=HalfYear.from_code(round_.half_year),
        received=counts.received,
        expected=counts.expected,
        days_left=(round_.deadline - local_date(now, tz)).days,
        missing=missing,
    )


def progress_sentence(progress: RoundProgress) -> str:
    days = progress.days_left
    if days > 1:
        when = messages.ROUND_DAYS_LEFT.format(days=days)
    elif days == 1:
        when = messages.ROUND_TOMORROW
    elif days == 0:
        when = messages.ROUND_TODAY
    elif days == -1:
        when = messages.ROUND_YESTERDAY
    else:
        when = messages.ROUND_DAYS_LATE.format(days=-days)
    return messages.ROUND_PROGRESS.format(
        received=progress.received,
        expected=progress.expected,
        updates=messages.form(progress.expected, *messages.UPDATES),
        when=when,
    )


def latest_round(
    *, session: Session, workspace_id: str, programme_id: int | None = None
) -> Round | None:
    """The open round, else the most recent closed one (for ``/woonzorg ronde``)."""
    programme = current_programme(
        session=session, workspace_id=workspace_id, programme_id=programme_id
    )
    found = open_round(session=session, programme=programme)
    if found is not None:
        return found
    stmt = select(Round).where(Round.programme_id == programme.id)
    return session.exec(stmt.order_by(col(Round.half_year).desc())).first()
