"""A person's own actions (as owner or deputy) and whether this round's update is in."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import case
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, or_, select

from storage.models import Action, ActionDeputy, Programme
from workflows.ports.directory import Directory
from workflows.programme.callers import Who, is_coordinator
from workflows.programme.callers import who as identify_who
from workflows.programme.overview import (
    ActionRow,
    Overview,
    RoundState,
    action_row_columns,
    programme_overview,
    round_state,
)
from workflows.programme.programmes import ProgrammeRef, list_programmes, programmes_of
from workflows.programme.queries import current_programme, only_programme
from workflows.programme.statuses import CLOSED_STATUSES, Status
from workflows.runtime.database import transaction
from workflows.settings import Settings


@dataclass(frozen=True)
class MyAction:
    code: str
    title: str
    status: Status
    role: str  # "owner" | "deputy"
    status_text: str
    updated: bool | None  # in this round; None when no round is open
    programme_id: int | None = None

    @property
    def needs_update(self) -> bool:
        return self.updated is False and self.status not in CLOSED_STATUSES


@dataclass(frozen=True)
class MyActions:
    name: str | None  # for showing only; may be None for a person known by Slack id alone
    coordinator: bool
    round: RoundState | None
    actions: list[MyAction]
    # The caller is in several programmes: one group per programme (``actions`` holds all)
    groups: tuple[MyActions, ...] = ()
    programme: ProgrammeRef | None = None  # the programme of a group
    known: bool = True  # False: the caller is not in the programme

    @property
    def missing(self) -> int:
        return sum(1 for a in self.actions if a.needs_update)


def my_actions(
    *,
    engine: Engine,
    workspace_id: str,
    directory: Directory,
    settings: Settings,
    slack_id: str,
    now: datetime,
    programme_id: int | None = None,
) -> MyActions:
    """The caller's actions in programme order, owned ones and deputised ones. Without
    ``programme_id`` in a database with several programmes: every programme the caller is in,
    grouped by programme."""
    with transaction(engine) as session:
        programme = _the_programme(session, workspace_id, programme_id)
        if programme is not None:
            caller = identify_who(
                session=session,
                workspace_id=workspace_id,
                slack_id=slack_id,
                directory=directory,
                settings=settings,
                programme_id=programme.id,
            )
            return _mine_in(session, programme, caller, settings, now, several=False)
        caller = identify_who(
            session=session,
            workspace_id=workspace_id,
            slack_id=slack_id,
            directory=directory,
            settings=settings,
        )
        if caller.person is None:
            return MyActions(None, caller.coordinator, None, [], known=False)
        groups = []
        for ref in programmes_of(session=session, person=caller.person):
            programme = current_programme(
                session=session, workspace_id=workspace_id, programme_id=ref.id
            )
            group = _mine_in(session, programme, caller, settings, now, several=True)
            groups.append(replace(group, programme=ref))
        actions = [a for g in groups for a in g.actions]
        return MyActions(caller.person.name, caller.coordinator, None, actions, tuple(groups))


def _the_programme(
    session: Session, workspace_id: str, programme_id: int | None
) -> Programme | None:
    """The programme meant: ``programme_id``'s, else the workspace's only one; None when the
    workspace has several (each of the caller's counts). One query either way."""
    if programme_id is not None:
        return current_programme(
            session=session, workspace_id=workspace_id, programme_id=programme_id
        )
    return only_programme(session=session, workspace_id=workspace_id)


def _mine_in(
    session: Session,
    programme: Programme,
    caller: Who,
    settings: Settings,
    now: datetime,
    *,
    several: bool,
) -> MyActions:
    """The caller's actions in one programme (``several``: each names its programme, so that
    the buttons of ``1.1`` in two programmes stay apart)."""
    if caller.person is None:
        state = round_state(session=session, programme=programme, now=now, tz=settings.timezone)
        progress = state.progress if state else None
        return MyActions(None, caller.coordinator, progress, [], known=False)
    pid = caller.person.id
    deputising = select(ActionDeputy.action_id).where(ActionDeputy.person_id == pid)
    theirs = or_(col(Action.owner_id) == pid, col(Action.id).in_(deputising))
    # One query for the round's counts (every action's id and status) and the caller's own
    # actions (the rest of their columns), as plain rows, without the ORM's per-row work.
    stmt = (
        sa_select(
            *action_row_columns(),
            case((theirs, col(Action.status_text)), else_=None),
            theirs,
        )
        .where(col(Action.programme_id) == programme.id)
        .order_by(col(Action.position), col(Action.id))
    )
    rows: list[Any] = list(session.connection().execute(stmt).all())
    every = [ActionRow.of(r) for r in rows]
    state = round_state(
        session=session, programme=programme, now=now, tz=settings.timezone, all_actions=every
    )
    progress = state.progress if state else None
    done = state.updated if state else None
    mine = [
        MyAction(
            code=code,
            title=title,
            status=status,
            role="owner" if owner_id == pid else "deputy",
            status_text=status_text or "",
            updated=(action_id in done) if done is not None else None,
            programme_id=programme.id if several else None,
        )
        for action_id, _theme, status, owner_id, code, title, status_text, is_theirs in rows
        if is_theirs
    ]
    return MyActions(caller.person.name, caller.coordinator, progress, mine)


def home_data(
    *,
    engine: Engine,
    directory: Directory,
    settings: Settings,
    workspace_id: str,
    slack_id: str,
    now: datetime,
) -> tuple[MyActions, list[Overview]]:
    """What the App Home shows: the caller's actions (grouped by programme when they are in
    several), and the overview of every programme of the workspace the caller coordinates,
    one per programme."""
    mine = my_actions(
        engine=engine,
        directory=directory,
        settings=settings,
        workspace_id=workspace_id,
        slack_id=slack_id,
        now=now,
    )
    if not mine.coordinator:
        return mine, []
    with transaction(engine) as session:
        everything = list_programmes(session=session, workspace_id=workspace_id)
        if len(everything) <= 1:
            coordinated = everything
        else:
            caller = identify_who(
                session=session,
                workspace_id=workspace_id,
                slack_id=slack_id,
                directory=directory,
                settings=settings,
            )
            coordinated = [
                p
                for p in everything
                if is_coordinator(
                    caller.person, slack_id, settings, session=session, programme_id=p.id
                )
            ]
    overviews = [
        programme_overview(
            engine=engine,
            directory=directory,
            workspace_id=workspace_id,
            tz=settings.timezone,
            now=now,
            programme_id=p.id if len(everything) > 1 else None,
        )
        for p in coordinated
    ]
    return mine, overviews
