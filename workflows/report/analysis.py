"""What the council reads first, derived from the report model: deviations, the look-ahead,
the money, and the sentences of the Kernboodschap. Pure functions of a ``Report``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workflows import messages
from workflows.dates.halfyear import HalfYear
from workflows.programme.statuses import Status
from workflows.report.model import ActionRow, Report, ThemeSection
from workflows.report.style import clean, euro, number, plural

# Words in a stand van zaken that say the work moved to later, whatever the planning says.
_POSTPONED = re.compile(
    r"schuift? door|schuiven door|uitgesteld|later dan gepland|vertraging|"
    r"verschoven|pas (per|in|na)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Deviation:
    row: ActionRow
    why: tuple[str, ...]  # what makes it a deviation, in words

    @property
    def reason(self) -> str:
        return self.row.reason or messages.REPORT_NO_REASON

    @property
    def correction(self) -> str:
        return self.row.correction or messages.REPORT_NO_CORRECTION


def _period(report: Report) -> list[HalfYear]:
    if report.year is not None:
        return [HalfYear(report.year, 1), HalfYear(report.year, 2)]
    return [report.half_year]


def deviations(report: Report) -> list[Deviation]:
    """Every action delayed or needing attention, planned to be realised in the period but
    not started, or moved to a later half-year (by its planning or by its own words)."""
    period = {h.code for h in _period(report)}
    found = []
    for row in report.counted:
        why = []
        if row.status in (Status.DELAYED, Status.ATTENTION):
            why.append(row.status.label)
        planned = any(row.planning.get(code) == "realisation" for code in period)
        if row.status is Status.NOT_STARTED and planned:
            why.append(messages.REPORT_DEV_NOT_STARTED.format(half=report.label))
        for move in row.change.moves:
            if move.after is not None:
                why.append(messages.REPORT_DEV_MOVED.format(half=move.after.label))
                break
        else:
            if not why and row.is_open and _POSTPONED.search(row.status_text or ""):
                why.append(messages.REPORT_DEV_TEXT_MOVED)
        if why:
            found.append(Deviation(row=row, why=tuple(why)))
    return found


@dataclass(frozen=True)
class Outlook:
    section: ThemeSection
    starting: tuple[ActionRow, ...]  # first planned in the next half-year
    realising: tuple[ActionRow, ...]  # realisation begins in the next half-year
    finishing: tuple[ActionRow, ...]  # the next half-year is the last one planned

    @property
    def rows(self) -> list[tuple[ActionRow, str]]:
        return (
            [(a, messages.REPORT_OUTLOOK_START) for a in self.starting]
            + [(a, messages.REPORT_OUTLOOK_REALISE) for a in self.realising]
            + [(a, messages.REPORT_OUTLOOK_FINISH) for a in self.finishing]
        )


def outlook(report: Report) -> list[Outlook]:
    """Per actielijn what changes in the next half-year: actions that start, whose realisation
    begins, or whose last planned half-year it is (running work that simply goes on is left
    out, or the list would repeat the planning grid)."""
    nxt, now = report.next.code, report.half_year.code
    found = []
    for section in report.themes:
        open_rows = [a for a in section.actions if a.is_open and not a.is_summary]
        starting, realising, finishing = [], [], []
        for a in open_rows:
            if not a.planning.get(nxt):
                continue
            if min(a.planning) == nxt:
                starting.append(a)
            elif a.planning.get(nxt) == "realisation" and a.planning.get(now) != "realisation":
                realising.append(a)
            elif max(a.planning) == nxt:
                finishing.append(a)
        if starting or realising or finishing:
            found.append(Outlook(section, tuple(starting), tuple(realising), tuple(finishing)))
    return found


@dataclass(frozen=True)
class MoneyLine:
    label: str
    budget: float
    spent: float

    @property
    def share(self) -> float | None:
        return self.spent / self.budget * 100.0 if self.budget else None


def finance(report: Report) -> list[tuple[ThemeSection, list[MoneyLine], MoneyLine]]:
    """Per actielijn the actions with a budget and their total; actielijnen without none."""
    found = []
    for section in report.themes:
        lines = [
            MoneyLine(f"{a.code} {a.title}", a.budget or 0.0, a.spent or 0.0)
            for a in section.actions
            if a.budget is not None
        ]
        if lines:
            total = MoneyLine(
                section.heading, sum(x.budget for x in lines), sum(x.spent for x in lines)
            )
            found.append((section, lines, total))
    return found


def finance_total(report: Report) -> MoneyLine | None:
    parts = finance(report)
    if not parts:
        return None
    return MoneyLine(
        messages.REPORT_TOTAL, sum(t.budget for *_, t in parts), sum(t.spent for *_, t in parts)
    )


def finished(report: Report) -> list[ActionRow]:
    """Actions that became done in the period (all done ones in a first report)."""
    return [
        a
        for a in report.counted
        if a.status is Status.DONE
        and (a.change.status_before is not None or a.change.is_new or report.first_report)
    ]


def reached(report: Report) -> list[ActionRow]:
    """Actions whose realised quantity reached (the lower end of) their target."""
    return [
        a
        for a in report.actions
        if a.target_min is not None
        and a.realised_quantity is not None
        and a.realised_quantity >= a.target_min
    ]


def _lower(text: str) -> str:
    """Lower-case the first letter after a colon, unless it starts an abbreviation (GGD)."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _name(row: ActionRow) -> str:
    return f"{row.code} {clean(row.title)}"


def paragraphs(text: str | None) -> list[str]:
    """A coordinator's text as paragraphs: split at blank lines, lines within one joined."""
    blocks = re.split(r"\n\s*\n", (text or "").strip())
    return [" ".join(b.split()) for b in blocks if b.strip()]


def key_messages(report: Report) -> list[tuple[str, tuple[str, ...]]]:
    """The Kernboodschap: the coordinators' introduction (if written), then the programme in
    words, composed from the data; each paragraph with the bullets that follow it."""
    counts = report.counts()
    out: list[tuple[str, tuple[str, ...]]] = [
        (paragraph, ()) for paragraph in paragraphs(report.introduction)
    ]
    out.append(
        (
            messages.REPORT_KEY_STATUS.format(
                actions=messages.plural(len(report.counted), *messages.ACTIONS),
                themes=messages.plural(len(report.themes), *messages.THEMES),
                label=report.label,
                were=messages.form(counts[Status.DONE], *messages.WAS_WERE),
                asked=messages.form(counts[Status.ATTENTION], *messages.ASKED),
                were_delayed=messages.form(counts[Status.DELAYED], *messages.WAS_WERE),
                done=counts[Status.DONE],
                on_track=counts[Status.ON_TRACK],
                attention=counts[Status.ATTENTION],
                delayed=counts[Status.DELAYED],
                not_started=counts[Status.NOT_STARTED],
            ),
            (),
        )
    )
    done = finished(report)
    if done:
        out.append(
            (messages.REPORT_KEY_DONE.format(label=report.label), tuple(_name(a) for a in done))
        )
    late = deviations(report)
    if late:
        parts = []
        for d in late:
            because = f": {_lower(clean(d.row.reason))}" if d.row.reason else ""
            parts.append(f"{_name(d.row)} ({', '.join(d.why)}{because})")
        out.append((messages.REPORT_KEY_DEVIATIONS, tuple(parts)))
    hits = reached(report)
    if hits:
        parts = [
            messages.REPORT_KEY_TARGET_ITEM.format(
                action=_name(a),
                realised=number(a.realised_quantity),
                target=clean(a.target_text or number(a.target_min)),
            )
            for a in hits
        ]
        out.append((messages.REPORT_KEY_TARGETS, tuple(parts)))
    ahead = outlook(report)
    if ahead:
        counts_next = [
            sum(len(o.starting) for o in ahead),
            sum(len(o.realising) for o in ahead),
            sum(len(o.finishing) for o in ahead),
        ]
        parts = [
            plural(templates, n)
            for n, templates in zip(counts_next, messages.REPORT_KEY_NEXT_PARTS, strict=True)
            if n
        ]
        out.append(
            (messages.REPORT_KEY_NEXT.format(half=report.next.label, parts=", ".join(parts)), ())
        )
    money = finance_total(report)
    if money is not None:
        out.append(
            (
                messages.REPORT_KEY_MONEY.format(
                    budget=euro(money.budget),
                    spent=euro(money.spent),
                    share=number(round(money.share or 0)),
                ),
                (),
            )
        )
    return out
