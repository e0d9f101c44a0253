"""Where the programme stands: per actielijn the counts per status, this round's updates
received and missing, and the owners who are late. Filters, combinable: one actielijn, one or
more statuses, the actions whose update for this round is missing, one person (owner or
deputy)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select as sa_select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from storage.models import Action, ActionDeputy, Person, Programme, Round
from workflows import messages
from workflows.dates.halfyear import HalfYear
from workflows.errors import NotFound, ParseError
from workflows.ports.directory import Directory
from workflows.programme.mentions import find_person, looks_like_person
from workflows.programme.queries import current_programme, themes
from workflows.programme.queries import people as workspace_people
from workflows.programme.statuses import Status
from workflows.runtime.database import transaction
from workflows.updates.rounds import count_round, expects_update, open_round, updated_action_ids


@dataclass(frozen=True)
class RoundState:
    """This round's progress, as far as the overview shows it."""

    half_year: HalfYear
    deadline: date
    received: int  # see workflows.updates.rounds.RoundCounts: one definition everywhere
    expected: int
    days_left: int  # negative once the deadline has passed

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class CurrentRound:
    """The open round as ``round_state`` finds it: the row, its progress, and the ids of the
    actions updated in it. Named fields, so that readers say ``.progress`` and ``.updated``
    rather than counting positions in a tuple."""

    round: Round
    progress: RoundState
    updated: frozenset[int]


@dataclass(frozen=True)
class ActionLine:
    code: str
    title: str
    status: Status
    owner: str | None
    updated: bool | None  # this round; None when no round is open


@dataclass
class ThemeSummary:
    number: str
    title: str
    counts: Counter[Status] = field(default_factory=Counter)
    received: int = 0
    missing: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Filter:
    theme: str | None = None
    statuses: tuple[Status, ...] = ()  # any of these
    person: str | None = None  # the person's name, once resolved
    missing: bool = False  # only actions whose update for this round is missing

    @property
    def active(self) -> bool:
        return bool(self.theme or self.statuses or self.person or self.missing)


@dataclass(frozen=True)
class FilterRequest:
    """The filter as typed, before the actielijn and the person are looked up."""

    theme: str | None = None  # its number
    statuses: tuple[Status, ...] = ()
    person: str | None = None  # the text naming them
    missing: bool = False


@dataclass
class Overview:
    programme: str
    themes: list[ThemeSummary]
    totals: Counter[Status]
    round: RoundState | None
    late_owners: list[tuple[str, list[str]]]  # (name, codes), only once the deadline passed
    filter: Filter = field(default_factory=Filter)
    lines: list[ActionLine] = field(default_factory=list)  # the actions matching a filter


@dataclass(frozen=True)
class ActionRow:
    """The few columns the overview needs (loading whole Actions is the slow part at 2,000)."""

    id: int
    theme_id: int
    status: Status
    owner_id: int | None
    code: str
    title: str

    @classmethod
    def of(cls, row: Sequence[Any]) -> ActionRow:
        """From a row that starts with ``action_row_columns()``."""
        return cls(row[0] or 0, row[1], row[2], row[3], row[4], row[5])


def action_row_columns() -> tuple[Any, ...]:
    """The columns of an ``ActionRow``, in its order (``ActionRow.of`` reads them back)."""
    return (
        col(Action.id),
        col(Action.theme_id),
        col(Action.status),
        col(Action.owner_id),
        col(Action.code),
        col(Action.title),
    )


def action_rows(*, session: Session, programme: Programme) -> list[ActionRow]:
    """The programme's actions in programme order, only the columns the overview counts with."""
    stmt = (
        sa_select(*action_row_columns())
        .where(col(Action.programme_id) == programme.id)
        .order_by(col(Action.position), col(Action.id))
    )
    rows = session.connection().execute(stmt).all()
    return [ActionRow.of(r) for r in rows]


def round_state(
    *,
    session: Session,
    programme: Programme,
    now: datetime,
    tz: ZoneInfo,
    all_actions: Sequence[ActionRow] | None = None,
) -> CurrentRound | None:
    """The open round, its progress and the ids of actions updated in it (None: no open
    round)."""
    current = open_round(session=session, programme=programme)
    if current is None:
        return None
    done = updated_action_ids(session=session, round_=current)
    if all_actions is None:
        # Only ids and statuses, as plain rows: loading every Action in full is the slow part
        # on big programmes, and the ORM's row handling the slow part of what is left.
        stmt = sa_select(col(Action.id), col(Action.status)).where(
            col(Action.programme_id) == programme.id
        )
        rows = session.connection().execute(stmt).all()
        counts = count_round(((i or 0, status) for i, status in rows), done)
    else:
        counts = count_round(((a.id, a.status) for a in all_actions), done)
    today = now.astimezone(tz).date()
    progress = RoundState(
        half_year=HalfYear.from_code(current.half_year),
        deadline=current.deadline,
        received=counts.received,
        expected=counts.expected,
        days_left=(current.deadline - today).days,
    )
    return CurrentRound(round=current, progress=progress, updated=frozenset(done))


_TOKEN = re.compile(r"<[^<>]*>|\S+")  # a Slack mention stays one token
_THEME_WORDS = ("actielijn", "speerpunt", "thema")
_MISSING_WORDS = ("ontbreekt", "ontbreken", "ontbrekend", "missing")


def _status_at(tokens: list[str], i: int) -> tuple[Status, int] | None:
    """The status spelled by the longest run (up to three words) from ``tokens[i]``."""
    for size in (3, 2, 1):
        if i + size <= len(tokens):
            try:
                return Status.parse(" ".join(tokens[i : i + size])), i + size
            except ParseError:
                continue
    return None


def _starts_filter(tokens: list[str], i: int) -> bool:
    word = tokens[i]
    return (
        looks_like_person(word)
        or word.lower() in _THEME_WORDS
        or word.lower() in _MISSING_WORDS
        or re.fullmatch(r"\d+\.?", word) is not None
        or _status_at(tokens, i) is not None
    )


def parse_filter(text: str) -> FilterRequest:
    """``actielijn 2``, statuses, ``ontbreekt`` and ``@persoon``, in any order; an actielijn and
    a person at most once, statuses as many as wanted (an action matches any of them)."""
    tokens = _TOKEN.findall(text)
    found: dict[str, str] = {}
    statuses: list[Status] = []
    missing = False
    i = 0
    while i < len(tokens):
        word = tokens[i]
        kind: str
        value: str
        if looks_like_person(word):
            end = i + 1
            if word.startswith("@"):  # "@Anna Jansen": the name runs on to the next filter
                while end < len(tokens) and not _starts_filter(tokens, end):
                    end += 1
            kind, value, i = "person", " ".join(tokens[i:end]), end
        elif word.lower() in _THEME_WORDS:
            if i + 1 >= len(tokens):
                raise ParseError(messages.OVERVIEW_BAD_FILTER.format(text=word))
            kind, value, i = "theme", tokens[i + 1].rstrip("."), i + 2
        elif re.fullmatch(r"\d+\.?", word):
            kind, value, i = "theme", word.rstrip("."), i + 1
        elif word.lower() in _MISSING_WORDS:
            missing, i = True, i + 1
            continue
        elif (status := _status_at(tokens, i)) is not None:
            if status[0] not in statuses:
                statuses.append(status[0])
            i = status[1]
            continue
        else:
            raise ParseError(messages.OVERVIEW_BAD_FILTER.format(text=word))
        if kind in found:
            raise ParseError(messages.OVERVIEW_FILTER_TWICE)
        found[kind] = value
    return FilterRequest(
        theme=found.get("theme"),
        statuses=tuple(statuses),
        person=found.get("person"),
        missing=missing,
    )


def _person_named(session: Session, workspace_id: str, directory: Directory, text: str) -> Person:
    """The person ``@Anna Jansen`` names; when only ``@anna`` of ``@anna paars`` is someone,
    the rest is reported as a filter not understood (rather than as an unknown name)."""
    words = text.split(" ")
    try:
        return find_person(
            session=session, workspace_id=workspace_id, directory=directory, text=text
        )
    except (NotFound, ParseError) as whole:
        for end in range(len(words) - 1, 0, -1):
            try:
                find_person(
                    session=session,
                    workspace_id=workspace_id,
                    directory=directory,
                    text=" ".join(words[:end]),
                )
            except (NotFound, ParseError):
                continue
            raise ParseError(messages.OVERVIEW_BAD_FILTER.format(text=words[end])) from None
        raise whole


def programme_overview(
    *,
    engine: Engine,
    workspace_id: str,
    directory: Directory,
    tz: ZoneInfo,
    now: datetime,
    filter_text: str = "",
    programme_id: int | None = None,
) -> Overview:
    """The overview of the whole programme, or of the part the filter names."""
    request = parse_filter(filter_text)
    theme_no, person_text = request.theme, request.person
    with transaction(engine) as session:
        programme = current_programme(
            session=session, workspace_id=workspace_id, programme_id=programme_id
        )
        all_themes = themes(session=session, programme=programme)
        every_action = action_rows(session=session, programme=programme)
        all_actions = every_action
        people = {p.id: p for p in workspace_people(session=session, workspace_id=workspace_id)}
        theme_title: str | None = None
        person_name: str | None = None
        if theme_no is not None:
            match = [t for t in all_themes if t.number.rstrip(".") == theme_no]
            if not match:
                numbers = ", ".join(t.number for t in all_themes)
                raise NotFound(messages.NO_SUCH_THEME.format(number=theme_no, numbers=numbers))
            all_actions = [a for a in all_actions if a.theme_id == match[0].id]
            theme_title = f"{match[0].number}. {match[0].title}"
        if request.statuses:
            wanted = {s.value for s in request.statuses}
            all_actions = [a for a in all_actions if a.status in wanted]
        if person_text is not None:
            person = _person_named(session, workspace_id, directory, person_text)
            deputising = set(
                session.exec(
                    select(ActionDeputy.action_id).where(ActionDeputy.person_id == person.id)
                ).all()
            )
            all_actions = [a for a in all_actions if a.owner_id == person.id or a.id in deputising]
            person_name = person.name or person.email or "?"
        flt = Filter(
            theme=theme_title,
            statuses=request.statuses,
            person=person_name,
            missing=request.missing,
        )
        state = round_state(
            session=session, programme=programme, now=now, tz=tz, all_actions=every_action
        )
        done = state.updated if state else frozenset()
        if request.missing:  # no open round: nothing is missing
            all_actions = [
                a
                for a in all_actions
                if state and expects_update(a.status, updated=a.id in done) and a.id not in done
            ]
        summaries = {t.id: ThemeSummary(number=t.number, title=t.title) for t in all_themes}
        totals: Counter[Status] = Counter()
        late: dict[int, list[str]] = {}
        for action in all_actions:
            st = action.status
            summary = summaries[action.theme_id]
            summary.counts[st] += 1
            totals[st] += 1
            updated = action.id in done
            if state and expects_update(action.status, updated=updated):
                if updated:
                    summary.received += 1
                else:
                    summary.missing += 1
                    if state.progress.overdue and action.owner_id is not None:
                        late.setdefault(action.owner_id, []).append(action.code)
        lines = []
        if flt.active:
            for action in all_actions:
                owner = people.get(action.owner_id)
                lines.append(
                    ActionLine(
                        code=action.code,
                        title=action.title,
                        status=action.status,
                        owner=owner.name if owner else None,
                        updated=(action.id in done) if state else None,
                    )
                )
        late_owners = sorted(
            ((people[pid].name or people[pid].email or "?", codes) for pid, codes in late.items()),
            key=lambda item: item[0].lower(),
        )
        return Overview(
            programme=programme.name,
            themes=[s for s in summaries.values() if s.total or not flt.active],
            totals=totals,
            round=state.progress if state else None,
            late_owners=late_owners,
            filter=flt,
            lines=lines,
        )
