"""Turning the Acties table into validated action records, collecting every problem."""

from __future__ import annotations

import re

from workflows import messages
from workflows.dates.dutch import fold
from workflows.dates.halfyear import HalfYear
from workflows.errors import ParseError
from workflows.importing.columns import Columns, match_columns
from workflows.importing.money import parse_money
from workflows.importing.read import Table
from workflows.importing.records import ActionRecord, Problems
from workflows.programme.columns import ACTION_COLUMNS
from workflows.programme.people import parse_person
from workflows.programme.planning import last_realisation, parse_phase_cell, parse_planning
from workflows.programme.statuses import Status
from workflows.programme.targets import parse_target
from workflows.updates.history import TEXT_LIMIT

# "2. Werken aan perspectief", "Actielijn 2: Werken aan perspectief", "2 Werken aan perspectief"
_THEME = re.compile(
    r"^(?:(?:actielijn|speerpunt)\s*)?(?P<number>\d+[a-z]?)\s*(?:[.:)\-–]\s*|\s+)(?P<title>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_THEME_NUMBER_ONLY = re.compile(r"^(?:(?:actielijn|speerpunt)\s*)?(?P<number>\d+[a-z]?)\.?$", re.I)
_STEP = re.compile(r"^\s*[-•–*▪]\s*(?P<text>.*\S)")
_LIST_SPLIT = re.compile(r"[;,\n]")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")  # how a date cell reads; see IMPORT_CODE_IS_DATE


def steps_of(description: str) -> list[str]:
    """Lines starting with ``-`` or ``•`` are the action's steps."""
    return [m.group("text").strip() for line in description.split("\n") if (m := _STEP.match(line))]


def split_partners(text: str) -> list[str]:
    return [p.strip() for p in _LIST_SPLIT.split(text) if p.strip()]


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
    columns = match_columns(table, ACTION_COLUMNS, problems, half_year_columns=True)
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
    description = row.get("description").strip()
    record.description = description
    record.steps = steps_of(description)
    record.partners = split_partners(row.get("partners"))
    try:
        record.owner = parse_person(row.get("owner"))
    except ParseError as exc:
        row.error("owner", str(exc))
    record.planning = _planning(row)
    record.target = parse_target(row.get("target"))
    deadline = row.get("deadline")
    if deadline.strip():
        try:
            record.deadline = HalfYear.parse(deadline).code
        except ParseError as exc:
            row.error("deadline", str(exc))
        else:
            _check_deadline(row, record)
    else:
        last = last_realisation(record.planning)
        record.deadline = last.code if last else None
    for name in ("budget", "spent"):
        if name in row.columns.fields:
            try:
                setattr(record, name, parse_money(row.get(name)))
            except ParseError as exc:
                row.error(name, str(exc))
    status = row.get("status")
    if status.strip():
        try:
            record.status = Status.parse(status)
        except ParseError as exc:
            row.error("status", str(exc))
    record.status_text = row.get("status_text").strip() or None
    return None if missing else record


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


def _planning(row: _Row) -> dict[str, str]:
    planning: dict[str, str] = {}
    compact = row.get("planning")
    if compact.strip():
        try:
            planning = parse_planning(compact)
        except ParseError as exc:
            row.error("planning", str(exc))
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
