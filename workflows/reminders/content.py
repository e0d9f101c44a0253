"""What reminders, escalations and digests say, as plain data; ``bot/views`` turns it into
Block Kit (and the terminal into text). Workflows hand the notifier blocks built by a ``Views``
implementation, because scheduled work runs without a Slack request.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from sqlmodel import Session, and_, col, or_, select

from storage.models import Action, ActionDeputy, Person, Round
from storage.types import NotificationKind
from workflows import messages
from workflows.dates.halfyear import HalfYear
from workflows.ports.notify import Blocks
from workflows.programme.programmes import programme_label
from workflows.programme.statuses import CLOSED_STATUSES, Status
from workflows.updates.rounds import updated_action_ids


@dataclass(frozen=True)
class ActionLine:
    action_id: int
    code: str
    title: str
    status: Status
    status_text: str  # the last stand van zaken (user text: views escape it)
    done: bool = False  # has an update in this round, or is done/cancelled by now
    owner_name: str | None = None


@dataclass(frozen=True)
class ReminderContent:
    """One owner's reminder: all their open actions of this round in one message."""

    round_id: int
    person_id: int
    person_name: str | None
    half_year: HalfYear
    deadline: date
    occasion: str  # first / second / deadline / last / snooze / manual
    actions: tuple[ActionLine, ...]
    notification_id: int | None = None
    snoozed_until: date | None = None  # set after "Later"
    passed_on: tuple[int, ...] = ()  # action ids reported as "niet mijn actie"
    # Codes of all the person's open actions (owned or deputised) still without an update in
    # this round, as ``/woonzorg mijn`` counts them: "alles is binnen" only when empty.
    outstanding: tuple[str, ...] = ()
    # The round's programme: every button names it, so that "Update geven" on 1.1 opens the
    # 1.1 of this programme when another programme has a 1.1 too.
    programme_id: int | None = None
    programme_name: str | None = None  # set when the database holds several programmes

    @property
    def open_actions(self) -> tuple[ActionLine, ...]:
        return tuple(a for a in self.actions if not a.done and a.action_id not in self.passed_on)


@dataclass(frozen=True)
class LateOwner:
    name: str
    slack_id: str | None
    codes: tuple[str, ...]


@dataclass(frozen=True)
class EscalationContent:
    """For the coordinators after the deadline: who is late, and what nobody can be asked."""

    half_year: HalfYear
    deadline: date
    late: tuple[LateOwner, ...]
    unreachable: tuple[ActionLine, ...]
    received: int
    expected: int
    programme_name: str | None = None  # set when the database holds several programmes


@dataclass(frozen=True)
class DigestContent:
    """The weekly digest for the coordinators' channel."""

    week: str  # "2027-W19"
    since: date
    received: tuple[ActionLine, ...] = ()
    missing: tuple[ActionLine, ...] = ()
    status_changes: tuple[tuple[ActionLine, Status, Status], ...] = ()  # (action, old, new)
    realisation_ends: tuple[ActionLine, ...] = ()
    half_year: HalfYear | None = None
    progress: str | None = None  # "14 van 22 updates binnen, deadline over 9 dagen"
    programme: str = ""  # the programme's name: each programme has its own digest


class Views(Protocol):
    """Renders content as (fallback text, Block Kit blocks); implemented in ``bot/views``."""

    def reminder(self, content: ReminderContent) -> tuple[str, Blocks]: ...

    def escalation(self, content: EscalationContent) -> tuple[str, Blocks]: ...

    def unreachable(self, content: EscalationContent) -> tuple[str, Blocks]: ...

    def digest(self, content: DigestContent) -> tuple[str, Blocks]: ...

    def notice(self, kind: NotificationKind, fields: dict[str, str]) -> tuple[str, Blocks]:
        """A short notice to a coordinator: ``notice_text(kind)`` filled in with ``fields``; the
        view escapes the fields (they hold names and titles people typed)."""
        ...


def notice_text(kind: NotificationKind) -> str:
    """The message for a notice of this kind. Rows store the kind, never a message's name: the
    mapping lives here, in code, so renaming a message cannot break a stored retry."""
    return {
        NotificationKind.UNDELIVERABLE: messages.UNDELIVERABLE,
        NotificationKind.NOT_MINE: messages.NOT_MINE,
    }[kind]


def action_line(action: Action, *, done: bool = False, owner: Person | None = None) -> ActionLine:
    return ActionLine(
        action_id=action.id,  # type: ignore[arg-type]
        code=action.code,
        title=action.title,
        status=action.status,
        status_text=action.status_text,
        done=done or action.status in CLOSED_STATUSES,
        owner_name=(owner.name or owner.email or owner.slack_id) if owner else None,
    )


def reminder_content(
    *,
    session: Session,
    round_: Round,
    person: Person,
    occasion: str,
    action_ids: Sequence[int] | None = None,
    updated: set[int] | None = None,
) -> ReminderContent:
    """The reminder for ``person``. Without ``action_ids``: their actions still missing an
    update now; with them (re-rendering after a button press): those actions, marked done when
    they have been updated meanwhile. ``updated``: the round's updated action ids, when the
    caller has them already.

    One query loads the actions listed and the person's open ones (owned or deputised), each
    row once, with a flag saying whether it is one of theirs."""
    if updated is None:
        updated = updated_action_ids(session=session, round_=round_)
    deputising = select(ActionDeputy.action_id).where(ActionDeputy.person_id == person.id)
    theirs = and_(
        Action.programme_id == round_.programme_id,
        or_(col(Action.owner_id) == person.id, col(Action.id).in_(deputising)),
        col(Action.status).not_in(CLOSED_STATUSES),
    )
    wanted = theirs if action_ids is None else or_(theirs, col(Action.id).in_(list(action_ids)))
    rows = session.exec(
        select(Action, theirs.label("theirs"))
        .where(wanted)
        .order_by(col(Action.position), col(Action.id))
    ).all()
    mine = [a for a, is_theirs in rows if is_theirs]
    if action_ids is None:
        found = [a for a in mine if a.owner_id == person.id and a.id not in updated]
    else:
        listed = set(action_ids)
        found = [a for a, _ in rows if a.id in listed]
    return ReminderContent(
        round_id=round_.id,  # type: ignore[arg-type]
        person_id=person.id,  # type: ignore[arg-type]
        person_name=person.name,
        half_year=HalfYear.from_code(round_.half_year),
        deadline=round_.deadline,
        occasion=occasion,
        actions=tuple(action_line(a, done=a.id in updated) for a in found),
        outstanding=tuple(a.code for a in mine if a.id not in updated),
        programme_id=round_.programme_id,
        programme_name=programme_label(session=session, programme_id=round_.programme_id),
    )
