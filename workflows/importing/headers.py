"""The column names of the import format (product.md section 4) and how headers are compared.

Headers match case-, accent-, white-space- and punctuation-insensitively, so "Stand van zaken/
toelichting", "stand van zaken" and "STAND VAN ZAKEN" all find the same column.
"""

from __future__ import annotations

import re

from workflows.dates.dutch import fold

ACTION_COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("nr", "nummer", "actienummer", "actie nr", "code"),
    "theme": ("actielijn", "speerpunt"),
    "title": ("actie", "titel"),
    "description": ("omschrijving", "wat", "beschrijving", "wat / stappen"),
    "owner": ("regiehouder", "eigenaar"),
    "partners": ("partners", "betrokken partijen"),
    "planning": ("planning",),
    "target": ("doel", "totaal extra plekken"),
    "deadline": ("deadline",),
    "status": ("status",),
    "status_text": ("stand van zaken", "toelichting", "stand van zaken / toelichting"),
}
ACTION_REQUIRED = ("code", "theme", "title")

INDICATOR_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("indicator",),
    "unit": ("eenheid",),
    "baseline": ("nulmeting",),
    "baseline_year": ("nulmeting jaar", "jaar nulmeting"),
    "target": ("doel",),
    "target_year": ("doeljaar",),
    "value": ("stand",),
    "date": ("peildatum",),
}
INDICATOR_REQUIRED = ("name",)

PEOPLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("naam",),
    "email": ("e-mail", "email", "e-mailadres"),
    "slack_id": ("slack-id", "slack id", "slack"),
}
PEOPLE_REQUIRED: tuple[str, ...] = ()


def key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


KNOWN_KEYS = frozenset(
    key(alias)
    for spec in (ACTION_COLUMNS, INDICATOR_COLUMNS, PEOPLE_COLUMNS)
    for aliases in spec.values()
    for alias in aliases
)
