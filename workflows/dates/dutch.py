"""Dutch dates: parsing through python-dateutil with a Dutch parserinfo, display from the same
Dutch month and weekday names.

dateutil is imported when a date is first parsed: ``fold`` is used everywhere (and at start-up
of every command), dateutil's parser costs 0.1 s to import. Dates are shown as Babel shows them
for nl_NL (``format_date(d, "d MMMM y")``; tests/workflows/dates/test_dutch_display.py compares
every day of two years), without importing Babel and loading its locale data (issue 11: a
tenth of a second of ``woonzorg rapport``).
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from functools import cache
from typing import Any


class DutchWords:
    """Month and weekday names as Dutch documents write them (full and abbreviated), in the
    shape of dateutil's ``parserinfo`` class attributes."""

    MONTHS: list[tuple[str, ...]] = [  # type: ignore[assignment]
        ("jan", "januari"),
        ("feb", "februari"),
        ("mrt", "maart", "mar"),
        ("apr", "april"),
        ("mei",),
        ("jun", "juni"),
        ("jul", "juli"),
        ("aug", "augustus"),
        ("sep", "sept", "september"),
        ("okt", "oktober", "oct"),
        ("nov", "november"),
        ("dec", "december"),
    ]
    WEEKDAYS = [
        ("ma", "maandag"),
        ("di", "dinsdag"),
        ("wo", "woensdag"),
        ("do", "donderdag"),
        ("vr", "vrijdag"),
        ("za", "zaterdag"),
        ("zo", "zondag"),
    ]
    JUMP = [" ", ".", ",", ";", "-", "/", "'", "de", "op", "om", "uiterlijk", "t/m"]
    HMS = [("u", "uur", "uren"), ("m", "minuut", "minuten"), ("s", "seconde", "seconden")]
    AMPM: list[tuple[str, str]] = []
    PERTAIN = ["van"]


@cache
def _parser_info() -> Any:
    """dateutil's ``parserinfo`` with the Dutch words, day first."""
    from dateutil import parser as du_parser

    words = {name: getattr(DutchWords, name) for name in vars(DutchWords) if name.isupper()}
    info_class = type("DutchParserInfo", (du_parser.parserinfo,), words)
    return info_class(dayfirst=True, yearfirst=False)


_DEFAULTS = (datetime(2001, 1, 1), datetime(2002, 2, 2))


def fold(text: str) -> str:
    """Lower-case, strip accents and collapse white space: for forgiving matching."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def parse_date(text: str) -> date | None:
    """A full calendar date in a Dutch or ISO form, or None when it is not one.

    ``31-12-2027``, ``31 december 2027``, ``2027-12-31``, ``vrijdag 15 mei 2026``. A date missing
    its day, month or year is refused rather than filled in from today.
    """
    cleaned = fold(text)
    if not cleaned or not any(ch.isdigit() for ch in cleaned):
        return None
    from dateutil import parser as du_parser

    results = []
    for default in _DEFAULTS:
        try:
            results.append(du_parser.parse(cleaned, parserinfo=_parser_info(), default=default))
        except (ValueError, OverflowError, TypeError):
            return None
    first, second = results
    if first != second:  # some component came from the default: day, month or year is missing
        return None
    if first.time() != datetime.min.time():
        return None
    return first.date()


def _full(names: tuple[str, ...]) -> str:
    return max(names, key=len)  # "maart", not "mrt"; "september", not "sept"


MONTH_NAMES = tuple(_full(names) for names in DutchWords.MONTHS)
WEEKDAY_NAMES = tuple(_full(names) for names in DutchWords.WEEKDAYS)


def format_long(d: date) -> str:
    """``vrijdag 15 mei 2026``."""
    return f"{WEEKDAY_NAMES[d.weekday()]} {format_short(d)}"


def format_short(d: date) -> str:
    """``15 mei 2026``."""
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"
