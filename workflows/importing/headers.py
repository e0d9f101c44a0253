"""How the headers of an imported table are compared with the columns
(workflows/programme/columns.py).

Headers match case-, accent-, white-space- and punctuation-insensitively, so "Stand van zaken/
toelichting", "stand van zaken" and "STAND VAN ZAKEN" all find the same column.
"""

from __future__ import annotations

import re

from workflows.dates.dutch import fold
from workflows.programme.columns import ACTION_COLUMNS, INDICATOR_COLUMNS, PEOPLE_COLUMNS


def key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


KNOWN_KEYS = frozenset(
    key(name)
    for columns in (ACTION_COLUMNS, INDICATOR_COLUMNS, PEOPLE_COLUMNS)
    for column in columns
    for name in column.names
)
