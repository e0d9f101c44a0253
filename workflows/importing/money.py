"""Amounts in EUR as programmes write them: ``EUR 900.000``, ``€ 1.228.158,50``, ``900000``,
or per year, ``2026: 100.000; 2027: 150.000`` (the total is then the sum of the years)."""

from __future__ import annotations

import re

from workflows import messages
from workflows.errors import ParseError

_YEAR = re.compile(r"^\s*(20\d\d)\s*[:=]\s*(.+)$")


def parse_amount(text: str) -> float:
    """One amount; Dutch notation (dots group thousands, a comma starts the cents)."""
    raw = text.strip()
    cleaned = re.sub(r"(?i)^(eur|€)\s*|\s*(eur|€|euro)$", "", raw).replace(" ", "")
    cleaned = cleaned.removesuffix(",-").removesuffix(",--")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?", cleaned):
        cleaned = cleaned.replace(".", "")
    cleaned = cleaned.replace(",", ".")
    if not re.fullmatch(r"\d+(?:\.\d+)?", cleaned):
        raise ParseError(messages.IMPORT_BAD_AMOUNT.format(text=raw))
    return float(cleaned)


def parse_money(text: str) -> tuple[float | None, dict[str, float] | None]:
    """(total, per year or None); an empty cell gives (None, None)."""
    if not text.strip():
        return None, None
    parts = [p for p in re.split(r"[;\n]", text) if p.strip()]
    years: dict[str, float] = {}
    for part in parts:
        match = _YEAR.match(part)
        if match is None:
            if len(parts) == 1:
                return parse_amount(part), None
            raise ParseError(messages.IMPORT_BAD_AMOUNT.format(text=text.strip()))
        years[match.group(1)] = parse_amount(match.group(2))
    return sum(years.values()), dict(sorted(years.items()))
