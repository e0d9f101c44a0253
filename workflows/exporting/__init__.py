"""``woonzorg export``: the programme as .json (docs/specification.md section 5), .xlsx or .csv.

.xlsx and .csv use the import format, so importing an export gives the same programme. A CSV
holds one sheet, so the indicators and people go to sibling files (``x-indicatoren.csv``,
``x-personen.csv``) that the import picks up again.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import Engine

from workflows import messages
from workflows.errors import WoonzorgError
from workflows.exporting.snapshot import Snapshot, load_snapshot, programme_json
from workflows.exporting.tables import Sheet, actions_sheet, indicators_sheet, people_sheet
from workflows.exporting.write import write_csv, write_xlsx
from workflows.importing.read import sibling
from workflows.runtime.database import transaction

__all__ = ["ExportResult", "export_file", "programme_json", "write_snapshot"]

SUFFIXES = (".json", ".xlsx", ".csv")


@dataclass
class ExportResult:
    programme: str
    files: list[Path]
    actions: int

    def summary(self) -> str:
        files = ", ".join(str(f) for f in self.files)
        return messages.EXPORT_DONE.format(
            name=self.programme, files=files, total=messages.plural(self.actions, *messages.ACTIONS)
        )


def export_file(
    engine: Engine,
    path: Path,
    *,
    workspace_id: str = "",
    programme_id: int | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """Write the programme of ``workspace_id`` (its only one, unless ``programme_id`` names
    one) to PATH, in the format its extension names. With ``now``, the .xlsx/.csv carries
    that moment, so that a re-import knows which Slack updates came after the file."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise WoonzorgError(messages.EXPORT_BAD_EXTENSION.format(suffix=suffix or path.name))
    with transaction(engine) as session:
        snapshot = load_snapshot(
            session=session, workspace_id=workspace_id, programme_id=programme_id
        )
    return write_snapshot(snapshot, path, exported_at=now)


def write_snapshot(
    snapshot: Snapshot, path: Path, *, exported_at: datetime | None = None
) -> ExportResult:
    """Write an already loaded programme. Each file is written to a temporary name first and
    then renamed, so a failed export never leaves a half-written file behind."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise WoonzorgError(messages.EXPORT_BAD_EXTENSION.format(suffix=suffix or path.name))
    files = [path]
    try:
        if suffix == ".json":
            text = json.dumps(programme_json(snapshot), ensure_ascii=False, indent=2)
            _atomic(path, lambda tmp: tmp.write_text(text + "\n", encoding="utf-8"))
        elif suffix == ".xlsx":
            sheets = [actions_sheet(snapshot), indicators_sheet(snapshot), people_sheet(snapshot)]
            present = [s for s in sheets if s]
            _atomic(
                path,
                lambda tmp: write_xlsx(
                    tmp, present, title=snapshot.programme.name, exported_at=exported_at
                ),
            )
        else:
            actions = actions_sheet(snapshot)
            title = snapshot.programme.name
            _atomic(path, lambda tmp: write_csv(tmp, actions, title=title, exported_at=exported_at))
            for sheet, suffix_name in (
                (indicators_sheet(snapshot), messages.SUFFIX_INDICATORS),
                (people_sheet(snapshot), messages.SUFFIX_PEOPLE),
            ):
                other = sibling(path, suffix_name)
                if sheet is not None:
                    _atomic(other, functools.partial(_csv_to, sheet))
                    files.append(other)
                elif other.exists():
                    other.unlink()  # a stale sibling would be imported with this file
    except OSError as exc:
        raise WoonzorgError(
            messages.EXPORT_CANNOT_WRITE.format(file=path, detail=exc.strerror or exc)
        ) from exc
    return ExportResult(
        programme=snapshot.programme.name, files=files, actions=len(snapshot.actions)
    )


def _csv_to(sheet: Sheet, path: Path) -> None:
    write_csv(path, sheet)


def _atomic(path: Path, write: Callable[[Path], object]) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        write(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
