"""Several programmes in one database: finding one by slug, which one a request means, the
channels linked to one, and a programme's period.

A request names its programme once (bot/core.py, the CLI's ``--programma``) and passes the id
down; ``queries.current_programme`` falls back to the only programme when none is named.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from storage.models import (
    Action,
    ActionDeputy,
    ChannelLink,
    Person,
    Programme,
    ProgrammeCoordinator,
    slug_for,
)
from workflows import messages
from workflows.dates import HalfYear
from workflows.errors import NotFound, PermissionDenied
from workflows.ports.directory import Directory
from workflows.programme.callers import identify, is_coordinator
from workflows.runtime.database import transaction
from workflows.settings import Settings

__all__ = [
    "ProgrammeRef",
    "link_channel",
    "list_programmes",
    "programme_by_slug",
    "programme_id_for",
    "programme_label",
    "programme_period",
    "programmes_of",
    "resolve_programme",
    "slug_for",
    "unique_slug",
]


@dataclass(frozen=True)
class ProgrammeRef:
    id: int
    slug: str
    name: str


def _ref(programme: Programme) -> ProgrammeRef:
    assert programme.id is not None
    return ProgrammeRef(programme.id, programme.slug, programme.name)


def list_programmes(*, session: Session, workspace_id: str) -> list[ProgrammeRef]:
    """The workspace's programmes, oldest first."""
    stmt = select(Programme).where(Programme.workspace_id == workspace_id)
    rows = session.exec(stmt.order_by(col(Programme.id))).all()
    return [_ref(p) for p in rows]


def programme_by_slug(*, session: Session, workspace_id: str, slug: str) -> Programme:
    """The workspace's programme with this slug; NotFound (in Dutch) lists the ones there are."""
    found = session.exec(
        select(Programme).where(
            Programme.workspace_id == workspace_id, Programme.slug == slug.strip().lower()
        )
    ).first()
    if found is None:
        refs = list_programmes(session=session, workspace_id=workspace_id)
        slugs = ", ".join(f"`{p.slug}`" for p in refs) or "-"
        raise NotFound(messages.PROGRAMME_NOT_FOUND.format(slug=slug.strip(), slugs=slugs))
    return found


def unique_slug(*, session: Session, workspace_id: str, name: str) -> str:
    """A slug made from ``name`` that no programme of the workspace has yet (``-2``, ``-3``...
    when taken)."""
    base = slug_for(name)
    taken = set(
        session.exec(select(Programme.slug).where(Programme.workspace_id == workspace_id)).all()
    )
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def programmes_of(*, session: Session, person: Person | None) -> list[ProgrammeRef]:
    """The programmes of the person's workspace in which they own or deputise an action, or
    coordinate."""
    if person is None or person.id is None:
        return []
    ids: set[int] = set(
        session.exec(select(Action.programme_id).where(Action.owner_id == person.id)).all()
    )
    ids |= set(
        session.exec(
            select(Action.programme_id)
            .join(ActionDeputy, col(ActionDeputy.action_id) == col(Action.id))
            .where(ActionDeputy.person_id == person.id)
        ).all()
    )
    ids |= set(
        session.exec(
            select(ProgrammeCoordinator.programme_id).where(
                ProgrammeCoordinator.person_id == person.id
            )
        ).all()
    )
    refs = list_programmes(session=session, workspace_id=person.workspace_id)
    return [p for p in refs if p.id in ids]


@dataclass(frozen=True)
class Resolution:
    """Which programme a command means: ``programme`` (None: ask with ``choices``), and
    whether its first word was the programme's slug (then the command is the rest)."""

    programme: ProgrammeRef | None
    choices: list[ProgrammeRef]
    word_used: bool = False


def resolve_programme(
    *,
    engine: Engine,
    directory: Directory,
    workspace_id: str,
    slack_id: str,
    channel_id: str | None,
    first_word: str = "",
) -> Resolution:
    """Among the workspace's programmes: an explicit slug as the first word, else the
    channel's linked programme, else the only programme, else the caller's only programme;
    otherwise the caller is asked (``choices``)."""
    with transaction(engine) as session:
        everything = list_programmes(session=session, workspace_id=workspace_id)
        by_slug = {p.slug: p for p in everything}
        if first_word and first_word.lower() in by_slug:
            return Resolution(by_slug[first_word.lower()], everything, word_used=True)
        if len(everything) <= 1:
            # One programme (or none yet): nothing to choose; the workflows take the only one.
            return Resolution(None, everything)
        if channel_id:
            link = session.get(ChannelLink, (workspace_id, channel_id))
            if link is not None:
                linked = [p for p in everything if p.id == link.programme_id]
                if linked:
                    return Resolution(linked[0], everything)
        person = identify(
            session=session, workspace_id=workspace_id, slack_id=slack_id, directory=directory
        )
        mine = programmes_of(session=session, person=person)
        if len(mine) == 1:
            return Resolution(mine[0], everything)
        return Resolution(None, everything)


def link_channel(
    *,
    engine: Engine,
    directory: Directory,
    settings: Settings,
    workspace_id: str,
    slack_id: str,
    channel_id: str | None,
    slug: str,
) -> ProgrammeRef:
    """``/woonzorg koppel SLUG``: commands typed in this channel then mean that programme."""
    if not channel_id:
        raise NotFound(messages.LINK_NOT_IN_CHANNEL)
    with transaction(engine) as session:
        programme = programme_by_slug(session=session, workspace_id=workspace_id, slug=slug)
        person = identify(
            session=session, workspace_id=workspace_id, slack_id=slack_id, directory=directory
        )
        if not is_coordinator(
            person, slack_id, settings, session=session, programme_id=programme.id
        ):
            raise PermissionDenied(messages.ONLY_COORDINATORS_LINK)
        link = session.get(ChannelLink, (workspace_id, channel_id))
        if link is None:
            link = ChannelLink(
                workspace_id=workspace_id, channel_id=channel_id, programme_id=programme.id or 0
            )
        link.programme_id = programme.id or 0
        session.add(link)
        return _ref(programme)


def programme_label(*, session: Session, programme_id: int | None) -> str | None:
    """The programme's name where a message must say which programme it is about (its
    workspace holds several), else None. One query: every reminder re-drawn after a button
    press asks this."""
    if programme_id is None:
        return None
    other = aliased(Programme)
    in_workspace = (
        select(func.count(col(other.id)))
        .where(col(other.workspace_id) == col(Programme.workspace_id))
        .scalar_subquery()
    )
    found = session.exec(
        select(Programme.name, in_workspace).where(Programme.id == programme_id)
    ).first()
    if found is None or found[1] < 2:
        return None
    return found[0]


def programme_period(*, session: Session, programme: Programme) -> tuple[HalfYear, HalfYear] | None:
    """First and last half-year of the programme's planning (the export's half-year columns
    span the same: workflows/exporting/tables.py)."""
    plannings = session.exec(
        select(Action.planning).where(Action.programme_id == programme.id)
    ).all()
    codes: set[str] = set()
    for planning in plannings:
        codes.update(planning or {})
    halves = sorted(HalfYear.from_code(c) for c in codes)
    if not halves:
        return None
    return halves[0], halves[-1]


def programme_id_for(engine: Engine, slug: str | None, workspace_id: str = "") -> int | None:
    """The CLI's ``--programma SLUG`` (of ``--werkruimte``, default the single-token
    workspace) as an id (None without it: the workspace's only programme)."""
    if not slug:
        return None
    with transaction(engine) as session:
        return programme_by_slug(session=session, workspace_id=workspace_id, slug=slug).id
