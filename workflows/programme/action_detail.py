"""Everything about one action: people, planning, target, status and its update history;
and finding an action by its code or the words of its title."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, func, select

from storage.models import Action, Person, Programme, Round, StatusUpdate, Theme
from workflows import messages
from workflows.dates.dutch import fold
from workflows.dates.halfyear import HalfYear
from workflows.errors import NotFound
from workflows.programme.columns import ACTION_COLUMNS
from workflows.programme.planning import Phase
from workflows.programme.queries import actions, current_programme, deputies, get_action
from workflows.programme.statuses import OPEN_STATUSES, Status
from workflows.runtime.database import transaction
from workflows.settings import DEFAULT_ZONE
from workflows.updates.history import history
from workflows.updates.rounds import is_late

HISTORY_SHOWN = 5


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    author: str | None
    status: Status
    text: str
    realised_quantity: float | None
    bottlenecks: str | None
    help_needed: bool
    carried_over: bool
    source: str
    reason: str | None = None  # why the status changed
    late: bool = False  # given for its round after the round's deadline ("na de deadline")


@dataclass(frozen=True)
class ActionDetail:
    code: str
    title: str
    theme: str
    description: str
    steps: list[str]
    owner: str | None
    deputies: list[str]
    partners: list[str]
    planning: list[tuple[HalfYear, Phase | None]]  # every half-year from first to last planned
    target: str | None
    deadline: HalfYear | None
    continuous: bool  # "doorlopend": runs on instead of ending by a deadline
    # False while only an import gave the stand van zaken (a baseline, not an update)
    status_known: bool
    status: Status
    status_text: str
    history: list[HistoryEntry]  # newest first, at most HISTORY_SHOWN
    history_total: int
    # the plain fields ActionDetail does not carry by name: (column header, text), filled ones
    extra: list[tuple[str, str]]

    @property
    def latest(self) -> HistoryEntry | None:
        return self.history[0] if self.history else None


def planning_line(planning: dict[str, str]) -> list[tuple[HalfYear, Phase | None]]:
    """The planned half-years as one line, gaps included, so the view can draw a grid."""
    if not planning:
        return []
    halves = sorted(HalfYear.from_code(code) for code in planning)
    return [
        (half, Phase(planning[half.code]) if half.code in planning else None)
        for half in HalfYear.span(halves[0], halves[-1])
    ]


def _extra(action: Action) -> list[tuple[str, str]]:
    """Plain fields the view has no place of its own for, under their column's header."""
    named = {f.name for f in fields(ActionDetail)}
    shown = (
        (column.header, codec.show(getattr(action, column.key)))
        for column, codec in ACTION_COLUMNS.plain_fields
        if column.key not in named
    )
    return [(label, text) for label, text in shown if text]


@dataclass(frozen=True)
class ActionMatch:
    """One of several actions whose title matches what was asked for."""

    code: str
    title: str


def titled(*, session: Session, programme: Programme, text: str) -> list[Action]:
    """The actions whose title holds every word of ``text`` (case and accents ignored), in
    programme order."""
    words = fold(text).split()
    if not words:
        return []
    return [
        a
        for a in actions(session=session, programme=programme)
        if all(word in fold(a.title) for word in words)
    ]


def find_action(
    *,
    engine: Engine,
    workspace_id: str,
    text: str,
    history_limit: int = HISTORY_SHOWN,
    programme_id: int | None = None,
    tz: ZoneInfo = DEFAULT_ZONE,
) -> ActionDetail | list[ActionMatch]:
    """The action ``text`` names: by code (``2.4``; words after the code are ignored) or by
    words of its title (``housing first``). One action: its detail; several titles match: the
    matches, in programme order. Nothing matches: NotFound, with the closest code when the
    text starts like a code."""
    first = text.split()[0] if text.split() else text
    with transaction(engine) as session:
        programme = current_programme(
            session=session, workspace_id=workspace_id, programme_id=programme_id
        )
        try:
            action = get_action(session=session, programme=programme, code=first)
        except NotFound as no_code:
            matches = titled(session=session, programme=programme, text=text)
            if not matches:
                if any(ch.isdigit() for ch in first):
                    raise
                raise NotFound(
                    messages.ACTION_NOT_FOUND_TITLE.format(text=text.strip())
                ) from no_code
            if len(matches) > 1:
                return [ActionMatch(code=a.code, title=a.title) for a in matches]
            action = matches[0]
        return _detail(session, action, history_limit, tz)


def _detail(session: Session, action: Action, history_limit: int, tz: ZoneInfo) -> ActionDetail:
    theme = session.get(Theme, action.theme_id)
    owner = session.get(Person, action.owner_id) if action.owner_id else None
    entries = history(session=session, action=action, limit=history_limit)
    authors = {
        p.id: p.name or p.email
        for p in session.exec(
            select(Person).where(col(Person.id).in_({e.author_id for e in entries}))
        ).all()
    }
    rounds = {
        r.id: r
        for r in session.exec(
            select(Round).where(col(Round.id).in_({e.round_id for e in entries}))
        ).all()
    }
    total = session.exec(
        select(func.count()).select_from(StatusUpdate).where(StatusUpdate.action_id == action.id)
    ).one()
    return ActionDetail(
        code=action.code,
        title=action.title,
        theme=f"{theme.number}. {theme.title}" if theme else "",
        description=action.description,
        steps=list(action.steps or []),
        owner=(owner.name or owner.email) if owner else None,
        deputies=[p.name or p.email or "?" for p in deputies(session=session, action=action)],
        partners=list(action.partners or []),
        planning=planning_line(action.planning or {}),
        target=action.target_text,
        deadline=HalfYear.from_code(action.deadline) if action.deadline else None,
        continuous=action.continuous,
        status=action.status,
        status_text=action.status_text,
        history=[
            HistoryEntry(
                at=e.created_at,
                author=authors.get(e.author_id) if e.author_id else None,
                status=e.status,
                text=e.text,
                realised_quantity=e.realised_quantity,
                bottlenecks=e.bottlenecks,
                help_needed=e.help_needed,
                carried_over=e.carried_over,
                source=e.source,
                reason=e.reason,
                late=e.round_id in rounds and is_late(e.created_at, rounds[e.round_id], tz),
            )
            for e in entries
        ],
        history_total=total,
        status_known=session.exec(
            select(func.count())
            .select_from(StatusUpdate)
            .where(StatusUpdate.action_id == action.id, StatusUpdate.source != "import")
        ).one()
        > 0
        or action.status not in OPEN_STATUSES,
        extra=_extra(action),
    )
