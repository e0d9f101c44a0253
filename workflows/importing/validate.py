"""Turning the Acties table into validated action records, collecting every problem."""

from __future__ import annotations

import re

from workflows import messages
from workflows.dates.dutch import fold
from workflows.dates.halfyear import HalfYear
from workflows.dates.periods import parse_period
from workflows.errors import ParseError
from workflows.importing.columns import Columns, match_columns
from workflows.importing.read import Table
from workflows.importing.records import ActionRecord, Problems
from workflows.programme.columns import ACTION_COLUMNS, ACTION_IMPORT_COLUMNS
from workflows.programme.people import TEAM, parse_people
from workflows.programme.planning import (
    CONTINUOUS_WORDS,
    last_realisation,
    parse_phase_cell,
    read_planning,
)
from workflows.programme.statuses import Status
from workflows.programme.targets import NO_NUMBER, parse_target
from workflows.updates.history import TEXT_LIMIT

# "2. Werken aan perspectief", "Actielijn 2: Werken aan perspectief", "2 Werken aan perspectief"
_THEME = re.compile(
    r"^(?:(?:actielijn|speerpunt)\s*)?(?P<number>\d+[a-z]?)\s*(?:[.:)\-–]\s*|\s+)(?P<title>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_THEME_NUMBER_ONLY = re.compile(r"^(?:(?:actielijn|speerpunt)\s*)?(?P<number>\d+[a-z]?)\.?$", re.I)
_STEP = re.compile(r"^\s*[-•–*▪]\s*(?P<text>.*\S)")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")  # how a date cell reads; see IMPORT_CODE_IS_DATE


def steps_of(description: str) -> list[str]:
    """Lines starting with ``-`` or ``•`` are the action's steps."""
    return [m.group("text").strip() for line in description.split("\n") if (m := _STEP.match(line))]


def split_theme(text: str) -> tuple[str | None, str | None]:
    """(number, title) of an Actielijn cell; either may be missing."""
    text = " ".join(text.split())
    if match := _THEME_NUMBER_ONLY.match(text):
        return match.group("number"), None
    if match := _THEME.match(text):
        return match.group("number"), match.group("title").strip()
    return None, text


def normal_code(code: str) -> str:
    return " ".join(code.split()).rstrip(".")


class _Row:
    """One row's cells with the problem reporting bound to its row number."""

    def __init__(
        self, table: Table, columns: Columns, number: int, cells: list[str], problems: Problems
    ) -> None:
        self.table, self.columns, self.number = table, columns, number
        self.cells, self.problems = cells, problems

    def get(self, name: str) -> str:
        return self.columns.get(self.cells, name)

    def error(self, name: str, message: str) -> None:
        column = self.columns.header(name) if name in self.columns.fields else name
        self.problems.error(message, self.number, column, file=self.table.file)

    def warn(self, name: str, message: str) -> None:
        column = self.columns.header(name) if name in self.columns.fields else name
        self.problems.warn(message, self.number, column, file=self.table.file)

    def check_lengths(self) -> None:
        for name in self.columns.fields:
            value = self.get(name)
            if len(value) > TEXT_LIMIT:
                self.error(name, messages.TEXT_TOO_LONG.format(length=len(value), limit=TEXT_LIMIT))


def validate_actions(table: Table, problems: Problems) -> list[ActionRecord]:
    """Every row of the Acties table as an ActionRecord; problems collected, never raised."""
    columns = match_columns(table, ACTION_IMPORT_COLUMNS, problems, half_year_columns=True)
    if any(name not in columns.fields for name in ACTION_COLUMNS.required):
        return []
    if not table.rows:
        problems.error(messages.IMPORT_NO_ACTIONS, table.header_row, file=table.file)
        return []
    records: list[ActionRecord] = []
    first_row: dict[str, int] = {}
    owner_written: set[int] = set()  # rows whose Regiehouder cell is not empty
    for number, cells in table.rows:
        row = _Row(table, columns, number, cells, problems)
        row.check_lengths()
        if row.get("owner").strip():
            owner_written.add(number)
        record = _action(row)
        code = normal_code(row.get("code"))
        if _ISO_DATE.match(code):
            row.error("code", messages.IMPORT_CODE_IS_DATE.format(text=code))
            continue
        if code.lower() in first_row:
            message = messages.IMPORT_DUPLICATE_CODE.format(
                code=code, first=first_row[code.lower()]
            )
            row.error("code", message)
            continue
        if code:
            first_row[code.lower()] = number
        if record is not None:
            records.append(record)
    _resolve_themes(records, table, columns, problems)
    for record in records:
        # An owner cell that could not be read already has its error; "no owner" would mislead.
        if record.owner is None and record.row not in owner_written:
            problems.warn(
                messages.IMPORT_NO_OWNER.format(code=record.code),
                record.row,
                _header(columns, "owner"),
                file=table.file,
            )
    return records


def _header(columns: Columns, name: str) -> str:
    return columns.header(name) if name in columns.fields else ACTION_COLUMNS["owner"].header


def _action(row: _Row) -> ActionRecord | None:
    values = {name: row.get(name) for name in ("code", "theme", "title")}
    missing = [name for name, value in values.items() if not value.strip()]
    for name in missing:
        row.error(name, messages.IMPORT_REQUIRED_EMPTY)
    number, title = split_theme(values["theme"])
    record = ActionRecord(
        row=row.number,
        code=normal_code(values["code"]),
        theme_number=number or "",
        theme_title=title or "",
        title=" ".join(values["title"].split()),
    )
    for column, codec in ACTION_COLUMNS.plain_fields:
        try:
            record.values[column.key] = codec.parse(row.get(column.key))
        except ParseError as exc:
            row.error(column.key, str(exc))
    record.steps = steps_of(record.values.get("description", ""))
    _owners(row, record)
    record.planning = _planning(row, record)
    _target(row, record)
    _deadline(row, record)
    status = row.get("status")
    if status.strip():
        try:
            record.status = Status.parse(status)
        except ParseError as exc:
            row.error("status", str(exc))
    record.status_text = row.get("status_text").strip() or None
    return None if missing else record


def _owners(row: _Row, record: ActionRecord) -> None:
    """Regiehouder: one person or team; "A / B" is owner A and deputy B (a warning says so).
    Plaatsvervanger: more deputies."""
    try:
        owners = parse_people(row.get("owner"))
    except ParseError as exc:
        row.error("owner", str(exc))
        owners = []
    if owners:
        record.owner, record.deputies = owners[0], owners[1:]
    if len(owners) > 1:
        row.warn(
            "owner",
            messages.IMPORT_OWNER_SPLIT.format(
                owner=owners[0].as_text(), deputies=", ".join(p.as_text() for p in owners[1:])
            ),
        )
    if record.owner is not None and record.owner.kind == TEAM:
        row.warn("owner", messages.IMPORT_OWNER_TEAM.format(name=record.owner.name))
    try:
        record.deputies += parse_people(row.get("deputy").replace(",", ";"))
    except ParseError as exc:
        row.error("deputy", str(exc))


def _target(row: _Row, record: ActionRecord) -> None:
    record.target = parse_target(row.get("target"))
    target = record.target
    if target is not None and not target.has_number and fold(target.text) not in NO_NUMBER:
        row.warn("target", messages.IMPORT_TARGET_NO_NUMBER.format(text=target.text))


def _deadline(row: _Row, record: ActionRecord) -> None:
    """A half-year, date, quarter, month, year or "t/m 2027"; or "doorlopend"."""
    deadline = " ".join(row.get("deadline").split())
    if fold(deadline) in CONTINUOUS_WORDS:
        record.continuous = True
        return
    if not deadline:
        last = last_realisation(record.planning)
        record.deadline = last.code if last else None
        return
    period = parse_period(deadline)
    if period is None:
        row.error("deadline", messages.BAD_HALF_YEAR.format(text=deadline))
        return
    record.deadline = period.last.code
    if period.rounded or period.first != period.last:
        row.warn(
            "deadline",
            messages.IMPORT_ROUNDED.format(text=deadline, half=period.last.label),
        )
    _check_deadline(row, record)


def _check_deadline(row: _Row, record: ActionRecord) -> None:
    """A deadline before the first planned half-year is most likely a typo: warn, not refuse."""
    if not record.planning or record.deadline is None:
        return
    deadline = HalfYear.from_code(record.deadline)
    first = min(HalfYear.from_code(code) for code in record.planning)
    if deadline < first:
        message = messages.IMPORT_DEADLINE_BEFORE_PLANNING.format(
            code=record.code, deadline=deadline.label, first=first.label
        )
        row.warn("deadline", message)


def _planning(row: _Row, record: ActionRecord) -> dict[str, str]:
    planning: dict[str, str] = {}
    compact = row.get("planning")
    if fold(" ".join(compact.split())) in CONTINUOUS_WORDS:
        record.continuous = True
    elif compact.strip():
        try:
            planning, rounded = read_planning(compact)
        except ParseError as exc:
            row.error("planning", str(exc))
        else:
            for segment in rounded:
                row.warn("planning", messages.IMPORT_PLANNING_ROUNDED.format(text=segment))
    for index, half in row.columns.half_years.items():
        cell = row.cells[index] if index < len(row.cells) else ""
        header = row.columns.headers[index]
        try:
            phase = parse_phase_cell(cell)
        except ParseError as exc:
            row.problems.error(str(exc), row.number, header, file=row.table.file)
            continue
        if phase is None:
            continue
        earlier = planning.get(half.code)
        if earlier is not None and earlier != phase.value:
            row.problems.error(
                messages.IMPORT_PLANNING_CONFLICT.format(
                    half=half.label,
                    one=messages.PLANNING_LABELS[earlier],
                    other=messages.PLANNING_LABELS[phase.value],
                ),
                row.number,
                header,
                file=row.table.file,
            )
        planning[half.code] = phase.value
    return dict(sorted(planning.items()))


def _resolve_themes(
    records: list[ActionRecord], table: Table, columns: Columns, problems: Problems
) -> None:
    """Give every record a theme number and title; the same number must keep one title."""
    by_title: dict[str, str] = {}
    titles: dict[str, tuple[str, int]] = {}
    for record in records:
        if record.theme_number and record.theme_title:
            by_title.setdefault(fold(record.theme_title), record.theme_number)
            titles.setdefault(record.theme_number, (record.theme_title, record.row))
    for record in records:
        if not record.theme_number:
            prefix = record.code.split(".")[0]
            record.theme_number = by_title.get(fold(record.theme_title)) or (
                prefix if prefix.isdigit() else str(len(titles) + 1)
            )
        known = titles.get(record.theme_number)
        if not record.theme_title:
            record.theme_title = known[0] if known else f"Actielijn {record.theme_number}"
        if known is None:
            titles[record.theme_number] = (record.theme_title, record.row)
        elif fold(known[0]) != fold(record.theme_title):
            problems.error(
                messages.IMPORT_THEME_TITLE_CONFLICT.format(
                    number=record.theme_number,
                    title=record.theme_title,
                    first=known[1],
                    other=known[0],
                ),
                record.row,
                columns.header("theme"),
                file=table.file,
            )
