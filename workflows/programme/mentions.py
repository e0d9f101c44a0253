"""From what a user typed to a Person: a Slack mention, ``@naam`` or an e-mail address.

Slack sends a picked mention as ``<@U123|naam>`` (the slash command escapes it); the console and
people typing by hand send ``@naam``. A mentioned Slack user who is not in the programme yet is
added through the workspace Directory when ``create`` is true.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import Session

from storage.models import Person
from workflows import messages
from workflows.dates.dutch import fold
from workflows.errors import NotFound, ParseError
from workflows.ports.directory import Directory
from workflows.programme.queries import people as workspace_people
from workflows.programme.queries import person_by_email, person_by_slack_id
from workflows.runtime.database import transaction

_SLACK_MENTION = re.compile(r"^<@(?P<id>[UW][A-Z0-9]+)(?:\|(?P<name>[^>]*))?>$")
_NOTE = re.compile(r"\s*\([^)]*\)\s*$")
_EMAIL = re.compile(r"^(?:<mailto:[^|>]+\|)?(?P<email>[^@\s<>|]+@[^@\s<>|]+\.[^@\s<>|]+)>?$")


def looks_like_person(text: str) -> bool:
    """Whether a filter argument names a person rather than a status or actielijn."""
    text = text.strip()
    return bool(text.startswith("@") or _SLACK_MENTION.match(text) or _EMAIL.match(text))


def find_person(
    *, session: Session, workspace_id: str, directory: Directory, text: str, create: bool = False
) -> Person:
    """The workspace's Person meant by ``text``; NotFound (Dutch) when there is none to be had
    (``create``: a Slack user of the workspace who is not in it yet is added to it)."""
    raw = " ".join(text.split())
    ws = workspace_id
    if match := _SLACK_MENTION.match(raw):
        return _by_slack_id(session, ws, directory, match.group("id"), match.group("name"), create)
    if match := _EMAIL.match(raw):
        return _by_email(session, ws, directory, match.group("email").lower(), create)
    name = raw.lstrip("@").strip()
    if not name:
        raise ParseError(messages.NO_PERSON_GIVEN)
    return _by_name(session, ws, name, create)


def _by_slack_id(
    session: Session,
    workspace_id: str,
    directory: Directory,
    slack_id: str,
    shown: str | None,
    create: bool,
) -> Person:
    person = person_by_slack_id(session=session, workspace_id=workspace_id, slack_id=slack_id)
    if person is not None:
        return person
    info = directory.user_info(slack_id)
    if info is None:
        raise NotFound(messages.UNKNOWN_SLACK_USER.format(name=shown or slack_id))
    name, email = info
    if email:
        person = person_by_email(session=session, workspace_id=workspace_id, email=email)
        if person is not None and person.slack_id is None:
            person.slack_id = slack_id  # remember the link for next time
            session.add(person)
            session.flush()
            return person
        if person is not None:
            email = None  # the address is someone else's already; keep the new person reachable
    if not create:
        raise NotFound(messages.PERSON_NOT_IN_PROGRAMME.format(name=name or shown or slack_id))
    person = Person(
        workspace_id=workspace_id,
        name=name or shown,
        email=email.lower() if email else None,
        slack_id=slack_id,
    )
    session.add(person)
    session.flush()
    return person


def _by_email(
    session: Session, workspace_id: str, directory: Directory, email: str, create: bool
) -> Person:
    person = person_by_email(session=session, workspace_id=workspace_id, email=email)
    if person is not None:
        return person
    slack_id = directory.lookup_by_email(email)
    if slack_id is None:
        raise NotFound(messages.UNKNOWN_EMAIL.format(email=email))
    return _by_slack_id(session, workspace_id, directory, slack_id, email, create)


def _plain_name(name: str | None) -> str:
    """Folded, without a note in brackets: "Anna Jansen (demo)" -> "anna jansen"."""
    return fold(_NOTE.sub("", name or ""))


_NAMES_SHOWN = 12  # an unknown name lists the known ones, up to this many


def _known_names(people: list[Person]) -> str:
    names = sorted({p.name or "" for p in people if p.name}, key=str.lower)
    shown = ", ".join(names[:_NAMES_SHOWN])
    if len(names) > _NAMES_SHOWN:
        more = messages.plural(len(names) - _NAMES_SHOWN, *messages.OTHERS)
        return messages.KNOWN_NAMES_MORE.format(names=shown, more=more)
    return shown


def _by_name(session: Session, workspace_id: str, name: str, create: bool) -> Person:
    wanted = _plain_name(name)
    people = [p for p in workspace_people(session=session, workspace_id=workspace_id) if p.name]
    exact = [p for p in people if _plain_name(p.name) == wanted or fold(p.name or "") == wanted]
    found = exact or [p for p in people if _plain_name(p.name).split(" ")[0] == wanted]
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        names = ", ".join(sorted(p.name or "" for p in found))
        raise ParseError(messages.AMBIGUOUS_NAME.format(name=name, names=names))
    if create:  # only then would a Slack mention of them add them
        raise NotFound(messages.UNKNOWN_NAME.format(name=name))
    raise NotFound(messages.UNKNOWN_NAME_LOOKUP.format(name=name, names=_known_names(people)))


@dataclass(frozen=True)
class PersonCard:
    """A person as the terminal console and its directory know them."""

    slack_id: str | None
    name: str
    email: str | None
    coordinator: bool


def _card(person: Person) -> PersonCard:
    return PersonCard(
        slack_id=person.slack_id,
        name=person.name or person.email or person.slack_id or "?",
        email=person.email,
        coordinator=person.is_coordinator,
    )


def everyone(*, engine: Engine, workspace_id: str) -> list[PersonCard]:
    """All people of the workspace, coordinators first, then by name."""
    with transaction(engine) as session:
        people = workspace_people(session=session, workspace_id=workspace_id)
        return sorted((_card(p) for p in people), key=lambda c: (not c.coordinator, c.name.lower()))


def person_card(
    *, engine: Engine, directory: Directory, workspace_id: str, text: str
) -> PersonCard:
    """The person meant by ``@naam``, a mention or an e-mail address (NotFound in Dutch)."""
    with transaction(engine) as session:
        found = find_person(
            session=session, workspace_id=workspace_id, directory=directory, text=text
        )
        return _card(found)
