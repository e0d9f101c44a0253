"""The half-yearly report as pure data: what every writer (.docx, .md, .xlsx) renders.

Built by ``workflows.report.build.build_report`` from the database as it stood at the end of
the half-year, so a report for an earlier half-year can be compiled again with the same result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from workflows import messages
from workflows.dates.halfyear import HalfYear
from workflows.programme.statuses import OPEN_STATUSES, Status
from workflows.updates.rounds import expects_update


@dataclass(frozen=True)
class Owner:
    name: str | None
    email: str | None = None
    slack_id: str | None = None
    organisation: str | None = None  # team or organisation: what the council version shows

    @property
    def display(self) -> str:
        return self.name or self.email or self.slack_id or messages.REPORT_NO_OWNER

    def shown(self, *, names: bool) -> str:
        """The team (council version), or the name with the team (names asked for)."""
        if not names:
            return self.organisation or messages.REPORT_NO_TEAM
        if self.organisation:
            return messages.REPORT_OWNER_WITH_TEAM.format(name=self.display, team=self.organisation)
        return self.display


@dataclass(frozen=True)
class PlanningMove:
    """The planning moved to a later half-year: the last planned half-year, before and after."""

    kind: str  # "planning" (last realisation/planned half-year) or "deadline"
    before: HalfYear | None
    after: HalfYear | None


@dataclass(frozen=True)
class Change:
    """How an action differs from the end of the previous half-year."""

    is_new: bool = False
    cancelled: bool = False  # became cancelled in this half-year
    status_before: Status | None = None  # set only when the status changed
    text_changed: bool = False
    moves: tuple[PlanningMove, ...] = ()


@dataclass(frozen=True)
class ActionRow:
    code: str
    title: str
    owner: Owner | None
    planning: dict[str, str]  # {"2026-H1": "preparation"} as it stood at the half-year's end
    deadline: HalfYear | None
    target_text: str | None
    target_min: float | None
    target_max: float | None
    target_unit: str | None
    realised_quantity: float | None
    status: Status
    status_text: str
    text_date: date | None  # when the shown stand van zaken was given (None: never)
    updated: bool  # an update was given for this half-year
    # False while only an import gave the status (a baseline, no owner's update): unknown
    status_known: bool = True
    text_is_baseline: bool = False  # the shown stand van zaken is the import's
    late: bool = False  # ... but only after the round's deadline ("na de deadline")
    change: Change = field(default_factory=Change)
    partners: tuple[str, ...] = ()
    reason: str | None = None  # knelpunt: why the status is what it is
    correction: str | None = None  # bijsturing
    budget: float | None = None  # EUR, the whole budget
    spent: float | None = None
    budget_years: dict[str, float] = field(default_factory=dict)
    spent_years: dict[str, float] = field(default_factory=dict)
    target_per_year: bool = False
    # the shown text is not approved in the editorial review (an owner's update of this
    # half-year, or a rewrite in a draft): marked "[concept]" in a draft
    text_concept: bool = False
    parent: str | None = None  # "2.4" for 2.4a when 2.4 is in the programme
    children: tuple[str, ...] = ()  # a parent row sums these sub-actions

    @property
    def is_summary(self) -> bool:
        return bool(self.children)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass(frozen=True)
class ThemeSection:
    number: str
    title: str
    actions: tuple[ActionRow, ...]
    intro: str | None = None  # the coordinators' text under the heading (workflows.editorial)

    @property
    def heading(self) -> str:
        if self.number:
            return messages.REPORT_THEME_HEADING.format(number=self.number, title=self.title)
        return messages.REPORT_THEME_HEADING_UNNUMBERED.format(title=self.title)

    def counts(self) -> dict[Status, int]:
        return count_statuses([a for a in self.actions if not a.is_summary])


@dataclass(frozen=True)
class IndicatorRow:
    name: str
    unit: str | None
    baseline: float | None
    baseline_year: int | None
    target_min: float | None
    target_max: float | None
    target_year: int | None
    latest_value: float | None
    latest_date: date | None
    series: tuple[tuple[date, float], ...] = ()  # every measurement up to the cutoff
    stale: bool = False  # the latest measurement is more than a year before the cutoff

    @property
    def reached_lower(self) -> bool | None:
        if self.latest_value is None or self.target_min is None:
            return None
        return self.latest_value >= self.target_min

    @property
    def share_of_upper(self) -> float | None:
        """The latest value as a percentage of the upper bound (the target when no range)."""
        top = self.target_max if self.target_max is not None else self.target_min
        if self.latest_value is None or not top:
            return None
        return self.latest_value / top * 100.0

    @property
    def progress(self) -> float | None:
        """Percentage of the way from the baseline (or zero) to the lower end of the target."""
        if self.latest_value is None or self.target_min is None:
            return None
        start = self.baseline if self.baseline is not None else 0.0
        if self.target_min == start:
            return None
        return (self.latest_value - start) / (self.target_min - start) * 100.0


@dataclass(frozen=True)
class MissingUpdate:
    code: str
    title: str
    owner: Owner | None


@dataclass(frozen=True)
class Report:
    programme: str
    half_year: HalfYear
    compiled_on: date
    compiled_at: datetime  # the moment it was compiled: the document's created/modified
    cutoff: date  # the last day the report covers (the half-year's end)
    grid: tuple[HalfYear, ...]  # the half-years shown in the planning grid
    themes: tuple[ThemeSection, ...]
    indicators: tuple[IndicatorRow, ...]
    missing: tuple[MissingUpdate, ...]
    round_deadline: date | None  # the update round of this half-year, if one was held
    first_report: bool  # nothing existed at the end of the previous half-year
    year: int | None = None  # a yearly report (jaarrapportage): both half-years of this year
    internal: bool = False  # the internal version: names, missing updates, bookkeeping
    draft: bool = False  # a concept: edited texts not yet approved are shown, marked
    names: bool = False  # show owners' names (always in the internal version)
    introduction: str | None = None  # the coordinators' text at the start of the summary

    @property
    def label(self) -> str:
        """What the report covers: ``de 2e helft 2026`` or ``2026``."""
        if self.year is not None:
            return str(self.year)
        return messages.REPORT_HALF_WITH_ARTICLE.format(half=self.half_year.label)

    @property
    def show_names(self) -> bool:
        return self.names or self.internal

    def owner_text(self, owner: Owner | None) -> str:
        if owner is None:
            return messages.REPORT_NO_OWNER
        return owner.shown(names=self.show_names)

    @property
    def counted(self) -> list[ActionRow]:
        """The actions that count: a parent that only sums its sub-actions is not counted."""
        return [a for a in self.actions if not a.is_summary]

    @property
    def previous(self) -> HalfYear:
        if self.year is not None:
            return HalfYear(self.year - 1, 2)
        return self.half_year.previous()

    @property
    def previous_cutoff(self) -> date:
        return self.previous.end

    @property
    def next(self) -> HalfYear:
        return self.half_year.next()

    @property
    def actions(self) -> list[ActionRow]:
        return [a for t in self.themes for a in t.actions]

    @property
    def is_empty(self) -> bool:
        return not any(t.actions for t in self.themes)

    def counts(self) -> dict[Status, int]:
        return count_statuses(self.counted)

    @property
    def unapproved(self) -> list[str]:
        """Codes of the actions whose stand van zaken the editors have not approved yet."""
        return [a.code for a in self.counted if a.text_concept]

    @property
    def unapproved_note(self) -> str | None:
        """For a final report whose texts are not all approved: a warning for whoever made
        it (the command line, Slack's confirmation); None when all are, or in a draft."""
        codes = self.unapproved
        if self.draft or not codes:
            return None
        shown = ", ".join(codes[:12]) + (", ..." if len(codes) > 12 else "")
        return messages.REPORT_UNAPPROVED.format(
            texts=messages.plural(len(codes), *messages.TEXTS),
            is_are=messages.form(len(codes), *messages.IS_ARE),
            codes=shown,
        )

    @property
    def received(self) -> int:
        """Actions with an update for this half-year (the rule of updates.rounds.RoundCounts)."""
        return sum(1 for a in self.actions if a.updated)

    @property
    def expected(self) -> int:
        """Actions an update was expected for: open ones, plus any that got one anyway."""
        return sum(1 for a in self.actions if expects_update(a.status, updated=a.updated))

    @property
    def summary_line(self) -> str:
        """``22 acties, 18 updates ontvangen, 3 vertraagd``."""
        return messages.REPORT_SUMMARY_LINE.format(
            actions=messages.plural(len(self.counted), *messages.ACTIONS),
            received=messages.plural(self.received, *messages.UPDATES),
            delayed=self.counts()[Status.DELAYED],
        )

    # -- changes against the previous half-year -------------------------------------------

    @property
    def status_changes(self) -> list[ActionRow]:
        return [
            a
            for a in self.actions
            if a.change.status_before is not None and not a.change.is_new and not a.change.cancelled
        ]

    @property
    def new_actions(self) -> list[ActionRow]:
        return [a for a in self.actions if a.change.is_new]

    @property
    def cancelled_actions(self) -> list[ActionRow]:
        return [a for a in self.actions if a.change.cancelled]

    @property
    def moved_actions(self) -> list[ActionRow]:
        return [a for a in self.actions if a.change.moves]

    @property
    def compared(self) -> list[ActionRow]:
        """Actions that existed in both half-years (their text can be compared)."""
        return [a for a in self.actions if not a.change.is_new]


def count_statuses(rows: tuple[ActionRow, ...] | list[ActionRow]) -> dict[Status, int]:
    counts = dict.fromkeys(Status, 0)
    for row in rows:
        counts[row.status] += 1
    return counts
