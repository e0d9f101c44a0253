"""How the headers of an imported table are compared with the columns
(workflows/programme/columns.py).

Headers match case-, accent-, white-space- and punctuation-insensitively, so "Stand van zaken/
toelichting", "stand van zaken" and "STAND VAN ZAKEN" all find the same column.
"""

from __future__ import annotations

import re

from workflows.dates.dutch import fold
from workflows.programme.columns import (
    ACTION_IMPORT_COLUMNS,
    INDICATOR_IMPORT_COLUMNS,
    PEOPLE_IMPORT_COLUMNS,
)


def key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


_YEAR_SUFFIX = re.compile(
    r"^(?P<name>.*?)\s*(?:\(|,)?\s*(?:in|per|voor|tot)?\s*(?P<year>(?:19|20)\d\d)\)?$"
)


def key_and_year(text: str) -> tuple[str, int | None]:
    """A header's key, and the year it ends with where the rest is a known column:
    "Bijgestelde doelstellingen in 2030" -> ("bijgesteldedoelstellingen", 2030)."""
    whole = key(text)
    if whole in KNOWN_KEYS:
        return whole, None
    match = _YEAR_SUFFIX.match(" ".join(fold(text).split()))
    if match and key(match["name"]) in KNOWN_KEYS:
        return key(match["name"]), int(match["year"])
    return whole, None


KNOWN_KEYS = frozenset(
    key(name)
    for columns in (ACTION_IMPORT_COLUMNS, INDICATOR_IMPORT_COLUMNS, PEOPLE_IMPORT_COLUMNS)
    for column in columns
    for name in column.names
)
