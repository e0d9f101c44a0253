"""What an import produces before it touches the database: records and problems."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from workflows import messages
from workflows.errors import ImportFailed
from workflows.programme.people import PersonRef
from workflows.programme.statuses import Status
from workflows.programme.targets import Target


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning) in a file, located as the user sees it in Excel."""

    file: str
    message: str
    row: int | None = None
    column: str | None = None
    warning: bool = False

    def __str__(self) -> str:
        where = messages.IMPORT_LOCATION_FILE.format(file=self.file)
        if self.row is not None:
            where += messages.IMPORT_LOCATION_ROW.format(row=self.row)
        if self.column:
            where += messages.IMPORT_LOCATION_COLUMN.format(column=self.column)
        return f"{where}: {self.message}"


@dataclass
class Problems:
    """Collects every problem of an import so the user sees them all at once."""

    file: str
    items: list[Problem] = field(default_factory=list)

    def error(
        self, message: str, row: int | None = None, column: str | None = None, *, file: str = ""
    ) -> None:
        self.items.append(Problem(file or self.file, message, row, column))

    def warn(
        self, message: str, row: int | None = None, column: str | None = None, *, file: str = ""
    ) -> None:
        self.items.append(Problem(file or self.file, message, row, column, warning=True))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.warning]

    def raise_if_errors(self) -> None:
        """Stop the import with one Dutch message listing every error (and the warnings)."""
        errors = self.errors
        if errors:
            raise failure(self.file, errors, self.warnings)


def failure(file: str, errors: Sequence[Problem], warnings: Sequence[Problem] = ()) -> ImportFailed:
    """The ImportFailed for these problems: a Dutch headline, then one line per problem."""
    if len(errors) == 1:
        head = messages.IMPORT_FAILED_ONE.format(file=file)
    else:
        head = messages.IMPORT_FAILED_MANY.format(file=file, count=len(errors))
    lines = [head, *(f"- {p}" for p in errors)]
    if warnings:
        lines += [messages.IMPORT_WARNINGS_HEADER, *(f"- {p}" for p in warnings)]
    return ImportFailed("\n".join(lines), [*errors, *warnings])


@dataclass
class ActionRecord:
    row: int
    code: str
    theme_number: str
    theme_title: str
    title: str
    # the plain fields (ACTION_COLUMNS.plain_fields), by the Action attribute each one fills
    values: dict[str, Any] = field(default_factory=dict)
    steps: list[str] = field(default_factory=list)  # the description's "- " lines
    owner: PersonRef | None = None
    deputies: list[PersonRef] = field(default_factory=list)
    continuous: bool = False  # "doorlopend": no deadline
    planning: dict[str, str] = field(default_factory=dict)
    target: Target | None = None
    deadline: str | None = None
    # Money (EUR): set only when the file has the column, so an import without it keeps them.
    budget: tuple[float | None, dict[str, float] | None] | None = None
    spent: tuple[float | None, dict[str, float] | None] | None = None
    status: Status | None = None  # None: not given (new actions start as not_started)
    status_text: str | None = None  # None: not given (keeps the current stand van zaken)


@dataclass
class IndicatorRecord:
    row: int
    name: str
    unit: str | None = None
    baseline: float | None = None
    baseline_year: int | None = None
    target_min: float | None = None
    target_max: float | None = None
    target_year: int | None = None
    original_target_min: float | None = None
    original_target_max: float | None = None
    keep_target: bool = False  # "nvt"/"ongewijzigd": the target stays as it is
    measurements: dict[date, float] = field(default_factory=dict)


@dataclass
class PersonRecord:
    row: int
    name: str | None
    email: str | None
    slack_id: str | None
    contact: str | None = None  # a team's contact person: a name or e-mail address
    coordinator: bool | None = None  # the Coördinator column: ja/nee; None when empty


@dataclass
class ImportData:
    """A validated file, ready to apply."""

    file: str
    title: str | None  # the programme name stored in the workbook, if any
    actions: list[ActionRecord]
    indicators: list[IndicatorRecord] | None  # None: no Indicatoren sheet given
    people: list[PersonRecord]
    warnings: list[Problem]
    exported_at: datetime | None = None  # when the bot wrote this file (None: not by the bot)
