"""What the buttons on a reminder do: "Geen wijziging", "Later" and "Niet mijn actie".

Each takes the reminder's Notification (its id is in the button value), checks the presser is
the one it was sent to, does its work in one transaction and returns the reminder's new
content, so the message can replace itself. "Later" stores a snooze (a Notification of kind
``snooze``) that a tick sends on the next working day at 09:00; "Niet mijn actie" tells the
coordinators, once per action.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session

from storage.models import Action, Notification, Person, Round
from storage.types import NotificationKind
from workflows import messages
from workflows.dates.halfyear import HalfYear
from workflows.dates.workdays import local_date, local_moment, next_working_day
from workflows.errors import Conflict, NotFound, PermissionDenied
from workflows.ports.notify import Notifier
from workflows.programme.queries import person_by_slack_id
from workflows.reminders import claims
from workflows.reminders.content import ReminderContent, Views, reminder_content
from workflows.reminders.outbox import Outbox
from workflows.reminders.policy import ReminderPolicy
from workflows.runtime.database import transaction
from workflows.settings import Settings
from workflows.updates.history import record_update, update_moment
from workflows.updates.rounds import updated_action_ids


def _load(
    session: Session, workspace_id: str, notification_id: int, slack_id: str
) -> tuple[Notification, Person]:
    """The reminder and the presser, who must be the one it was sent to. A reminder of another
    workspace (a crafted button value) is not found, as if it did not exist."""
    row = session.get(Notification, notification_id)
    recipient = session.get(Person, row.person_id) if row and row.person_id else None
    if row is None or recipient is None or recipient.workspace_id != workspace_id:
        raise NotFound(messages.REMINDER_NOT_FOUND)
    if recipient.slack_id == slack_id:  # the usual case, without asking again
        return row, recipient
    person = person_by_slack_id(session=session, workspace_id=workspace_id, slack_id=slack_id)
    if person is None or person.id != row.person_id:
        raise PermissionDenied(messages.REMINDER_NOT_YOURS)
    return row, person


def render(session: Session, row: Notification, updated: set[int] | None = None) -> ReminderContent:
    """The reminder as it stands now: updated actions ticked off, snooze and hand-offs shown.
    ``updated``: the ids of the actions with an update in the round, when the caller knows."""
    round_ = session.get(Round, row.round_id)
    person = session.get(Person, row.person_id)
    assert round_ is not None and person is not None
    content = reminder_content(
        session=session,
        round_=round_,
        person=person,
        occasion=row.payload.get("intro")
        or (row.occasion if row.kind == NotificationKind.REMINDER else row.kind),
        action_ids=row.payload.get("action_ids", []),
        updated=updated,
    )
    snoozed = row.payload.get("snoozed_until")
    return replace(
        content,
        notification_id=row.id,
        snoozed_until=date.fromisoformat(snoozed) if snoozed else None,
        passed_on=tuple(row.payload.get("passed_on", [])),
    )


def _open_round(session: Session, row: Notification) -> Round:
    round_ = session.get(Round, row.round_id)
    assert round_ is not None
    if round_.closed_at is not None:
        half = HalfYear.from_code(round_.half_year).label
        raise Conflict(messages.REMINDER_ROUND_CLOSED.format(half=half))
    return round_


def no_change(
    engine: Engine,
    *,
    workspace_id: str,
    notification_id: int,
    action_id: int,
    slack_id: str,
    now: datetime,
    source: str = "slack",
) -> ReminderContent:
    """ "Geen wijziging": record the last stand van zaken again for this round."""
    with transaction(engine) as session:
        row, person = _load(session, workspace_id, notification_id, slack_id)
        round_ = _open_round(session, row)
        if action_id not in row.payload.get("action_ids", []):
            raise NotFound(messages.REMINDER_NOT_YOURS)
        # Locked as it is read: a second press (on another replica) waits, then sees this
        # one's update (``hold_action``, in one round trip instead of two).
        action = session.get(Action, action_id, with_for_update=True)
        if action is None:
            raise NotFound(messages.REMINDER_NOT_YOURS)
        moment = update_moment(session=session, action=action, now=now)
        done = updated_action_ids(session=session, round_=round_)
        updated: set[int] | None = done
        if action_id not in done:
            if not action.status_text.strip():
                raise Conflict(messages.REMINDER_NOTHING_TO_CARRY.format(code=action.code))
            update = record_update(
                session=session,
                action=action,
                author=person,
                now=moment,
                carried_over=True,
                source=source,
                open_round=round_,
            )
            # Counted for this round (the usual case): the round's updated actions are known
            # without asking again; for another round, the reminder asks.
            updated = done | {action_id} if update.round_id == round_.id else None
        return render(session, row, updated)


def snooze(
    engine: Engine,
    *,
    workspace_id: str,
    notification_id: int,
    slack_id: str,
    now: datetime,
    settings: Settings,
) -> ReminderContent:
    """ "Later": remind again on the next working day at the reminder hour (stored, so a
    restart loses nothing; pressing twice stores one snooze)."""
    tz = settings.timezone
    policy = ReminderPolicy.from_settings(settings)
    with transaction(engine) as session:
        row, person = _load(session, workspace_id, notification_id, slack_id)
        _open_round(session, row)
    day = next_working_day(local_date(now, tz))
    claims.claim(
        engine,
        key=claims.reminder_key(
            row.round_id or 0, f"p{person.id}", NotificationKind.SNOOZE, day.isoformat()
        ),
        kind=NotificationKind.SNOOZE,
        occasion=day.isoformat(),
        now=now,
        due_at=local_moment(day, policy.hour, tz),
        round_id=row.round_id,
        person_id=person.id,
        attempts=0,
    )
    with transaction(engine) as session:
        fresh = session.get(Notification, notification_id)
        assert fresh is not None
        fresh.payload = {**fresh.payload, "snoozed_until": day.isoformat()}
        session.add(fresh)
        session.flush()
        return render(session, fresh)


def not_mine(
    engine: Engine,
    *,
    settings: Settings,
    notifier: Notifier,
    views: Views,
    now: datetime,
    workspace_id: str,
    notification_id: int,
    action_id: int,
    slack_id: str,
) -> ReminderContent:
    """ "Niet mijn actie": tell the coordinators (once per action) and mark it in the reminder.

    The notice goes through an Outbox built here, so that the caller (``bot/``) passes its
    settings and adapters and never assembles the sending machinery itself."""
    with transaction(engine) as session:
        row, person = _load(session, workspace_id, notification_id, slack_id)
        action = session.get(Action, action_id)
        if action is None or action_id not in row.payload.get("action_ids", []):
            raise NotFound(messages.REMINDER_NOT_YOURS)
        name = person.name or person.email or slack_id
        fields = {"name": name, "code": action.code, "title": action.title}
    outbox = Outbox(settings=settings, engine=engine, notifier=notifier, views=views, now=now)
    outbox.tell_coordinators(
        kind=NotificationKind.NOT_MINE,
        occasion=f"p{person.id}a{action_id}",
        fields=fields,
        round_id=row.round_id,
        person_id=person.id,
    )
    with transaction(engine) as session:
        fresh = session.get(Notification, notification_id)
        assert fresh is not None
        passed = sorted({*fresh.payload.get("passed_on", []), action_id})
        fresh.payload = {**fresh.payload, "passed_on": passed}
        session.add(fresh)
        session.flush()
        return render(session, fresh)
