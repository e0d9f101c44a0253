"""``woonzorg import``: a programme from Excel or CSV into the database
(docs/specification.md section 4).

Three steps: ``read`` turns the file into tables of cell texts, ``validate`` turns those into
records while collecting every problem, ``apply`` writes them in the caller's transaction.
Any error and nothing is written; the ImportFailed lists file, row, column and what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from workflows import messages
from workflows.errors import Conflict, WoonzorgError
from workflows.importing.apply import apply_import
from workflows.importing.indicators import validate_indicators
from workflows.importing.people import validate_people
from workflows.importing.read import read_source
from workflows.importing.records import ImportData, Problems
from workflows.importing.result import FieldChange, ImportResult, SlackConflict
from workflows.importing.validate import validate_actions
from workflows.programme.statuses import Status
from workflows.runtime.collector import cyclic_gc_paused
from workflows.runtime.database import transaction

__all__ = [
    "ImportResult",
    "NotConfirmed",
    "format_summary",
    "import_file",
    "load_file",
    "run_import",
]


def load_file(path: Path) -> ImportData:
    """Read and validate FILE without touching the database; ImportFailed lists every error."""
    source = read_source(path)
    problems = Problems(source.file)
    actions = validate_actions(source.actions, problems)
    indicators = (
        validate_indicators(source.indicators, problems) if source.indicators is not None else None
    )
    people = validate_people(source.people, problems) if source.people is not None else []
    problems.raise_if_errors()
    return ImportData(
        file=source.file,
        title=source.title,
        actions=actions,
        indicators=indicators,
        people=people,
        warnings=problems.warnings,
        exported_at=source.exported_at,
    )


def programme_name_from(path: Path) -> str:
    """``van_opvang_naar_wonen.xlsx`` -> ``Van opvang naar wonen``."""
    words = " ".join(re.split(r"[_\-\s]+", path.stem)).strip() or path.stem
    return words[:1].upper() + words[1:]


def run_import(
    path: Path,
    *,
    session: Session,
    now: datetime,
    name: str | None = None,
    slug: str | None = None,
    workspace_id: str = "",
) -> ImportResult:
    """Import FILE into the workspace (default: the single-token one) inside the caller's
    session (the caller owns the transaction)."""
    data = load_file(path)
    return apply_import(
        data,
        session=session,
        now=now,
        name=name,
        default_name=programme_name_from(path),
        slug=slug,
        workspace_id=workspace_id,
    )


class _RollBack(Exception):
    """Leaves the transaction without committing (a dry run, or a refused confirmation)."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__("rolled back")
        self.result = result


def import_file(
    engine: Engine,
    path: Path,
    *,
    now: datetime,
    name: str | None = None,
    slug: str | None = None,
    dry_run: bool = False,
    overwrite: bool = False,
    confirm: Callable[[ImportResult], bool] | None = None,
    workspace_id: str = "",
) -> ImportResult:
    """Import FILE into the workspace (default: the single-token one) in one transaction:
    all of it, or (on any error) nothing.

    ``dry_run`` computes the whole difference and changes nothing. An import that would
    cancel actions or replace owners is kept only when ``confirm(result)`` says yes (no
    ``confirm``: yes). ``overwrite`` lets the file win over updates given in the bot later.
    """
    with cyclic_gc_paused():
        return _import_file(
            engine,
            path,
            now=now,
            name=name,
            slug=slug,
            dry_run=dry_run,
            overwrite=overwrite,
            confirm=confirm,
            workspace_id=workspace_id,
        )


def _import_file(
    engine: Engine,
    path: Path,
    *,
    now: datetime,
    name: str | None,
    slug: str | None,
    dry_run: bool,
    overwrite: bool,
    confirm: Callable[[ImportResult], bool] | None,
    workspace_id: str,
) -> ImportResult:
    data = load_file(path)  # read before opening the transaction: keeps it short
    try:
        with transaction(engine) as session:
            result = apply_import(
                data,
                session=session,
                now=now,
                name=name,
                default_name=programme_name_from(path),
                slug=slug,
                overwrite=overwrite,
                workspace_id=workspace_id,
                dry_run=dry_run,
            )
            if dry_run:
                raise _RollBack(result)
            if result.destructive and confirm is not None and not confirm(result):
                raise _RollBack(result)
            return result
    except _RollBack as stop:
        if dry_run:
            return stop.result
        raise NotConfirmed(messages.IMPORT_NOT_CONFIRMED.format(file=data.file)) from None
    except IntegrityError as exc:
        # another import (or the bot) wrote the same action or person meanwhile
        raise Conflict(messages.IMPORT_CONCURRENT.format(file=data.file)) from exc


class NotConfirmed(WoonzorgError):
    """The import would cancel actions or replace owners, and nobody said yes."""


def format_summary(result: ImportResult, *, dry_run: bool = False) -> str:
    """The Dutch summary printed after an import: added / changed / cancelled, then warnings.
    A dry run (and the question before a destructive import) lists every field as well."""
    if dry_run:
        lines = [
            messages.IMPORT_DRY_RUN_HEADER.format(
                file=result.file, name=result.programme, slug=result.slug
            )
        ]
    else:
        lines = [
            messages.IMPORT_SUMMARY.format(
                name=result.programme,
                file=result.file,
                total=messages.plural(result.total, *messages.ACTIONS),
            )
        ]
    if result.created:
        lines.append(messages.IMPORT_NEW_PROGRAMME.format(name=result.programme, slug=result.slug))
    for template, codes in (
        (messages.IMPORT_SUMMARY_ADDED, result.added),
        (messages.IMPORT_SUMMARY_CHANGED, result.changed),
        (messages.IMPORT_SUMMARY_CANCELLED, result.cancelled),
        (messages.IMPORT_SUMMARY_REINSTATED, result.reinstated),
    ):
        if codes:
            lines.append(template.format(count=len(codes), codes=_codes(codes)))
    if dry_run:
        lines += [_field_line(d) for d in result.details]
        if not (result.added or result.details or result.cancelled):
            lines.append(messages.IMPORT_DIFF_NONE)
    if result.owners_changed:
        lines.append(messages.IMPORT_DIFF_OWNERS.format(count=len(result.owners_changed)))
        lines += [_field_line(d) for d in result.owners_changed]
    if result.conflicts:
        template = (
            messages.IMPORT_CONFLICTS_OVERWRITTEN
            if result.overwritten
            else messages.IMPORT_CONFLICTS_KEPT
        )
        lines.append(template.format(count=len(result.conflicts)))
        lines += [_conflict_line(c) for c in result.conflicts]
    lines.append(messages.IMPORT_SUMMARY_UNCHANGED.format(count=result.unchanged))
    if result.indicators:
        lines.append(
            messages.IMPORT_SUMMARY_INDICATORS.format(
                count=result.indicators, measurements=result.measurements
            )
        )
    if result.warnings:
        lines.append(messages.IMPORT_WARNINGS_HEADER)
        lines += [f"- {w}" for w in result.warnings]
    return "\n".join(lines)


def _codes(codes: list[str], limit: int = 40) -> str:
    shown = ", ".join(codes[:limit])
    return shown + (f" … (+{len(codes) - limit})" if len(codes) > limit else "")


def _show(value: object) -> str:
    if value is None or value == "" or value == {} or value == []:
        return "-"
    if isinstance(value, Status):
        return value.label
    if isinstance(value, dict):
        return "; ".join(f"{k} {v}" for k, v in sorted(value.items()))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:77] + "..."


def _field_line(change: FieldChange) -> str:
    field = messages.IMPORT_FIELD_NAMES.get(change.field, change.field)
    old, new = change.old, change.new
    if change.field == "status":
        old, new = Status(old), Status(new)
    return messages.IMPORT_DIFF_FIELD.format(
        code=change.code, field=field, old=_show(old), new=_show(new)
    )


def _conflict_line(conflict: SlackConflict) -> str:
    return messages.IMPORT_CONFLICT_LINE.format(
        code=conflict.code,
        at=conflict.at.isoformat(timespec="minutes"),
        bot_status=Status(conflict.bot_status).label,
        bot_text=_show(conflict.bot_text),
        file_status=Status(conflict.file_status).label if conflict.file_status else "-",
        file_text=_show(conflict.file_text) if conflict.file_text is not None else "-",
    )
