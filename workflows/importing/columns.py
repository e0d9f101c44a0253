"""Matching a table's header row to the columns of the import format
(workflows/programme/columns.py; headers compared as in headers.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workflows import messages
from workflows.dates.dutch import fold
from workflows.dates.halfyear import HalfYear
from workflows.importing.headers import key, key_and_year
from workflows.importing.read import Table
from workflows.importing.records import Problems
from workflows.programme.columns import ColumnSet

# A header that mentions a year and a half but is not a half-year ("3e helft 2026") is an
# error rather than an unknown column: the planning in it would silently get lost.
_LOOKS_LIKE_HALF = re.compile(
    r"\b(?:19|20)\d\d\b.*\b(?:helft|halfjaar|h\d)\b|"
    r"\b(?:helft|halfjaar|h\d)\b.*\b(?:19|20)\d\d\b"
)


@dataclass
class Columns:
    """Which column index holds which field; half-year columns separately."""

    fields: dict[str, int]
    half_years: dict[int, HalfYear]
    headers: list[str]
    # the year a header named after its field ("Bijgestelde doelstellingen in 2030")
    years: dict[str, int] = field(default_factory=dict)

    def get(self, row: list[str], name: str) -> str:
        index = self.fields.get(name)
        if index is None or index >= len(row):
            return ""
        return row[index]

    def header(self, name: str) -> str:
        return self.headers[self.fields[name]]


def match_columns(
    table: Table,
    spec: ColumnSet,
    problems: Problems,
    *,
    half_year_columns: bool = False,
) -> Columns:
    """Map headers to fields; unknown columns are warned about, missing required ones errors."""
    lookup = {key(name): column.key for column in spec for name in column.names}
    fields: dict[str, int] = {}
    halves: dict[int, HalfYear] = {}
    seen_halves: set[HalfYear] = set()
    years: dict[str, int] = {}
    widths = max((len(r) for _, r in table.rows), default=0)
    headers = table.headers + [""] * max(0, widths - len(table.headers))
    row = table.header_row
    for index, header in enumerate(headers):
        if not header:
            if any(index < len(r) and r[index].strip() for _, r in table.rows):
                problems.warn(messages.IMPORT_NAMELESS_COLUMN, row, None, file=table.file)
            continue
        header_key, year = key_and_year(header)
        name = lookup.get(header_key)
        if name is not None and year is not None:
            years[name] = year
        if name is not None:
            if name in fields:
                problems.error(
                    messages.IMPORT_DUPLICATE_COLUMN.format(column=header),
                    row,
                    header,
                    file=table.file,
                )
            fields[name] = index
            continue
        half = HalfYear.try_parse(header) if half_year_columns else None
        if half is not None:
            if half in seen_halves:
                problems.error(
                    messages.IMPORT_DUPLICATE_COLUMN.format(column=header),
                    row,
                    header,
                    file=table.file,
                )
            seen_halves.add(half)
            halves[index] = half
        elif half_year_columns and _LOOKS_LIKE_HALF.search(fold(header)):
            problems.error(
                messages.IMPORT_BAD_HALF_YEAR_COLUMN.format(text=header),
                row,
                header,
                file=table.file,
            )
        else:
            problems.warn(
                messages.IMPORT_UNKNOWN_COLUMN.format(column=header), row, header, file=table.file
            )
    for name in spec.required:
        if name not in fields:
            column = spec[name].header
            problems.error(
                messages.IMPORT_MISSING_COLUMN.format(column=column),
                row,
                column,
                file=table.file,
            )
    return Columns(fields=fields, half_years=halves, headers=headers, years=years)
