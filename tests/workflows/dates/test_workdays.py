"""Working days and local 09:00 around Dutch holidays and the DST switches."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from workflows.dates.workdays import (
    add_working_days,
    is_working_day,
    local_moment,
    next_working_day,
    on_or_after,
    on_or_before,
)

AMS = ZoneInfo("Europe/Amsterdam")


def test_holidays_and_weekends_are_not_working_days() -> None:
    assert not is_working_day(date(2027, 4, 27))  # Koningsdag (a Tuesday)
    assert not is_working_day(date(2027, 5, 6))  # Hemelvaartsdag
    assert not is_working_day(date(2027, 5, 17))  # Pinkstermaandag
    assert not is_working_day(date(2026, 12, 25))  # 1e Kerstdag
    assert not is_working_day(date(2027, 1, 1))  # Nieuwjaarsdag
    assert not is_working_day(date(2027, 5, 22))  # a Saturday
    assert is_working_day(date(2027, 4, 26)) and is_working_day(date(2027, 5, 18))


def test_next_and_nearest_working_days() -> None:
    assert next_working_day(date(2027, 4, 26)) == date(2027, 4, 28)  # over Koningsdag
    assert next_working_day(date(2026, 12, 24)) == date(2026, 12, 28)  # over Kerst + weekend
    assert next_working_day(date(2027, 12, 24)) == date(2027, 12, 27)  # Kerst on the weekend
    assert on_or_after(date(2027, 5, 15)) == date(2027, 5, 18)  # Sat, Sun, Pinkstermaandag
    assert on_or_after(date(2027, 5, 18)) == date(2027, 5, 18)
    assert on_or_before(date(2027, 5, 6)) == date(2027, 5, 5)  # before Hemelvaart
    assert on_or_before(date(2027, 5, 23)) == date(2027, 5, 21)


def test_add_working_days_skips_holidays_both_ways() -> None:
    assert add_working_days(date(2027, 5, 14), 3) == date(2027, 5, 20)  # Pinkstermaandag
    assert add_working_days(date(2027, 5, 5), 1) == date(2027, 5, 7)  # Hemelvaart
    assert add_working_days(date(2026, 12, 23), 3) == date(2026, 12, 29)  # Kerst
    assert add_working_days(date(2027, 4, 28), -1) == date(2027, 4, 26)  # Koningsdag
    assert add_working_days(date(2027, 4, 28), 0) == date(2027, 4, 28)


def test_nine_oclock_amsterdam_in_utc_around_both_dst_switches() -> None:
    # Clocks go forward on Sunday 28 March 2027 and back on Sunday 31 October 2027.
    assert local_moment(date(2027, 3, 26), 9, AMS) == datetime(2027, 3, 26, 8, 0, tzinfo=UTC)
    assert local_moment(date(2027, 3, 29), 9, AMS) == datetime(2027, 3, 29, 7, 0, tzinfo=UTC)
    assert local_moment(date(2027, 10, 29), 9, AMS) == datetime(2027, 10, 29, 7, 0, tzinfo=UTC)
    assert local_moment(date(2027, 11, 1), 9, AMS) == datetime(2027, 11, 1, 8, 0, tzinfo=UTC)
    # Another zone is honoured when configured.
    assert local_moment(date(2027, 3, 29), 9, ZoneInfo("UTC")) == datetime(
        2027, 3, 29, 9, 0, tzinfo=UTC
    )
