"""The reminder plan: which reminders and escalations are due at a moment. Pure functions.

Given a round, the programme's actions, this round's updates, the owners, a policy and ``now``,
``plan_reminders`` says which notifications are due. It reads nothing and sends nothing; the
tick (workflows.reminders.tick) claims and sends what it returns.

Occasions per round (defaults): ``first`` 3 weeks before the deadline, ``second`` 1 week before,
``deadline`` on the deadline morning, ``escalation`` (to the coordinators) 1 working day after,
``last`` 3 working days after. All at 09:00 local time on working days: a reminder falling on a
weekend or public holiday moves to the next working day, except the deadline-morning one, which
moves to the working day *before* a deadline that is not a working day (after it would be too
late to still make the deadline).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from storage.models import Action, Person, Round, StatusUpdate
from storage.types import NotificationKind
from workflows.dates.workdays import add_working_days, local_moment, on_or_after, on_or_before
from workflows.programme.statuses import CLOSED_STATUSES
from workflows.reminders.policy import ReminderPolicy

OWNER_OCCASIONS = ("first", "second", "deadline", "last")
ESCALATION = "escalation"  # the occasion (its Notice has kind NotificationKind.ESCALATION)


@dataclass(frozen=True)
class Occasion:
    name: str
    day: date
    at: datetime  # aware UTC


@dataclass(frozen=True)
class Notice:
    """One notification due now. ``person_id`` is the owner for reminders, None otherwise."""

    kind: NotificationKind  # REMINDER, ESCALATION or UNREACHABLE
    occasion: str
    due_at: datetime
    person_id: int | None = None
    action_ids: tuple[int, ...] = ()
    # Older occasions missed while the bot was down, replaced by this one (sent only once).
    superseded: tuple[str, ...] = ()


@dataclass
class Plan:
    reminders: list[Notice] = field(default_factory=list)  # one per owner
    escalation: Notice | None = None  # to the coordinators: who is late, what has no owner
    unreachable: Notice | None = None  # to the coordinators: actions nobody can be reminded of

    def __bool__(self) -> bool:
        return bool(self.reminders or self.escalation or self.unreachable)


def occasions(deadline: date, policy: ReminderPolicy, tz: ZoneInfo) -> list[Occasion]:
    """Every occasion of a round with this deadline, in time order."""
    days = {
        "first": on_or_after(deadline - timedelta(days=policy.first_days)),
        "second": on_or_after(deadline - timedelta(days=policy.second_days)),
        "deadline": on_or_before(deadline),
        ESCALATION: add_working_days(deadline, policy.escalation_workdays),
        "last": add_working_days(deadline, policy.last_workdays),
    }
    if not policy.on_deadline:
        del days["deadline"]
    found = [Occasion(name, day, local_moment(day, policy.hour, tz)) for name, day in days.items()]
    return sorted(found, key=lambda o: o.at)  # stable: same-moment occasions keep order


def reachable(person: Person | None) -> bool:
    """Someone the bot can write to: a Slack id, or an e-mail to look the Slack id up by."""
    return person is not None and bool(person.slack_id or person.email)


def recipient(owner: Person | None, people: Mapping[int, Person]) -> Person | None:
    """Who is reminded for an owner: the owner; for a team (Person.kind ``team``, no Slack
    account) its contact person; None when nobody can be reached (the coordinators hear)."""
    if owner is not None and owner.kind == "team":
        contact = people.get(owner.contact_id) if owner.contact_id is not None else None
        return contact if contact is not None and contact.kind != "team" else None
    return owner


def open_without_update(
    round_: Round, actions: Iterable[Action], updates: Iterable[StatusUpdate]
) -> list[Action]:
    """Actions not done/cancelled with no update in this round, in the given order."""
    updated = {u.action_id for u in updates if u.round_id == round_.id}
    return [a for a in actions if a.status not in CLOSED_STATUSES and a.id not in updated]


def plan_reminders(
    round_: Round,
    actions: Iterable[Action],
    updates: Iterable[StatusUpdate],
    policy: ReminderPolicy,
    now: datetime,
    *,
    owners: Mapping[int, Person],
    tz: ZoneInfo,
) -> Plan:
    """The reminders, escalation and unreachable-report due at ``now`` for this round.

    ``owners`` holds the owners and the contact persons of owners that are teams.

    Only the latest owner occasion that is due counts: when the bot was down over the first
    and the second reminder, one reminder goes out (``second``) and ``first`` is listed as
    superseded. Work older than ``policy.catch_up`` is not done any more, and occasions from
    before the round was opened never count.
    """
    plan = Plan()
    if round_.closed_at is not None:
        return plan
    due = [o for o in occasions(round_.deadline, policy, tz) if round_.opened_at <= o.at <= now]
    late = open_without_update(round_, actions, updates)
    by_owner: dict[int, list[int]] = {}
    nobody: list[int] = []
    for action in late:
        owner = owners.get(action.owner_id) if action.owner_id is not None else None
        to = recipient(owner, owners)
        if to is not None and reachable(to):
            by_owner.setdefault(to.id, []).append(action.id)  # type: ignore[arg-type]
        else:
            nobody.append(action.id)  # type: ignore[arg-type]

    owner_due = [o for o in due if o.name in OWNER_OCCASIONS]
    if owner_due and now - owner_due[-1].at <= policy.catch_up:
        latest = owner_due[-1]
        older = tuple(o.name for o in owner_due[:-1])
        plan.reminders = [
            Notice(NotificationKind.REMINDER, latest.name, latest.at, person_id, tuple(ids), older)
            for person_id, ids in sorted(by_owner.items())
        ]
        if nobody:
            plan.unreachable = Notice(
                NotificationKind.UNREACHABLE, "round", latest.at, None, tuple(nobody)
            )
    escalation = [o for o in due if o.name == ESCALATION]
    if escalation and now - escalation[0].at <= policy.catch_up and late:
        plan.escalation = Notice(
            NotificationKind.ESCALATION,
            ESCALATION,
            escalation[0].at,
            None,
            tuple(a.id for a in late),  # type: ignore[misc]
        )
    return plan
