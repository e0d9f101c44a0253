"""The optional Indicatoren sheet: programme-level measures with baseline, target, measurements.

One row per indicator, or several rows for one indicator that each add a measurement (Stand on
a Peildatum); the other cells of such rows repeat the indicator or stay empty.
"""

from __future__ import annotations

from datetime import date

from workflows import messages
from workflows.dates.dutch import fold, parse_date
from workflows.importing.columns import match_columns
from workflows.importing.read import Table
from workflows.importing.records import IndicatorRecord, Problems
from workflows.programme.columns import INDICATOR_COLUMNS, parse_number
from workflows.programme.targets import parse_target
from workflows.updates.history import TEXT_LIMIT

_EMPTY = {"", "nvt", "n.v.t.", "ntb", "n.t.b.", "-"}


def validate_indicators(table: Table, problems: Problems) -> list[IndicatorRecord]:
    columns = match_columns(table, INDICATOR_COLUMNS, problems)
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
        target = get("target")
        if fold(target) not in _EMPTY:
            parsed = parse_target(target)
            if parsed is None or parsed.min is None or parsed.per_year:
                error("target", messages.IMPORT_BAD_INDICATOR_TARGET.format(text=target))
            else:
                found.target_min, found.target_max = parsed.min, parsed.max
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


_MERGED = ("unit", "baseline", "baseline_year", "target_min", "target_max", "target_year")
_FIELD_COLUMN = {"target_min": "target", "target_max": "target"}


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
