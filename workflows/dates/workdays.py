"""Working days in the Netherlands: no weekends, no Dutch public holidays.

Reminders and digests go out at a local hour (09:00 Europe/Amsterdam) on working days only.
Everything here is a pure function of its arguments; public holidays come from the ``holidays``
package (country NL: Nieuwjaarsdag, Pasen, Koningsdag, Hemelvaart, Pinksteren, Kerst, ...).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

COUNTRY = "NL"


@cache
def _holidays_for(year: int) -> frozenset[date]:
    import holidays  # 0.3 s to import: only when a working day is first asked for

    return frozenset(holidays.country_holidays(COUNTRY, years=year).keys())


def is_holiday(day: date) -> bool:
    """A Dutch public holiday (per the ``holidays`` package)."""
    return day in _holidays_for(day.year)


def is_working_day(day: date) -> bool:
    """Monday to Friday and not a Dutch public holiday."""
    return day.weekday() < 5 and not is_holiday(day)


def on_or_after(day: date) -> date:
    """The day itself when it is a working day, else the next working day."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def on_or_before(day: date) -> date:
    """The day itself when it is a working day, else the last working day before it."""
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


def next_working_day(day: date) -> date:
    """The first working day strictly after ``day``."""
    return on_or_after(day + timedelta(days=1))


def add_working_days(day: date, count: int) -> date:
    """``count`` working days after ``day`` (before it when negative); ``day`` itself not counted.

    Three working days after Friday 14 May 2027 is Thursday 20 May: Pinkstermaandag (17 May)
    does not count.
    """
    step = 1 if count >= 0 else -1
    remaining = abs(count)
    while remaining:
        day += timedelta(days=step)
        if is_working_day(day):
            remaining -= 1
    return day


def local_moment(day: date, hour: int, tz: ZoneInfo, minute: int = 0) -> datetime:
    """``hour:minute`` wall-clock time on ``day`` in ``tz``, as an aware UTC datetime.

    09:00 Europe/Amsterdam is 08:00 UTC in winter and 07:00 UTC in summer.
    """
    return datetime.combine(day, time(hour, minute), tzinfo=tz).astimezone(UTC)


def local_date(moment: datetime, tz: ZoneInfo) -> date:
    """The calendar date of an aware moment in ``tz``."""
    return moment.astimezone(tz).date()
