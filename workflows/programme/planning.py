"""Planning per half-year: preparation (voorbereiding/onderzoek) or realisation (realisatie)."""

from __future__ import annotations

import re
from enum import StrEnum

from workflows import messages
from workflows.dates.dutch import fold
from workflows.dates.halfyear import HalfYear
from workflows.errors import ParseError


class Phase(StrEnum):
    PREPARATION = "preparation"
    REALISATION = "realisation"

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
}
_RANGE_SPLIT = re.compile(r"\s+(?:t/m|tot en met|tm|tot)\s+|\s*[–—]\s*|\s+-\s+")

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
    result: Planning = {}
    for segment in re.split(r"[;\n]+", str(text or "")):
        segment = " ".join(segment.split())
        if not segment:
            continue
        words = segment.rsplit(" ", 1)
        phase = _PHASE_WORDS.get(fold(words[-1])) if len(words) == 2 else None
        if phase is None:
            raise ParseError(messages.BAD_PLANNING.format(text=segment))
        bounds = _RANGE_SPLIT.split(words[0].strip())
        halves = [HalfYear.try_parse(b) for b in bounds]
        if not 1 <= len(halves) <= 2 or any(h is None for h in halves):
            raise ParseError(messages.BAD_PLANNING.format(text=segment))
        first, last = halves[0], halves[-1]
        assert first is not None and last is not None
        if last < first:
            raise ParseError(messages.BAD_PLANNING.format(text=segment))
        for half in HalfYear.span(first, last):
            result[half.code] = phase.value
    return dict(sorted(result.items()))


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
