"""Assigning people to actions: the regiehouder (owner) and plaatsvervangers (deputies).

The person is named by a Slack mention (``<@U123|naam>``), ``@naam`` or an e-mail address. A
mentioned Slack user who is not in the programme yet is added through the workspace Directory.
Every change is written to the ActionChange audit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import select

from storage.models import ActionChange, ActionDeputy, Person
from workflows import messages
from workflows.errors import Conflict, ParseError
from workflows.ports.directory import Directory
from workflows.programme.callers import action_and_caller
from workflows.programme.mentions import find_person
from workflows.programme.permissions import check_may_assign_deputy, check_may_assign_owner
from workflows.runtime.database import transaction
from workflows.settings import Settings


@dataclass(frozen=True)
class Assignment:
    code: str
    title: str
    role: str  # "owner" | "deputy"
    name: str
    slack_id: str | None  # to tell the person, when they are in Slack
    previous: str | None  # the previous owner's name


def _label(person: Person | None) -> str | None:
    if person is None:
        return None
    return person.name or person.email or person.slack_id


def assign(
    *,
    engine: Engine,
    workspace_id: str,
    directory: Directory,
    settings: Settings,
    slack_id: str,
    code: str,
    mention: str,
    role: str,
    now: datetime,
    source: str,
    programme_id: int | None = None,
) -> Assignment:
    """Make the mentioned person owner (coordinators only) or a deputy (owner or coordinator)."""
    if not mention.strip():
        raise ParseError(messages.NO_PERSON_GIVEN)
    with transaction(engine) as session:
        _, action, caller = action_and_caller(
            session=session,
            workspace_id=workspace_id,
            code=code,
            slack_id=slack_id,
            directory=directory,
            settings=settings,
            programme_id=programme_id,
        )
        if role == "owner":
            check_may_assign_owner(who=caller, action=action)
        else:
            check_may_assign_deputy(who=caller, action=action)
        person = find_person(
            session=session,
            workspace_id=workspace_id,
            directory=directory,
            text=mention,
            create=True,
        )
        name = _label(person) or "?"
        previous = session.get(Person, action.owner_id) if action.owner_id else None
        if role == "owner":
            if action.owner_id == person.id:
                raise Conflict(messages.ALREADY_OWNER.format(name=name, code=action.code))
            action.owner_id = person.id
            action.updated_at = now
            session.add(action)
            # The new owner no longer needs to be a deputy of their own action.
            stale = session.get(ActionDeputy, (action.id, person.id))
            if stale is not None:
                session.delete(stale)
            change = ActionChange(
                action_id=action.id,  # type: ignore[arg-type]
                at=now,
                field="owner",
                old=_label(previous),
                new=name,
                source=source,
            )
        else:
            if action.owner_id == person.id:
                raise Conflict(messages.OWNER_NOT_DEPUTY.format(name=name, code=action.code))
            existing = session.exec(
                select(ActionDeputy).where(
                    ActionDeputy.action_id == action.id, ActionDeputy.person_id == person.id
                )
            ).first()
            if existing is not None:
                raise Conflict(messages.ALREADY_DEPUTY.format(name=name, code=action.code))
            session.add(ActionDeputy(action_id=action.id, person_id=person.id))  # type: ignore[arg-type]
            change = ActionChange(
                action_id=action.id,  # type: ignore[arg-type]
                at=now,
                field="deputy",
                old=None,
                new=name,
                source=source,
            )
        session.add(change)
        return Assignment(
            code=action.code,
            title=action.title,
            role=role,
            name=name,
            slack_id=person.slack_id,
            previous=_label(previous) if role == "owner" else None,
        )
