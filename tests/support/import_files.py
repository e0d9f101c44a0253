"""Builders for import test files: the programme as a team keeps it, in CSV and xlsx."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import Workbook

HEADERS = [
    "Nr", "Actielijn", "Actie", "Omschrijving", "Regiehouder", "Partners",
    "1e helft 2026", "2026 2e helft", "2027-H1", "Doel", "Deadline", "Status", "Stand van zaken",
]  # fmt: skip

ROWS = [
    [
        "1.1", "1. Voorkomen dat mensen dakloos raken", "Programma Armoede en schulden",
        "Schulden vroeg signaleren.\n- Pilot Vroeg eropaf\n• opschalen naar de regio",
        "Anna Jansen <Anna@Voorbeeld.nl>", "SDD; GGD, Avres", "V", "R", "R",
        "jaarlijks 25 woningen", "31-12-2027", "groen",
        "Pilot loopt in Dordt West.\nVervolg: opschalen.",
    ],
    [
        "1.2", "Voorkomen dat mensen dakloos raken", "Convenant preventie huisuitzettingen",
        "", "", "", "", "voorbereiding", "realisatie", "6-12 plekken", "", "", "",
    ],
    [
        "2.4", "2. Werken aan perspectief", "Uitbreiding aanbod tussen-/vervolgvoorzieningen",
        "Cliënten met begeleiding op maat", "bert@voorbeeld.nl", "", "", "", "",
        "24 woonplekken", "2e helft 2027", "aandacht nodig", "Locatieonderzoek loopt.",
    ],
    [
        "2.5", "2. Werken aan perspectief", "Gebruikersruimte", "", "U0BERT1234", "", "R", "", "",
        "ntb", "", "gereed", "",
    ],
]  # fmt: skip

INDICATOR_HEADERS = [
    "Indicator", "Eenheid", "Nulmeting", "Nulmeting jaar", "Doel", "Doeljaar", "Stand", "Peildatum"
]  # fmt: skip
INDICATOR_ROWS = [
    ["Geclusterde woningen", "woningen", "0", "2022", "750-900", "2030", "700", "31-12-2024"],
    ["Geclusterde woningen", "", "", "", "", "", "820", "30-06-2026"],
    ["Zorggeschikte woningen", "woningen", "", "2022", "150 - 200", "2030", "", ""],
]


def write_csv(
    path: Path,
    rows: list[list[str]],
    headers: list[str] = HEADERS,
    *,
    delimiter: str = ";",
    encoding: str = "utf-8",
) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(
    path: Path,
    rows: list[list[str]],
    headers: list[str] = HEADERS,
    *,
    sheet: str = "Acties",
    indicators: list[list[str]] | None = None,
) -> Path:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    ws.append(headers)
    for row in rows:
        ws.append(row)
    if indicators is not None:
        other = book.create_sheet("Indicatoren")
        other.append(INDICATOR_HEADERS)
        for row in indicators:
            other.append(row)
    book.save(path)
    return path
