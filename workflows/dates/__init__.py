"""Dates in Dutch: half-years, working days in the programme's time zone, and Dutch text.

The surface bot/ uses; the modules hold the rest (``dutch``, ``halfyear``, ``workdays``).
"""

from workflows.dates.dutch import fold, format_long, format_short
from workflows.dates.halfyear import HalfYear
from workflows.dates.workdays import local_date

__all__ = ["HalfYear", "fold", "format_long", "format_short", "local_date"]
