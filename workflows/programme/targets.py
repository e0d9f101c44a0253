"""Targets (doel) as coordinators write them: "24 woonplekken", "6-12 plekken", "6 à 12
plekken", "jaarlijks 25 woningen", "circa 40", "minimaal 10 per jaar", "max. 12", "10+",
"50 per jaar (2026 en 2027)", "ntb".

The text is always kept as written; the numbers, unit, per-year flag and qualifier are what
could be read from it. A qualifier says how firm the number is: ``circa`` (circa, ca., ±,
ongeveer), ``minimaal`` (minimaal, min., ten minste, "10+") or ``maximaal`` (maximaal, max.,
hooguit).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workflows.dates.dutch import fold

_NUMBER = r"\d+(?:[.,]\d+)?"
_RANGE = re.compile(
    rf"^(?P<lo>{_NUMBER})\s*(?:-|–|—|tot en met|tot|t/m|à|a)\s*(?P<hi>{_NUMBER})\s*(?P<unit>.*)$",
    re.IGNORECASE,
)
_PLUS = re.compile(rf"^(?P<lo>{_NUMBER})\s*\+\s*(?P<unit>.*)$")
_SINGLE = re.compile(rf"^(?P<lo>{_NUMBER})\s*(?P<unit>.*)$")
_PER_YEAR_PREFIX = re.compile(r"^(?:jaarlijks|per jaar|elk jaar|ieder jaar)\s+", re.IGNORECASE)
# "per jaar", "p/j", "/jaar", optionally followed by the years it holds for: "(2026 en 2027)"
_PER_YEAR_SUFFIX = re.compile(
    r"\s*(?:per jaar|jaarlijks|p/j|p\.j\.|/jaar|per jr\.?)(?:\s*\((?P<years>[^()]*)\))?$",
    re.IGNORECASE,
)
_QUALIFIERS = (
    (re.compile(r"^(?:circa|ca\.?|±|\+/-|ongeveer|rond de|zo'n)\s*", re.IGNORECASE), "circa"),
    (
        re.compile(r"^(?:minimaal|minstens|ten minste|tenminste|min\.?|>=|≥)\s*", re.IGNORECASE),
        "minimaal",
    ),
    (re.compile(r"^(?:maximaal|max\.?|hooguit|<=|≤)\s*", re.IGNORECASE), "maximaal"),
)
NO_NUMBER = frozenset({"ntb", "n.t.b.", "nvt", "n.v.t.", "-"})


@dataclass(frozen=True)
class Target:
    text: str
    min: float | None = None
    max: float | None = None
    unit: str | None = None
    per_year: bool = False
    qualifier: str | None = None  # "circa", "minimaal", "maximaal"

    @property
    def has_number(self) -> bool:
        return self.min is not None or self.max is not None


def _number(text: str) -> float:
    # Dutch writes 1.500 for fifteen hundred and 2,5 for two and a half.
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        return float(text.replace(".", ""))
    return float(text.replace(",", "."))


def _qualifier(body: str) -> tuple[str, str | None]:
    for pattern, name in _QUALIFIERS:
        if pattern.match(body):
            return pattern.sub("", body, count=1), name
    return body, None


def parse_target(text: str | None) -> Target | None:
    """Parse a doel; free text that is not numeric keeps only ``text``. Empty gives None."""
    if text is None:
        return None
    raw = " ".join(str(text).split())
    if not raw:
        return None
    body, qualifier = _qualifier(raw)
    per_year = False
    if _PER_YEAR_PREFIX.match(body):
        body = _PER_YEAR_PREFIX.sub("", body)
        per_year = True
    if qualifier is None:
        body, qualifier = _qualifier(body)
    if suffix := _PER_YEAR_SUFFIX.search(body):
        body = body[: suffix.start()]
        per_year = True
    if fold(body) in NO_NUMBER:
        return Target(text=raw)
    hi_text: str | None = None
    if match := _RANGE.match(body):
        hi_text = match.group("hi")
    elif match := _PLUS.match(body):
        qualifier = qualifier or "minimaal"
    else:
        match = _SINGLE.match(body)
    if not match:
        return Target(text=raw, qualifier=qualifier)
    lo: float | None = _number(match.group("lo"))
    hi: float | None = _number(hi_text) if hi_text is not None else lo
    if lo is not None and hi is not None and hi < lo:
        lo, hi = hi, lo
    unit = match.group("unit").split(",")[0].strip(" .") or None
    if hi_text is None and qualifier == "minimaal":
        hi = None  # "minimaal 10", "10+": no upper bound
    elif hi_text is None and qualifier == "maximaal":
        lo, hi = None, lo  # "max. 12": no lower bound
    return Target(text=raw, min=lo, max=hi, unit=unit, per_year=per_year, qualifier=qualifier)
