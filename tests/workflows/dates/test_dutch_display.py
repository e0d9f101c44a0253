"""Dates are shown as Babel shows them for nl_NL (workflows/dates/dutch.py does without it)."""

from __future__ import annotations

from datetime import date, timedelta

from babel.dates import format_date

from workflows.dates.dutch import format_long, format_short


def test_every_day_of_two_years_reads_as_babel_writes_it() -> None:
    days = [date(2025, 1, 1) + timedelta(days=n) for n in range(731)]
    days += [date(1, 1, 1), date(26, 6, 1), date(9999, 12, 31)]
    for day in days:
        assert format_short(day) == format_date(day, "d MMMM y", locale="nl_NL")
        assert format_long(day) == format_date(day, "EEEE d MMMM y", locale="nl_NL")
