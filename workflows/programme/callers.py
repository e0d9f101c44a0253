"""Who is calling: a Slack user matched to a Person, and whether they coordinate.

A caller is matched by Slack id; failing that, by the e-mail address the workspace directory
knows for them, and then the Slack id is remembered on the Person so the next match is direct.
A name is only ever shown, never used to decide who someone is: a person imported by Slack id
alone gets their name from the workspace directory when first seen.
"""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from storage.models import Action, Person, Programme, ProgrammeCoordinator
from workflows.errors import PermissionDenied, Unavailable
from workflows.ports.directory import Directory
from workflows.programme.queries import (
    current_programme,
    get_action,
    person_by_email,
    person_by_slack_id,
)
from workflows.runtime.database import transaction
from workflows.settings import Settings


def identify(
    *, session: Session, workspace_id: str, slack_id: str, directory: Directory
) -> Person | None:
    """The workspace's Person behind this Slack id, or None when they are not in it."""
    person = person_by_slack_id(session=session, workspace_id=workspace_id, slack_id=slack_id)
    if person is not None:
        if not person.name:
            _name_from_directory(session=session, person=person, directory=directory)
        return person
    info = directory.user_info(slack_id)
    if info is None or not info[1]:
        return None
    person = person_by_email(session=session, workspace_id=workspace_id, email=info[1])
    if person is None:
        return None
    if person.slack_id is None:
        person.slack_id = slack_id
        if not person.name:
            person.name = info[0]
        session.add(person)
        session.flush()
        return person
    # The address belongs to a person already linked to another Slack account: not this caller.
    return None


def _name_from_directory(*, session: Session, person: Person, directory: Directory) -> None:
    """Fill in the display name of a person known by Slack id only (imported without a name).

    The name is for showing only; when the workspace cannot be asked now, the person stays
    nameless and is asked about again next time.
    """
    try:
        info = directory.user_info(person.slack_id or "")
    except Unavailable:
        return
    if info is not None and info[0] and info[0].strip():
        person.name = info[0].strip()
        session.add(person)
        session.flush()


def is_coordinator(
    person: Person | None,
    slack_id: str,
    settings: Settings,
    *,
    session: Session | None = None,
    programme_id: int | None = None,
) -> bool:
    """Coordinators are listed in the configuration (they coordinate every programme) or
    marked in the database; with ``programme_id``, marked as coordinator of that programme."""
    if slack_id in settings.coordinators:
        return True
    if person is None or not person.is_coordinator:
        return False
    if programme_id is None or session is None:
        return True
    # Someone marked coordinator without naming a programme coordinates all of them.
    rows = session.exec(
        select(ProgrammeCoordinator.programme_id).where(ProgrammeCoordinator.person_id == person.id)
    ).all()
    return not rows or programme_id in rows


def require_coordinator(
    *,
    engine: Engine,
    settings: Settings,
    directory: Directory,
    workspace_id: str,
    slack_id: str,
    refusal: str,
    programme_id: int | None = None,
) -> None:
    """Raise PermissionDenied with ``refusal`` unless the caller is a coordinator (of the
    programme, when one is given)."""
    if slack_id in settings.coordinators:
        return
    with transaction(engine) as session:
        person = identify(
            session=session, workspace_id=workspace_id, slack_id=slack_id, directory=directory
        )
        if not is_coordinator(
            person, slack_id, settings, session=session, programme_id=programme_id
        ):
            raise PermissionDenied(refusal)


class Who:
    """The caller as the workflows see them: the Person (if any) and whether they coordinate."""

    __slots__ = ("person", "slack_id", "coordinator")

    def __init__(self, person: Person | None, slack_id: str, coordinator: bool) -> None:
        self.person = person
        self.slack_id = slack_id
        self.coordinator = coordinator

    @property
    def person_id(self) -> int | None:
        return self.person.id if self.person else None


def who(
    *,
    session: Session,
    workspace_id: str,
    slack_id: str,
    directory: Directory,
    settings: Settings,
    programme_id: int | None = None,
) -> Who:
    """Identify the caller and their role (in the programme, when given) in one go."""
    person = identify(
        session=session, workspace_id=workspace_id, slack_id=slack_id, directory=directory
    )
    coordinator = is_coordinator(
        person, slack_id, settings, session=session, programme_id=programme_id
    )
    return Who(person, slack_id, coordinator)


def action_and_caller(
    *,
    session: Session,
    workspace_id: str,
    code: str,
    slack_id: str,
    directory: Directory,
    settings: Settings,
    programme_id: int | None = None,
) -> tuple[Programme, Action, Who]:
    """The programme and action a request names, and who asks (their role in that programme):
    the first step of every workflow that changes an action."""
    programme = current_programme(
        session=session, workspace_id=workspace_id, programme_id=programme_id
    )
    action = get_action(session=session, programme=programme, code=code)
    caller = who(
        session=session,
        workspace_id=workspace_id,
        slack_id=slack_id,
        directory=directory,
        settings=settings,
        programme_id=programme.id,
    )
    return programme, action, caller


def coordinator_slack_ids(
    *, session: Session, settings: Settings, workspace_id: str, programme_id: int | None = None
) -> list[str]:
    """Everyone who should hear about a coordinator matter of the workspace (of the programme,
    when given): the configured ids first (they coordinate every programme), then the
    workspace's marked people who coordinate it, in the order they were added."""
    marked_people = session.exec(
        select(Person)
        .where(
            Person.workspace_id == workspace_id,
            col(Person.is_coordinator).is_(True),
            col(Person.slack_id).is_not(None),
        )
        .order_by(col(Person.id))
    ).all()
    marked = [
        p.slack_id
        for p in marked_people
        if programme_id is None
        or is_coordinator(p, "", settings, session=session, programme_id=programme_id)
    ]
    ids = list(settings.coordinators)
    ids += [s for s in marked if s and s not in ids]
    return ids
