"""Looking after the programmes of a workspace (``woonzorg programma ... --werkruimte``): list
them, rename one, give one its own digest channel, and delete one with everything in it. Every
function sees and changes only the programmes of the workspace it is given.

The slug never changes: channel links, ``--programma`` in scripts and cron lines keep working
after a rename. Deleting takes the programme's actions, history, rounds, indicators, report
texts and sections, spending, channel links and coordinator roles, in one transaction; the
people stay (they may be in other programmes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from storage.models import (
    Action,
    ActionChange,
    ActionDeputy,
    ChannelLink,
    Indicator,
    Measurement,
    Notification,
    Person,
    Programme,
    ProgrammeCoordinator,
    ReportSection,
    ReportText,
    Round,
    Spending,
    StatusUpdate,
    Theme,
)
from workflows import messages
from workflows.dates import HalfYear
from workflows.errors import Conflict, ParseError
from workflows.programme.programmes import programme_by_slug
from workflows.runtime.database import transaction

NAME_LIMIT = 300  # Programme.name
CHANNEL_LIMIT = 40  # Programme.digest_channel


@dataclass(frozen=True)
class ProgrammeInfo:
    """One line of ``woonzorg programma lijst``, and what ``verwijder`` would take away."""

    slug: str
    name: str
    actions: int
    updates: int
    open_rounds: tuple[str, ...]  # half-year labels of rounds still open
    digest_channel: str | None


def _info(session: Session, programme: Programme) -> ProgrammeInfo:
    action_ids = select(Action.id).where(Action.programme_id == programme.id)
    actions = session.exec(
        select(func.count()).select_from(Action).where(Action.programme_id == programme.id)
    ).one()
    updates = session.exec(
        select(func.count())
        .select_from(StatusUpdate)
        .where(col(StatusUpdate.action_id).in_(action_ids))
    ).one()
    open_rounds = session.exec(
        select(Round.half_year)
        .where(Round.programme_id == programme.id, col(Round.closed_at).is_(None))
        .order_by(col(Round.half_year))
    ).all()
    return ProgrammeInfo(
        slug=programme.slug,
        name=programme.name,
        actions=int(actions),
        updates=int(updates),
        open_rounds=tuple(HalfYear.from_code(h).label for h in open_rounds),
        digest_channel=programme.digest_channel,
    )


def programme_list(engine: Engine, workspace_id: str) -> list[ProgrammeInfo]:
    """Every programme of the workspace, in the order they were made."""
    with transaction(engine) as session:
        programmes = session.exec(
            select(Programme)
            .where(Programme.workspace_id == workspace_id)
            .order_by(col(Programme.id))
        ).all()
        return [_info(session, p) for p in programmes]


def rename_programme(
    engine: Engine, workspace_id: str, slug: str, name: str
) -> tuple[str, ProgrammeInfo]:
    """Give the workspace's programme a new name (its slug stays; no other programme of the
    workspace may have it); returns (old name, the programme)."""
    name = " ".join(name.split())
    if not name:
        raise ParseError(messages.PROGRAMME_NAME_EMPTY)
    if len(name) > NAME_LIMIT:
        raise ParseError(messages.PROGRAMME_NAME_TOO_LONG.format(max=NAME_LIMIT))
    with transaction(engine) as session:
        programme = programme_by_slug(session=session, workspace_id=workspace_id, slug=slug)
        others = session.exec(
            select(Programme).where(
                Programme.workspace_id == workspace_id, Programme.id != programme.id
            )
        ).all()
        for other in others:
            if other.name.casefold() == name.casefold():
                raise Conflict(messages.PROGRAMME_NAME_TAKEN.format(name=name, slug=other.slug))
        old = programme.name
        programme.name = name
        session.add(programme)
        session.flush()
        return old, _info(session, programme)


def set_digest_channel(
    engine: Engine, workspace_id: str, slug: str, channel: str | None
) -> ProgrammeInfo:
    """The channel for this workspace programme's weekly digest (None: the configured one)."""
    channel = (channel or "").strip() or None
    if channel is not None and (len(channel) > CHANNEL_LIMIT or any(c.isspace() for c in channel)):
        raise ParseError(messages.PROGRAMME_BAD_CHANNEL.format(channel=channel))
    with transaction(engine) as session:
        programme = programme_by_slug(session=session, workspace_id=workspace_id, slug=slug)
        programme.digest_channel = channel
        session.add(programme)
        session.flush()
        return _info(session, programme)


class DeleteRefused(Conflict):
    """The programme was not deleted (an open round without --ja, or the answer was no)."""


def delete_programme(
    engine: Engine,
    workspace_id: str,
    slug: str,
    *,
    force: bool = False,
    confirm: Callable[[ProgrammeInfo], bool] | None = None,
) -> ProgrammeInfo:
    """Delete the workspace's programme and everything in it. A programme with an open round
    is refused unless ``force``; otherwise ``confirm(info)`` decides (no ``confirm``: refused,
    unless ``force``). Returns what was deleted."""
    with transaction(engine) as session:
        programme = programme_by_slug(session=session, workspace_id=workspace_id, slug=slug)
        info = _info(session, programme)
        if info.open_rounds and not force:
            raise DeleteRefused(
                messages.PROGRAMME_DELETE_OPEN_ROUND.format(
                    slug=info.slug, rounds=", ".join(info.open_rounds)
                )
            )
        if not force and (confirm is None or not confirm(info)):
            raise DeleteRefused(messages.PROGRAMME_DELETE_NOT_CONFIRMED.format(slug=info.slug))
        _delete_everything(session, programme)
        return info


def _delete_everything(session: Session, programme: Programme) -> None:
    pid = programme.id
    # Someone who coordinated only this programme is no coordinator afterwards (without any
    # programme row, a marked person would coordinate every programme).
    for person in session.exec(
        select(Person).join(ProgrammeCoordinator).where(ProgrammeCoordinator.programme_id == pid)
    ).all():
        elsewhere = session.exec(
            select(ProgrammeCoordinator).where(
                ProgrammeCoordinator.person_id == person.id,
                ProgrammeCoordinator.programme_id != pid,
            )
        ).first()
        if elsewhere is None:
            person.is_coordinator = False
            session.add(person)
    session.flush()
    actions = select(Action.id).where(Action.programme_id == pid)
    rounds = select(Round.id).where(Round.programme_id == pid)
    indicators = select(Indicator.id).where(Indicator.programme_id == pid)
    digest_prefix = (
        f"digest:{programme.workspace_id}:{programme.slug}:"
        if programme.workspace_id
        else f"digest:{programme.slug}:"
    )
    for statement in (
        delete(Notification).where(col(Notification.round_id).in_(rounds)),
        # its weekly digests, claimed per week under the programme's slug (and workspace)
        delete(Notification).where(col(Notification.key).startswith(digest_prefix)),
        delete(Notification).where(col(Notification.key).startswith(f"digest:manual:{pid}:")),
        # report texts point at updates: they go first
        delete(ReportText).where(col(ReportText.action_id).in_(actions)),
        delete(Spending).where(col(Spending.action_id).in_(actions)),
        delete(StatusUpdate).where(col(StatusUpdate.action_id).in_(actions)),
        delete(ActionChange).where(col(ActionChange.action_id).in_(actions)),
        delete(ActionDeputy).where(col(ActionDeputy.action_id).in_(actions)),
        delete(ReportSection).where(col(ReportSection.programme_id) == pid),
        delete(Measurement).where(col(Measurement.indicator_id).in_(indicators)),
        delete(Action).where(col(Action.programme_id) == pid),
        delete(Theme).where(col(Theme.programme_id) == pid),
        delete(Round).where(col(Round.programme_id) == pid),
        delete(Indicator).where(col(Indicator.programme_id) == pid),
        delete(ChannelLink).where(col(ChannelLink.programme_id) == pid),
        delete(ProgrammeCoordinator).where(col(ProgrammeCoordinator.programme_id) == pid),
        delete(Programme).where(col(Programme.id) == pid),
    ):
        session.execute(statement.execution_options(synchronize_session=False))
