"""Planning per half-year: preparation (voorbereiding/onderzoek), realisation (realisatie) or
continuous (doorlopend: ongoing work without an end, e.g. a standing consultation)."""

from __future__ import annotations

import re
from enum import StrEnum

from workflows import messages
from workflows.dates.dutch import fold
from workflows.dates.halfyear import HalfYear
from workflows.dates.periods import parse_period
from workflows.errors import ParseError


class Phase(StrEnum):
    PREPARATION = "preparation"
    REALISATION = "realisation"
    CONTINUOUS = "continuous"

    @property
    def label(self) -> str:
        return messages.PLANNING_LABELS[self.value]


_PHASE_WORDS = {
    "v": Phase.PREPARATION,
    "p": Phase.PREPARATION,
    "voorbereiding": Phase.PREPARATION,
    "planning": Phase.PREPARATION,
    "onderzoek": Phase.PREPARATION,
    "preparation": Phase.PREPARATION,
    "planning/voorbereiding": Phase.PREPARATION,
    "voorbereiding/onderzoek": Phase.PREPARATION,
    "r": Phase.REALISATION,
    "realisatie": Phase.REALISATION,
    "uitvoering": Phase.REALISATION,
    "realisation": Phase.REALISATION,
    "d": Phase.CONTINUOUS,
    "doorlopend": Phase.CONTINUOUS,
    "continu": Phase.CONTINUOUS,
    "continuous": Phase.CONTINUOUS,
}
CONTINUOUS_WORDS = frozenset({"doorlopend", "continu", "loopt door", "structureel"})

Planning = dict[str, str]  # {"2026-H1": "preparation"}


def parse_phase_cell(text: str | None) -> Phase | None:
    """A half-year column's cell: V / voorbereiding / planning / onderzoek, R / realisatie."""
    key = fold(str(text or "")).strip(" .")
    if not key:
        return None
    phase = _PHASE_WORDS.get(key)
    if phase is None:
        raise ParseError(messages.BAD_PLANNING_CELL.format(text=str(text).strip()))
    return phase


def parse_planning(text: str | None) -> Planning:
    """The compact form ``2026-H1 voorbereiding; 2026-H2 t/m 2027-H2 realisatie``."""
    return read_planning(text)[0]


def read_planning(text: str | None) -> tuple[Planning, list[str]]:
    """The compact form, with quarters, months and years too (``Q3 2026 t/m 2027
    realisatie``); also returns the segments where a quarter or month was rounded to its
    half-year."""
    result: Planning = {}
    rounded: list[str] = []
    for segment in re.split(r"[;\n]+", str(text or "")):
        segment = " ".join(segment.split())
        if not segment:
            continue
        words = segment.rsplit(" ", 1)
        phase = _PHASE_WORDS.get(fold(words[-1])) if len(words) == 2 else None
        if phase is None:
            raise ParseError(messages.BAD_PLANNING.format(text=segment))
        period = parse_period(words[0])
        if period is None or period.first is None:
            raise ParseError(messages.BAD_PLANNING.format(text=segment))
        if period.rounded:
            rounded.append(segment)
        for half in HalfYear.span(period.first, period.last):
            result[half.code] = phase.value
    return dict(sorted(result.items())), rounded


def format_planning(planning: Planning) -> str:
    """Back to the compact form, runs of consecutive half-years with one phase joined by t/m."""
    runs: list[tuple[HalfYear, HalfYear, str]] = []
    for code in sorted(planning):
        half, phase = HalfYear.from_code(code), planning[code]
        if runs and runs[-1][2] == phase and runs[-1][1].next() == half:
            runs[-1] = (runs[-1][0], half, phase)
        else:
            runs.append((half, half, phase))
    parts = []
    for first, last, phase in runs:
        span = first.code if first == last else f"{first.code} t/m {last.code}"
        parts.append(f"{span} {messages.PLANNING_LABELS[phase]}")
    return "; ".join(parts)


def last_realisation(planning: Planning) -> HalfYear | None:
    """The default deadline: the last half-year planned for realisation."""
    codes = [c for c, p in planning.items() if p == Phase.REALISATION.value]
    return HalfYear.from_code(max(codes)) if codes else None
