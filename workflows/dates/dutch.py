"""Dutch dates: parsing through python-dateutil with a Dutch parserinfo, display through Babel.

Both are imported when a date is first parsed or shown: ``fold`` is used everywhere (and at
start-up of every command), dateutil's parser and Babel's dates cost 0.1-0.2 s to import.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from functools import cache
from typing import Any

LOCALE = "nl_NL"


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


def format_long(d: date) -> str:
    """``vrijdag 15 mei 2026``."""
    from babel.dates import format_date

    return format_date(d, "EEEE d MMMM y", locale=LOCALE)


def format_short(d: date) -> str:
    """``15 mei 2026``."""
    from babel.dates import format_date

    return format_date(d, "d MMMM y", locale=LOCALE)
