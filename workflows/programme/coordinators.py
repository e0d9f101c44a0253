"""Coordinators: listed in the configuration, and added by a coordinator
(docs/specification.md section 7)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from storage.models import Person, Programme, ProgrammeCoordinator
from workflows import messages
from workflows.errors import Conflict, PermissionDenied
from workflows.ports.directory import Directory
from workflows.programme.callers import is_coordinator
from workflows.programme.callers import who as identify_who
from workflows.programme.mentions import find_person
from workflows.programme.queries import current_programme
from workflows.runtime.database import transaction
from workflows.settings import Settings


@dataclass(frozen=True)
class CoordinatorList:
    configured: list[str]  # Slack ids from WOONZORG_COORDINATORS
    marked: list[str]  # names of people marked coordinator in the database


def list_coordinators(
    *, engine: Engine, settings: Settings, workspace_id: str, programme_id: int | None = None
) -> CoordinatorList:
    """Everyone who coordinates (the programme, when given): the configured Slack ids and the
    workspace's people marked in the database."""
    with transaction(engine) as session:
        marked = [
            p
            for p in session.exec(
                select(Person)
                .where(Person.workspace_id == workspace_id, col(Person.is_coordinator).is_(True))
                .order_by(col(Person.name))
            ).all()
            if is_coordinator(p, "", settings, session=session, programme_id=programme_id)
        ]
        return CoordinatorList(
            configured=list(settings.coordinators),
            marked=[p.name or p.email or p.slack_id or "?" for p in marked],
        )


def add_coordinator(
    *,
    engine: Engine,
    workspace_id: str,
    directory: Directory,
    settings: Settings,
    slack_id: str,
    mention: str,
    programme_id: int | None = None,
) -> tuple[str, str | None]:
    """Mark the mentioned person coordinator (coordinators only) of the programme (given, or
    the only one); returns (name, slack id)."""
    with transaction(engine) as session:
        programme = current_programme(
            session=session, workspace_id=workspace_id, programme_id=programme_id
        )
        caller = identify_who(
            session=session,
            workspace_id=workspace_id,
            slack_id=slack_id,
            directory=directory,
            settings=settings,
            programme_id=programme.id,
        )
        if not caller.coordinator:
            raise PermissionDenied(messages.MAY_NOT_ADD_COORDINATOR)
        person = find_person(
            session=session,
            workspace_id=workspace_id,
            directory=directory,
            text=mention,
            create=True,
        )
        name = person.name or person.email or person.slack_id or "?"
        if is_coordinator(
            person, person.slack_id or "", settings, session=session, programme_id=programme.id
        ):
            raise Conflict(messages.ALREADY_COORDINATOR.format(name=name))
        person.is_coordinator = True
        session.add(person)
        session.flush()
        assert programme.id is not None and person.id is not None
        session.add(ProgrammeCoordinator(programme_id=programme.id, person_id=person.id))
        return name, person.slack_id


def mark_coordinator(
    *, session: Session, person: Person, programme_id: int, coordinator: bool
) -> None:
    """Make ``person`` coordinator of this programme, or not (the Personen sheet of a
    programme's file: ``ja``/``nee``); their role in other programmes stays as it was.

    Someone marked coordinator without naming a programme coordinates all of their
    workspace's programmes; "nee" for one programme then leaves them coordinator of the
    workspace's others (one row each)."""
    assert person.id is not None
    rows = set(
        session.exec(
            select(ProgrammeCoordinator.programme_id).where(
                ProgrammeCoordinator.person_id == person.id
            )
        ).all()
    )
    everywhere = person.is_coordinator and not rows
    if coordinator:
        if everywhere or programme_id in rows:
            return
        session.add(ProgrammeCoordinator(programme_id=programme_id, person_id=person.id))
        person.is_coordinator = True
    elif everywhere:
        others = session.exec(
            select(Programme.id).where(
                Programme.workspace_id == person.workspace_id, Programme.id != programme_id
            )
        ).all()
        session.add_all(
            ProgrammeCoordinator(programme_id=other, person_id=person.id)
            for other in others
            if other is not None
        )
        person.is_coordinator = bool(others)
    elif programme_id in rows:
        found = session.get(ProgrammeCoordinator, (programme_id, person.id))
        if found is not None:
            session.delete(found)
        person.is_coordinator = len(rows) > 1
    session.add(person)
