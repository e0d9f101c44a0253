"""Periods as coordinators write them, mapped to half-years: a half-year (every form of
halfyear.py), a quarter ("Q3 2026", "3e kwartaal 2026"), a month ("september 2026"), a year
("2026"), and ranges of those ("2026-2027", "Q3 2026 t/m Q2 2027", "t/m 2027").

A quarter or a month is part of a half-year, so it maps to that half-year with ``rounded`` set:
the import warns that it rounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workflows.dates.dutch import fold
from workflows.dates.halfyear import HalfYear

_QUARTER = [
    re.compile(r"^q(?P<q>[1-4])\s*-?\s*(?P<year>\d{4})$"),
    re.compile(r"^(?P<year>\d{4})\s*-?\s*q(?P<q>[1-4])$"),
    re.compile(r"^(?P<q>[1-4])(?:e|ste|de)?\s+kwartaal\s+(?P<year>\d{4})$"),
    re.compile(r"^kwartaal\s+(?P<q>[1-4])\s+(?P<year>\d{4})$"),
]
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "jan"),
            ("februari", "feb"),
            ("maart", "mrt", "maa"),
            ("april", "apr"),
            ("mei",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("augustus", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = re.compile(r"^(?P<month>[a-z]+)\.?\s+(?P<year>\d{4})$")
_YEAR = re.compile(r"^(?P<year>(?:19|20)\d\d)$")
_UNTIL = re.compile(r"^(?:t/m|tm|tot en met|tot|uiterlijk)\s+(?P<rest>.+)$")
_RANGE = re.compile(r"\s+(?:t/m|tot en met|tm|tot)\s+|\s*[–—]\s*|\s+-\s+")
_YEAR_RANGE = re.compile(r"^(?P<a>(?:19|20)\d\d)\s*[-–—]\s*(?P<b>(?:19|20)\d\d)$")


@dataclass(frozen=True)
class Period:
    """The half-years a period covers; ``first`` is None for "t/m 2027" (no start given)."""

    first: HalfYear | None
    last: HalfYear
    rounded: bool = False  # a quarter or month stood for its whole half-year


def _single(text: str) -> Period | None:
    for pattern in _QUARTER:
        if match := pattern.match(text):
            half = HalfYear(int(match["year"]), 1 if int(match["q"]) <= 2 else 2)
            return Period(half, half, rounded=True)
    if match := _YEAR.match(text):
        year = int(match["year"])
        return Period(HalfYear(year, 1), HalfYear(year, 2))
    if (match := _MONTH.match(text)) and match["month"] in _MONTHS:
        half = HalfYear(int(match["year"]), 1 if _MONTHS[match["month"]] <= 6 else 2)
        return Period(half, half, rounded=True)
    found = HalfYear.try_parse(text)
    return Period(found, found) if found else None


def parse_period(text: str) -> Period | None:
    """The half-years ``text`` stands for, or None when it is no period."""
    cleaned = " ".join(fold(str(text)).split())
    if not cleaned:
        return None
    if match := _UNTIL.match(cleaned):
        end = _single(match["rest"])
        return Period(None, end.last, end.rounded) if end else None
    if match := _YEAR_RANGE.match(cleaned):
        first, last = HalfYear(int(match["a"]), 1), HalfYear(int(match["b"]), 2)
        return Period(first, last) if first <= last else None
    if (single := _single(cleaned)) is not None:
        return single
    bounds = _RANGE.split(cleaned)
    if len(bounds) != 2:
        return None
    start, end = _single(bounds[0]), _single(bounds[1])
    if start is None or end is None or start.first is None or end.last < start.first:
        return None
    return Period(start.first, end.last, start.rounded or end.rounded)
