"""The columns of the programme's tables: one definition for import, export and the report.

A column has the field it fills (``key``), the header the export writes and the report heads
it with, and the other headers an import accepts for it. Headers are compared case-, accent-,
white-space- and punctuation-insensitively (workflows/importing/headers.py), so
"Stand van zaken/toelichting", "stand van zaken" and "STAND VAN ZAKEN" find the same column.
These Dutch words are the file format itself, so they live here with the rest of it rather than
in workflows/text/.

Adding a plain field to an action (a text, a list of texts or a number) means: the model, a
migration, and one column here with a ``field`` codec (TEXT, TEXT_LIST, NUMBER or a new one).
The import reads it, the re-import logs its changes, the .xlsx/.csv/.json exports write it and
``actie`` lists it under its header, all from this entry. Only a field the ``actie`` view should
show in its own way needs the view as well (and an attribute on ActionDetail).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from workflows import messages
from workflows.errors import ParseError

CellValue = str | int | float | None  # what an export writes into one cell

_LIST_SPLIT = re.compile(r"[;,\n]")
_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")
_THOUSANDS = re.compile(r"^-?\d{1,3}(?:\.\d{3})+$")


def split_list(text: str) -> list[str]:
    """A cell listing several texts: separated by ``;``, ``,`` or line breaks."""
    return [p.strip() for p in _LIST_SPLIT.split(text) if p.strip()]


def parse_number(text: str) -> float | None:
    """``700``, ``2,5``, ``1.500`` (Dutch thousands); None when it is not a plain number."""
    cleaned = text.strip().replace(" ", "")
    if _THOUSANDS.match(cleaned):
        return float(cleaned.replace(".", ""))
    if _NUMBER.match(cleaned):
        return float(cleaned.replace(",", "."))
    return None


def plain(value: float | None) -> float | int | None:
    """Whole numbers as ints, so the JSON says 24 and not 24.0."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _number_cell(text: str) -> float | None:
    if not text.strip():
        return None
    value = parse_number(text)
    if value is None:
        raise ParseError(messages.BAD_NUMBER.format(text=text.strip()))
    return value


def _number_text(value: float | None) -> str:
    return "" if value is None else str(plain(value)).replace(".", ",")


@dataclass(frozen=True)
class FieldCodec:
    """How a plain field of an action is read from a cell and written back out.

    The column's ``key`` is the Action model's attribute; the value ``parse`` returns is stored
    there as it is, and compared with the stored one to log a re-import's changes.
    """

    parse: Callable[[str], Any]  # cell text -> value; a ParseError (Dutch) when unreadable
    cell: Callable[[Any], CellValue]  # value -> the .xlsx/.csv cell an import reads back
    json: Callable[[Any], Any]  # value -> the .json export's value
    show: Callable[[Any], str]  # value -> the text ``actie`` shows; "" shows nothing


TEXT = FieldCodec(parse=str.strip, cell=lambda v: v or "", json=lambda v: v, show=lambda v: v or "")
TEXT_LIST = FieldCodec(
    parse=split_list, cell="; ".join, json=list, show=lambda v: ", ".join(v or [])
)
NUMBER = FieldCodec(parse=_number_cell, cell=plain, json=plain, show=_number_text)


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    synonyms: tuple[str, ...] = ()
    required: bool = False
    wide: bool = False  # long text: a wide, wrapped column in Excel
    exported: bool = True  # False: read on import but written another way (planning)
    report_header: str | None = None  # the report's heading, where it words it differently
    field: FieldCodec | None = None  # a plain field: read, written and shown generically
    json_name: str | None = None  # its key in the .json export, where not ``key``

    @property
    def names(self) -> tuple[str, ...]:
        """Every header an import recognises for this column, the export's own first."""
        return (self.header, *self.synonyms)

    @property
    def heading(self) -> str:
        """The column's heading in the report."""
        return self.report_header or self.header

    @property
    def json_key(self) -> str:
        return self.json_name or self.key


@dataclass(frozen=True)
class ColumnSet:
    """The columns of one table, in the order the export writes them."""

    columns: tuple[Column, ...]

    def __iter__(self) -> Iterator[Column]:
        return iter(self.columns)

    def __getitem__(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns if c.required)

    @property
    def plain_fields(self) -> tuple[tuple[Column, FieldCodec], ...]:
        """The columns whose field is read and written by its codec alone, with that codec."""
        return tuple((c, c.field) for c in self.columns if c.field is not None)


# The planning has no column of its own in an export: it is written as one column per half-year
# (V/R cells) in its place. An import reads either form.
ACTION_COLUMNS = ColumnSet(
    (
        Column("code", "Nr", ("nummer", "actienummer", "actie nr", "code", "nr."), required=True),
        Column("theme", "Actielijn", ("speerpunt", "ambitie", "thema", "lijn"), required=True),
        Column("title", "Actie", ("titel", "actiepunt", "acties"), required=True, wide=True),
        Column(
            "description",
            "Omschrijving",
            ("wat", "beschrijving", "wat / stappen", "toelichting actie", "activiteiten"),
            wide=True,
            field=TEXT,
        ),
        Column(
            "owner",
            "Regiehouder",
            ("eigenaar", "trekker", "verantwoordelijke", "regie", "verantwoordelijk", "wie"),
        ),
        Column(
            "partners",
            "Partners",
            ("betrokken partijen", "partijen", "samenwerkingspartners", "met wie"),
            field=TEXT_LIST,
        ),
        Column("planning", "Planning", ("wanneer", "periode", "termijn"), exported=False),
        Column(
            "target",
            "Doel",
            ("totaal extra plekken", "doelstelling", "resultaat", "beoogd resultaat", "aantal"),
        ),
        Column("deadline", "Deadline", ("einddatum", "gereed", "klaar in", "opleverdatum")),
        Column("status", "Status", ("voortgang",)),
        Column(
            "status_text",
            "Stand van zaken",
            ("toelichting", "stand van zaken / toelichting"),
            wide=True,
            report_header="Stand van zaken/toelichting",
        ),
    )
)

INDICATOR_COLUMNS = ColumnSet(
    (
        Column("name", "Indicator", ("indicatoren",), required=True),
        Column("unit", "Eenheid"),
        Column("baseline", "Nulmeting"),
        Column("baseline_year", "Nulmeting jaar", ("jaar nulmeting",)),
        Column(
            "target",
            "Doel",
            ("bijgestelde doelstelling", "bijgestelde doelstellingen", "doelstelling"),
        ),
        Column("target_year", "Doeljaar"),
        Column("value", "Stand", ("meting", "realisatie")),
        Column("date", "Peildatum"),
    )
)

PEOPLE_COLUMNS = ColumnSet(
    (
        Column("name", "Naam"),
        Column("email", "E-mail", ("email", "e-mailadres")),
        Column("slack_id", "Slack-id", ("slack id", "slack")),
        Column("coordinator", "Coördinator", ("coordinator", "coördinatoren", "coordinatoren")),
    )
)


# Columns the import reads but the export does not write (yet): a coordinator's own file may
# have them. The import matches ``*_IMPORT_COLUMNS``; the export writes the sets above.
ACTION_IMPORT_COLUMNS = ColumnSet(
    (
        *ACTION_COLUMNS,
        Column("deputy", "Plaatsvervanger", ("vervanger", "plv", "tweede trekker")),
    )
)
INDICATOR_IMPORT_COLUMNS = ColumnSet(
    (
        *INDICATOR_COLUMNS,
        Column(
            "original_target",
            "Oorspronkelijk doel",
            ("oorspronkelijke doelstelling", "oorspronkelijke doelstellingen"),
        ),
    )
)
PEOPLE_IMPORT_COLUMNS = ColumnSet(
    (*PEOPLE_COLUMNS, Column("contact", "Contactpersoon", ("contact", "aanspreekpunt")))
)
