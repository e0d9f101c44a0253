"""The optional Indicatoren sheet: programme-level measures with baseline, target, measurements.

One row per indicator, or several rows for one indicator that each add a measurement (Stand on
a Peildatum); the other cells of such rows repeat the indicator or stay empty.
"""

from __future__ import annotations

import re
from datetime import date

from workflows import messages
from workflows.dates.dutch import fold, parse_date
from workflows.importing.columns import match_columns
from workflows.importing.read import Table
from workflows.importing.records import IndicatorRecord, Problems
from workflows.programme.columns import INDICATOR_IMPORT_COLUMNS, parse_number
from workflows.programme.targets import parse_target
from workflows.updates.history import TEXT_LIMIT

_EMPTY = {"", "nvt", "n.v.t.", "ntb", "n.t.b.", "-"}
# a revised-target cell that keeps the target as it is ("Bijgesteld: nvt")
_KEEP = {"nvt", "n.v.t.", "ongewijzigd", "idem", "gelijk", "gelijk gebleven", "-"}
# "750-900 (was 1000-1500)", "750-900, was 1000-1500"
_WAS = re.compile(r"^(?P<new>.*?)\s*[,(;]?\s*\bwas\s+(?P<old>[^)]*)\)?\s*$", re.IGNORECASE)


def validate_indicators(table: Table, problems: Problems) -> list[IndicatorRecord]:
    columns = match_columns(table, INDICATOR_IMPORT_COLUMNS, problems)
    if "name" not in columns.fields:
        return []
    records: dict[str, IndicatorRecord] = {}
    measured: dict[tuple[str, date], int] = {}
    for number, cells in table.rows:

        def error(name: str, message: str, number: int = number) -> None:
            problems.error(message, number, columns.header(name), file=table.file)

        def get(name: str, cells: list[str] = cells) -> str:
            return columns.get(cells, name).strip()

        for name in columns.fields:
            if len(get(name)) > TEXT_LIMIT:
                error(name, messages.TEXT_TOO_LONG.format(length=len(get(name)), limit=TEXT_LIMIT))
        name = " ".join(get("name").split())
        if not name:
            error("name", messages.IMPORT_REQUIRED_EMPTY)
            continue
        found = IndicatorRecord(row=number, name=name, unit=get("unit") or None)
        for field, column, year in (
            ("baseline", "baseline", False),
            ("baseline_year", "baseline_year", True),
            ("target_year", "target_year", True),
        ):
            text = get(column)
            if fold(text) in _EMPTY:
                continue
            value = parse_number(text)
            if value is None or (year and not (value.is_integer() and 1900 <= value <= 2100)):
                template = messages.IMPORT_BAD_YEAR if year else messages.BAD_NUMBER
                error(column, template.format(text=text))
                continue
            setattr(found, field, int(value) if year else value)
        _targets(found, get("target"), get("original_target"), error)
        if found.target_year is None:
            found.target_year = columns.years.get("target") or columns.years.get("original_target")
        value_text, date_text = get("value"), get("date")
        value = parse_number(value_text) if value_text else None
        day = parse_date(date_text) if date_text else None
        if value_text and value is None:
            error("value", messages.BAD_NUMBER.format(text=value_text))
        if date_text and day is None:
            error("date", messages.BAD_DATE.format(text=date_text))
        if value_text and not date_text:
            error("date", messages.IMPORT_VALUE_WITHOUT_DATE)
        if date_text and not value_text:
            error("value", messages.IMPORT_DATE_WITHOUT_VALUE)
        if value is not None and day is not None:
            first = measured.get((fold(name), day))
            if first is not None:
                error(
                    "date",
                    messages.IMPORT_DUPLICATE_MEASUREMENT.format(
                        name=name, date=day.isoformat(), first=first
                    ),
                )
            measured[(fold(name), day)] = number
            found.measurements[day] = value
        _merge(records, found, error)
    return list(records.values())


def _targets(found: IndicatorRecord, target: str, original: str, error) -> None:  # type: ignore[no-untyped-def]
    """The (revised) target and the original one: "750-900 (was 1000-1500)" in one cell, or
    an Oorspronkelijk doel column next to a Bijgesteld one whose "nvt" keeps the original."""
    if match := _WAS.match(target):
        target, original = match["new"].strip(), original or match["old"].strip()
    for text, column, fields in (
        (original, "original_target", ("original_target_min", "original_target_max")),
        (target, "target", ("target_min", "target_max")),
    ):
        if fold(text) in _EMPTY:
            continue
        parsed = parse_target(text)
        if parsed is None or parsed.min is None or parsed.per_year:
            error(column, messages.IMPORT_BAD_INDICATOR_TARGET.format(text=text))
            continue
        setattr(found, fields[0], parsed.min)
        setattr(found, fields[1], parsed.max)
    if fold(target) in _KEEP or (not target and original):
        found.keep_target = True
        if found.original_target_min is not None:
            # the original still stands: it is the target, and nothing was revised
            found.target_min, found.target_max = (
                found.original_target_min,
                found.original_target_max,
            )
            found.original_target_min = found.original_target_max = None


_MERGED = (
    "unit",
    "baseline",
    "baseline_year",
    "target_min",
    "target_max",
    "target_year",
    "original_target_min",
    "original_target_max",
)
_FIELD_COLUMN = {
    "target_min": "target",
    "target_max": "target",
    "original_target_min": "original_target",
    "original_target_max": "original_target",
}


def _merge(records: dict[str, IndicatorRecord], found: IndicatorRecord, error) -> None:  # type: ignore[no-untyped-def]
    """Rows for the same indicator: fill in what is missing; a contradiction is an error."""
    known = records.get(fold(found.name))
    if known is None:
        records[fold(found.name)] = found
        return
    for field in _MERGED:
        new, old = getattr(found, field), getattr(known, field)
        if new is None:
            continue
        if old is None:
            setattr(known, field, new)
        elif old != new:
            error(
                _FIELD_COLUMN.get(field, field),
                messages.IMPORT_INDICATOR_CONFLICT.format(
                    name=found.name, value=_plain(new), first=known.row, other=_plain(old)
                ),
            )
    known.measurements.update(found.measurements)


def _plain(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
