"""``woonzorg import``: a programme from Excel or CSV into the database
(docs/specification.md section 4).

Three steps: ``read`` turns the file into tables of cell texts, ``validate`` turns those into
records while collecting every problem, ``apply`` writes them in the caller's transaction.
Any error and nothing is written; the ImportFailed lists file, row, column and what is wrong.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from workflows import messages
from workflows.errors import Conflict
from workflows.importing.apply import ImportResult, apply_import
from workflows.importing.indicators import validate_indicators
from workflows.importing.people import validate_people
from workflows.importing.read import read_source
from workflows.importing.records import ImportData, Problems
from workflows.importing.validate import validate_actions
from workflows.runtime.database import transaction

__all__ = ["ImportResult", "format_summary", "import_file", "load_file", "run_import"]


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
    )


def programme_name_from(path: Path) -> str:
    """``van_opvang_naar_wonen.xlsx`` -> ``Van opvang naar wonen``."""
    words = " ".join(re.split(r"[_\-\s]+", path.stem)).strip() or path.stem
    return words[:1].upper() + words[1:]


def run_import(
    path: Path, *, session: Session, now: datetime, name: str | None = None
) -> ImportResult:
    """Import FILE inside the caller's session (the caller owns the transaction)."""
    data = load_file(path)
    return apply_import(
        data, session=session, now=now, name=name, default_name=programme_name_from(path)
    )


def import_file(
    engine: Engine, path: Path, *, now: datetime, name: str | None = None
) -> ImportResult:
    """Import FILE in one transaction: all of it, or (on any error) nothing."""
    data = load_file(path)  # read before opening the transaction: keeps it short
    try:
        with transaction(engine) as session:
            return apply_import(
                data, session=session, now=now, name=name, default_name=programme_name_from(path)
            )
    except IntegrityError as exc:
        # another import (or the bot) wrote the same action or person meanwhile
        raise Conflict(messages.IMPORT_CONCURRENT.format(file=data.file)) from exc


def format_summary(result: ImportResult) -> str:
    """The Dutch summary printed after an import: added / changed / cancelled, then warnings."""
    lines = [
        messages.IMPORT_SUMMARY.format(name=result.programme, file=result.file, total=result.total)
    ]
    for template, codes in (
        (messages.IMPORT_SUMMARY_ADDED, result.added),
        (messages.IMPORT_SUMMARY_CHANGED, result.changed),
        (messages.IMPORT_SUMMARY_CANCELLED, result.cancelled),
    ):
        if codes:
            lines.append(template.format(count=len(codes), codes=_codes(codes)))
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
