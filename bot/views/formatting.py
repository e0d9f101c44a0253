"""Small Dutch formatting helpers shared by the views."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from workflows.dates.dutch import format_short


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
