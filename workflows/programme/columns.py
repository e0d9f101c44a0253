"""The columns of the programme's tables: one definition for import, export and the report.

A column has the field it fills (``key``), the header the export writes and the report heads
it with, and the other headers an import accepts for it. Headers are compared case-, accent-,
white-space- and punctuation-insensitively (workflows/importing/headers.py), so
"Stand van zaken/toelichting", "stand van zaken" and "STAND VAN ZAKEN" find the same column.
These Dutch words are the file format itself, so they live here with the rest of it rather than
in workflows/text/.

Adding a field to an action means: the model, a migration, a column here, and the views that
show it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    synonyms: tuple[str, ...] = ()
    required: bool = False
    wide: bool = False  # long text: a wide, wrapped column in Excel
    exported: bool = True  # False: read on import but written another way (planning)
    report_header: str | None = None  # the report's heading, where it words it differently

    @property
    def names(self) -> tuple[str, ...]:
        """Every header an import recognises for this column, the export's own first."""
        return (self.header, *self.synonyms)

    @property
    def heading(self) -> str:
        """The column's heading in the report."""
        return self.report_header or self.header


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


# The planning has no column of its own in an export: it is written as one column per half-year
# (V/R cells) in its place. An import reads either form.
ACTION_COLUMNS = ColumnSet(
    (
        Column("code", "Nr", ("nummer", "actienummer", "actie nr", "code"), required=True),
        Column("theme", "Actielijn", ("speerpunt",), required=True),
        Column("title", "Actie", ("titel",), required=True, wide=True),
        Column("description", "Omschrijving", ("wat", "beschrijving", "wat / stappen"), wide=True),
        Column("owner", "Regiehouder", ("eigenaar",)),
        Column("partners", "Partners", ("betrokken partijen",)),
        Column("planning", "Planning", exported=False),
        Column("target", "Doel", ("totaal extra plekken",)),
        Column("deadline", "Deadline"),
        # EUR; a cell may give the years: "2026: 100.000; 2027: 150.000".
        Column("budget", "Budget", ("begroting", "budget eur")),
        Column("spent", "Besteed", ("uitgegeven", "besteding", "besteed eur")),
        Column("status", "Status"),
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
        Column("name", "Indicator", required=True),
        Column("unit", "Eenheid"),
        Column("baseline", "Nulmeting"),
        Column("baseline_year", "Nulmeting jaar", ("jaar nulmeting",)),
        Column("target", "Doel"),
        Column("target_year", "Doeljaar"),
        Column("value", "Stand"),
        Column("date", "Peildatum"),
    )
)

PEOPLE_COLUMNS = ColumnSet(
    (
        Column("name", "Naam"),
        Column("email", "E-mail", ("email", "e-mailadres")),
        Column("slack_id", "Slack-id", ("slack id", "slack")),
    )
)
