"""Targets (doel) such as "24 woonplekken", "6-12 plekken", "jaarlijks 25 woningen", "ntb"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workflows.dates.dutch import fold

_NUMBER = r"\d+(?:[.,]\d+)?"
_RANGE = re.compile(
    rf"^(?P<lo>{_NUMBER})\s*(?:-|–|—|tot|t/m|a)\s*(?P<hi>{_NUMBER})\s*(?P<unit>.*)$"
)
_SINGLE = re.compile(rf"^(?P<lo>{_NUMBER})\s*(?P<unit>.*)$")
_PER_YEAR_PREFIX = re.compile(r"^(?:jaarlijks|per jaar|elk jaar|ieder jaar)\s+", re.IGNORECASE)
_PER_YEAR_SUFFIX = re.compile(r"\s+(?:per jaar|jaarlijks|p/j|/jaar|per jr)$", re.IGNORECASE)


@dataclass(frozen=True)
class Target:
    text: str
    min: float | None = None
    max: float | None = None
    unit: str | None = None
    per_year: bool = False


def _number(text: str) -> float:
    # Dutch writes 1.500 for fifteen hundred and 2,5 for two and a half.
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        return float(text.replace(".", ""))
    return float(text.replace(",", "."))


def parse_target(text: str | None) -> Target | None:
    """Parse a doel; free text that is not numeric keeps only ``text``. Empty gives None."""
    if text is None:
        return None
    raw = " ".join(str(text).split())
    if not raw:
        return None
    body = raw
    per_year = False
    if _PER_YEAR_PREFIX.match(body):
        body = _PER_YEAR_PREFIX.sub("", body)
        per_year = True
    if _PER_YEAR_SUFFIX.search(body):
        body = _PER_YEAR_SUFFIX.sub("", body)
        per_year = True
    match = _RANGE.match(body) or _SINGLE.match(body)
    if fold(body) in {"ntb", "n.t.b.", "nvt", "n.v.t."} or not match:
        return Target(text=raw)
    lo = _number(match.group("lo"))
    hi = _number(match.group("hi")) if "hi" in match.groupdict() else lo
    if hi < lo:
        lo, hi = hi, lo
    unit = match.group("unit").split(",")[0].strip(" .") or None
    return Target(text=raw, min=lo, max=hi, unit=unit, per_year=per_year)
