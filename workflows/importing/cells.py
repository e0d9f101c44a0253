"""What a spreadsheet cell written by the bot may hold, shared by export, report and import.

Excel (and LibreOffice) run a cell as a formula when its text starts with ``=``, ``+``, ``-``
or ``@``, and a leading tab or CR hides such a start from naive checks. A typed update such as
``=HYPERLINK("https://evil.example","Klik")`` must reach the coordinator as text, never as a
live link. In .xlsx such texts are string cells with Excel's "quote prefix" style; in .csv they
get a leading apostrophe, which Excel hides and the import removes again (so a file exported
and imported again keeps every text unchanged). A text that itself starts with an apostrophe
gets one too, so that one can also come back unchanged.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_escape(text: str) -> str:
    """``=1+1`` -> ``'=1+1``; other texts unchanged (numbers are not texts: never pass them)."""
    if text.startswith((*FORMULA_STARTS, QUOTE)):
        return QUOTE + text
    return text


def csv_unescape(text: str) -> str:
    """The inverse of ``csv_escape`` for a cell read from a CSV file."""
    if text.startswith(QUOTE) and text[1:2] and text[1] in (*FORMULA_STARTS, QUOTE):
        return text[1:]
    return text
