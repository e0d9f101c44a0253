"""``woonzorg tick --dry-run``: what a tick at a moment would send, and to whom, sending and
recording nothing (so a coordinator can preview a round's reminders without a Slack token).

It asks the same questions as ``tick`` (workflows.reminders.tick): earlier claims left unsent
and snoozes that are due, the open round's plan, and the weekly digest; and it leaves out
whatever is claimed already, as a real tick would. It only reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from storage.models import Action, Notification, Person
from storage.types import NotificationKind
from workflows.programme.callers import coordinator_slack_ids
from workflows.reminders import claims
from workflows.reminders.digest import due_digest
from workflows.reminders.policy import ReminderPolicy
from workflows.reminders.tick import _plan, _programmes
from workflows.runtime.database import transaction
from workflows.settings import Settings


@dataclass(frozen=True)
class PreviewItem:
    """One message a tick would send now."""

    kind: NotificationKind
    occasion: str
    to: str  # a person's name and Slack id or e-mail, a coordinator's Slack id, or a channel
    codes: tuple[str, ...] = ()  # the actions it is about
    retry: bool = False  # an earlier claim left unsent, or a snooze that is due


def _who(person: Person | None) -> str:
    if person is None:
        return "?"
    reach = person.slack_id or person.email
    name = person.name or reach or "?"
    return f"{name} ({reach})" if person.name and reach else name


def _codes(session: Session, action_ids: list[int]) -> tuple[str, ...]:
    if not action_ids:
        return ()
    rows = session.exec(
        select(Action).where(col(Action.id).in_(action_ids)).order_by(col(Action.position))
    ).all()
    return tuple(a.code for a in rows)


def _taken(session: Session, key: str) -> bool:
    return session.exec(select(Notification.id).where(Notification.key == key)).first() is not None


def preview_tick(settings: Settings, engine: Engine, now: datetime) -> list[PreviewItem]:
    """What ``tick`` would send at ``now``, in the order it would, without sending or
    recording anything."""
    policy = ReminderPolicy.from_settings(settings)
    items: list[PreviewItem] = []
    rows = claims.pending(
        engine,
        now=now,
        lease=policy.lease,
        catch_up=policy.catch_up,
        max_attempts=policy.max_attempts,
    )
    programmes = _programmes(engine, None)
    plans = [(p, *_plan(engine, settings, policy, now, p.id)) for p in programmes]
    with transaction(engine) as session:
        for row in rows:
            person = session.get(Person, row.person_id) if row.person_id else None
            to = _who(person) if person else (row.channel or "?")
            ids = list(row.payload.get("action_ids", []))
            items.append(PreviewItem(row.kind, row.occasion, to, _codes(session, ids), retry=True))
        for programme, round_id, plan in plans:
            coordinators = coordinator_slack_ids(
                session=session,
                settings=settings,
                workspace_id=programme.workspace_id,
                programme_id=programme.id,
            )
            if round_id is not None:
                for notice in plan.reminders:
                    key = claims.reminder_key(
                        round_id, f"p{notice.person_id}", NotificationKind.REMINDER, notice.occasion
                    )
                    if _taken(session, key):
                        continue
                    person = session.get(Person, notice.person_id)
                    codes = _codes(session, list(notice.action_ids))
                    items.append(PreviewItem(notice.kind, notice.occasion, _who(person), codes))
                for to_coordinators in (plan.escalation, plan.unreachable):
                    if to_coordinators is None:
                        continue
                    codes = _codes(session, list(to_coordinators.action_ids))
                    for coordinator in coordinators:
                        key = claims.reminder_key(
                            round_id,
                            f"u{coordinator}",
                            to_coordinators.kind,
                            to_coordinators.occasion,
                        )
                        if not _taken(session, key):
                            items.append(
                                PreviewItem(
                                    to_coordinators.kind,
                                    to_coordinators.occasion,
                                    coordinator,
                                    codes,
                                )
                            )
            channel = programme.digest_channel or settings.digest_channel
            due = due_digest(now, policy, settings.timezone) if channel else None
            if due is None:
                continue
            key = programme.digest_key(due[0])
            if not _taken(session, key):
                items.append(PreviewItem(NotificationKind.DIGEST, due[0], channel or ""))
    return items
