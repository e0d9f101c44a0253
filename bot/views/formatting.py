"""Small Dutch formatting helpers shared by the views."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from workflows.dates.dutch import format_short
from workflows.numbers import dutch_number


def number(value: float | None) -> str:
    """``12`` or ``12,5`` as Dutch writes it."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").replace(".", ",")


def day(moment: datetime, tz: ZoneInfo) -> str:
    """The calendar day of a moment in the programme's time zone: ``4 mei 2026``."""
    return format_short(moment.astimezone(tz).date())


def euro(value: float) -> str:
    """``€ 12.500`` or ``€ 12.500,50``: an amount as Dutch writes it, cents only when there
    are any."""
    whole = float(value).is_integer()
    return f"€ {dutch_number(value, places=0) if whole else dutch_number(value, minimum=2)}"
