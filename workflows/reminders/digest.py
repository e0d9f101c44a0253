"""The weekly digest for the coordinators' channel (default Monday 09:00).

It lists the updates received in the past week, what is still missing, status changes (with
vertraagd / aandacht nodig highlighted by the view), the actions whose planning says realisation
ends this half-year, and the round's progress. It is claimed per ISO week, so it is never sent
twice, and a tick after an outage of a few days sends the missed one once.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from storage.models import Action, Person, StatusUpdate
from workflows.dates.halfyear import HalfYear
from workflows.dates.workdays import local_date, local_moment, on_or_after
from workflows.errors import NotFound
from workflows.programme.planning import last_realisation
from workflows.programme.queries import actions as all_actions
from workflows.programme.queries import current_programme, programme_row
from workflows.programme.statuses import CLOSED_STATUSES
from workflows.reminders.content import ActionLine, DigestContent, action_line
from workflows.reminders.policy import ReminderPolicy
from workflows.settings import Settings
from workflows.updates.rounds import open_round, round_progress


def iso_week(day: date) -> str:
    """``2027-W19``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def due_digest(now: datetime, policy: ReminderPolicy, tz: ZoneInfo) -> tuple[str, datetime] | None:
    """The digest due at ``now``: (ISO week, due moment), or None.

    The digest goes out on ``policy.digest_weekday`` at ``policy.digest_hour`` local time, on
    the next working day when that day is a holiday (Pinkstermaandag, 2e Paasdag). A digest
    missed while the bot was down is still due for ``policy.catch_up`` (7 days).
    """
    today = local_date(now, tz)
    monday = today - timedelta(days=today.weekday())
    for week_start in (monday, monday - timedelta(days=7)):
        day = on_or_after(week_start + timedelta(days=policy.digest_weekday))
        at = local_moment(day, policy.digest_hour, tz)
        if at <= now:
            return (iso_week(week_start), at) if now - at <= policy.catch_up else None
    return None


def digest_content(
    *,
    session: Session,
    settings: Settings,
    week: str,
    since: str | None,
    now: datetime,
    programme_id: int | None = None,
) -> DigestContent | None:
    """The digest as of ``now`` for updates since ``since`` (ISO datetime; default a week)."""
    try:
        # A digest row names its programme; one claimed before programmes had ids meant the
        # only programme of a single-token deployment.
        programme = (
            current_programme(session=session, workspace_id="")
            if programme_id is None
            else programme_row(session=session, programme_id=programme_id)
        )
    except NotFound:
        return None
    start = datetime.fromisoformat(since) if since else now - timedelta(days=7)
    actions = list(all_actions(session=session, programme=programme))
    by_id = {a.id: a for a in actions}
    owners = {
        p.id: p
        for p in session.exec(
            select(Person).where(col(Person.id).in_({a.owner_id for a in actions}))
        ).all()
    }

    def line(action: Action) -> ActionLine:
        return action_line(action, owner=owners.get(action.owner_id))  # type: ignore[arg-type]

    window = session.exec(
        select(StatusUpdate)
        .where(
            col(StatusUpdate.action_id).in_(list(by_id)),
            col(StatusUpdate.created_at) >= start,
            col(StatusUpdate.created_at) <= now,
            StatusUpdate.source != "import",
        )
        .order_by(col(StatusUpdate.created_at), col(StatusUpdate.id))
    ).all()
    received_ids = list(dict.fromkeys(u.action_id for u in window))
    changes = []
    for action_id in received_ids:
        newest = [u for u in window if u.action_id == action_id][-1]
        before = session.exec(
            select(col(StatusUpdate.status))
            .where(StatusUpdate.action_id == action_id, col(StatusUpdate.created_at) < start)
            .order_by(col(StatusUpdate.created_at).desc(), col(StatusUpdate.id).desc())
        ).first()
        if before is not None and before != newest.status:
            changes.append((line(by_id[action_id]), before, newest.status))

    round_ = open_round(session=session, programme=programme)
    half_year = (
        HalfYear.from_code(round_.half_year)
        if round_
        else HalfYear.containing(local_date(now, settings.timezone))
    )
    missing: list[ActionLine] = []
    progress = None
    if round_ is not None:
        state = round_progress(session=session, round_=round_, now=now, tz=settings.timezone)
        missing = [line(a) for a in state.missing]
        progress = state.sentence()
    ending = [
        line(a)
        for a in actions
        if a.status not in CLOSED_STATUSES and last_realisation(a.planning) == half_year
    ]
    return DigestContent(
        week=week,
        since=local_date(start, settings.timezone),
        received=tuple(line(by_id[i]) for i in received_ids),
        missing=tuple(missing),
        status_changes=tuple(changes),
        realisation_ends=tuple(ending),
        half_year=half_year,
        progress=progress,
        programme=programme.name,
    )
