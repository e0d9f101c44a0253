"""The programme as rows in the import format, for .xlsx and .csv.

The headers and their order come from workflows/programme/columns.py. What these rows say, an
import reads back to the same programme: planning as half-year columns with V/R cells in the
place of the Planning column, the deadline always written out, the status as its Dutch label.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from storage.models import Indicator
from workflows import messages
from workflows.dates.halfyear import HalfYear
from workflows.exporting.snapshot import Snapshot
from workflows.programme.columns import (
    ACTION_COLUMNS,
    INDICATOR_COLUMNS,
    PEOPLE_COLUMNS,
    ColumnSet,
    plain,
)
from workflows.programme.people import PersonRef

Cell = str | int | float | date | None


@dataclass
class Sheet:
    name: str
    headers: list[str]
    rows: list[list[Cell]]
    wide: tuple[str, ...] = ()  # columns that hold long text (wider, wrapped in Excel)


def _headers(columns: ColumnSet) -> list[str]:
    return [column.header for column in columns]


def _half_years(snapshot: Snapshot) -> list[HalfYear]:
    codes = {code for a in snapshot.actions for code in a.planning}
    if not codes:
        return []
    halves = sorted(HalfYear.from_code(c) for c in codes)
    return HalfYear.span(halves[0], halves[-1])


def actions_sheet(snapshot: Snapshot) -> Sheet:
    halves = _half_years(snapshot)
    headers = [
        name
        for column in ACTION_COLUMNS
        for name in ([column.header] if column.exported else [h.label for h in halves])
    ]
    rows: list[list[Cell]] = []
    for action in snapshot.actions:
        theme = snapshot.theme(action)
        owner = snapshot.people.get(action.owner_id) if action.owner_id is not None else None
        owner_text = (
            PersonRef(name=owner.name, email=owner.email, slack_id=owner.slack_id).as_text()
            if owner
            else ""
        )
        deadline = HalfYear.from_code(action.deadline).label if action.deadline else ""
        if action.continuous and not action.deadline:
            deadline = messages.CONTINUOUS  # "doorlopend" reads back as continuous
        cells: dict[str, list[Cell]] = {
            "code": [action.code],
            "theme": [f"{theme.number}. {theme.title}"],
            "title": [action.title],
            "owner": [owner_text],
            "planning": [
                messages.PLANNING_CELL.get(action.planning.get(h.code, ""), "") for h in halves
            ],
            "target": [action.target_text or ""],
            "deadline": [deadline],
            "budget": [money_cell(action.budget, action.budget_years)],
            "spent": [money_cell(action.spent, action.spent_years)],
            "status": [action.status.label],
            "status_text": [action.status_text],
        }
        for column, codec in ACTION_COLUMNS.plain_fields:
            cells[column.key] = [codec.cell(getattr(action, column.key))]
        rows.append([cell for column in ACTION_COLUMNS for cell in cells[column.key]])
    wide = tuple(column.header for column in ACTION_COLUMNS if column.wide)
    return Sheet(messages.SHEET_ACTIONS, headers, rows, wide)


def money_cell(total: float | None, years: dict[str, float] | None) -> Cell:
    """An amount as the import reads it back: per year when known, else the number."""
    if years:
        return "; ".join(f"{year}: {plain(value)}" for year, value in sorted(years.items()))
    return plain(total) if total is not None else None


def _range(low: float | None, high: float | None) -> str:
    if low is None:
        return ""
    if high is None or high == low:
        return str(plain(low))
    return f"{plain(low)}-{plain(high)}"


def _target_cell(indicator: Indicator) -> str:
    """The target, with the original one where it was revised: "750-900 (was 1000-1500)",
    which the import reads back into both."""
    target = _range(indicator.target_min, indicator.target_max)
    original = _range(indicator.original_target_min, indicator.original_target_max)
    return (
        messages.INDICATOR_TARGET_WAS.format(target=target, original=original)
        if (original and target)
        else target
    )


def indicators_sheet(snapshot: Snapshot) -> Sheet | None:
    if not snapshot.indicators:
        return None
    headers = _headers(INDICATOR_COLUMNS)
    rows: list[list[Cell]] = []
    for indicator in snapshot.indicators:
        base: list[Cell] = [
            indicator.name,
            indicator.unit or "",
            plain(indicator.baseline),
            indicator.baseline_year,
            _target_cell(indicator),
            indicator.target_year,
        ]
        measurements = snapshot.measurements.get(indicator.id or 0, [])
        if not measurements:
            rows.append([*base, None, None])
        for m in measurements:  # one row per measurement, the indicator repeated
            rows.append([*base, plain(m.value), m.date])
    return Sheet(messages.SHEET_INDICATORS, headers, rows)


def people_sheet(snapshot: Snapshot) -> Sheet | None:
    """Everyone with an e-mail or Slack id: how owners keep their Slack id across an export."""
    rows: list[list[Cell]] = [
        [
            p.name or "",
            p.email or "",
            p.slack_id or "",
            messages.YES if p.id in snapshot.coordinators else messages.NO,
        ]
        for p in snapshot.people.values()
        if p.email or p.slack_id
    ]
    if not rows:
        return None
    headers = _headers(PEOPLE_COLUMNS)
    return Sheet(messages.SHEET_PEOPLE, headers, rows)
