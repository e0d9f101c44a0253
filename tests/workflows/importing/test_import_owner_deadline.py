"""A bad Regiehouder cell gives its error only (no "geen regiehouder" warning besides); a
deadline before the first planned half-year is a warning naming row and column."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from tests.support.import_files import HEADERS, ROWS, write_csv
from workflows.errors import ImportFailed
from workflows.importing import format_summary, import_file

NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def _rows(row: int, column: str, value: str) -> list[list[str]]:
    rows = [list(r) for r in ROWS]
    rows[row][HEADERS.index(column)] = value
    return rows


def test_an_unreadable_owner_gives_only_the_error(sqlite_engine: Engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", _rows(0, "Regiehouder", "Anna <anna@@voorbeeld>"))
    with pytest.raises(ImportFailed) as caught:
        import_file(sqlite_engine, path, now=NOW)
    problems = [p for p in caught.value.problems if "rij 2," in str(p)]
    assert [(p.column, p.warning) for p in problems] == [("Regiehouder", False)]
    assert "Actie 1.1 heeft geen regiehouder" not in str(caught.value)
    assert "Actie 1.2 heeft geen regiehouder" in str(caught.value)  # empty cell: still warned


def test_a_deadline_before_the_planning_is_a_warning(sqlite_engine: Engine, tmp_path: Path) -> None:
    # 1.1 is planned from 1e helft 2026 to 1e helft 2027
    path = write_csv(tmp_path / "p.csv", _rows(0, "Deadline", "begin 2021"))
    result = import_file(sqlite_engine, path, now=NOW)
    warning = (
        "p.csv, rij 2, kolom 'Deadline': De deadline van actie 1.1 (1e helft 2021) ligt vóór "
        "het eerste geplande halfjaar (1e helft 2026). Klopt de deadline?"
    )
    assert warning in [str(w) for w in result.warnings]
    assert warning in format_summary(result)
    assert "1.1" in result.added  # accepted all the same
