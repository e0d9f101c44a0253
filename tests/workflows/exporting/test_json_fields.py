"""The JSON export carries what the coordinators' files say beyond the basic schema:
``continuous`` (doorlopend), the target's qualifier (circa / minimaal / maximaal) and an
indicator's original target where it was revised; an .xlsx or .csv export imported again keeps
all three (issue 8)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from storage.db import get_engine
from storage.migrate import upgrade
from tests.support.import_files import HEADERS, INDICATOR_HEADERS, write_csv, write_xlsx
from workflows.exporting import export_file
from workflows.importing import import_file

T1 = datetime(2026, 3, 1, 9, tzinfo=UTC)
T2 = datetime(2026, 3, 2, 9, tzinfo=UTC)


def _row(code: str, target: str, deadline: str, planning: tuple[str, str, str]) -> list[str]:
    values = {"Nr": code, "Actielijn": "1. Wonen", "Actie": f"Actie {code}", "Doel": target,
              "Deadline": deadline}  # fmt: skip
    row = [values.get(h, "") for h in HEADERS]
    row[6:9] = list(planning)
    return row


ROWS = [
    _row("1.1", "circa 40 woningen", "doorlopend", ("", "", "")),
    _row("1.2", "minimaal 10 plekken per jaar", "", ("V", "R", "R")),
    _row("1.3", "max. 12 plekken", "2e helft 2027", ("", "V", "R")),
]
INDICATORS = [
    ["Geclusterde woningen", "woningen", "0", "2022", "750-900 (was 1000-1500)", "2030", "", ""],
    ["Zorggeschikte woningen", "woningen", "", "2022", "150", "2030", "", ""],
]


def _json(engine: Engine, path: Path) -> dict[str, Any]:
    export_file(engine, path)
    return dict(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_continuous_qualifier_and_original_target_survive_export_and_import(
    engine: Engine, tmp_path: Path, suffix: str
) -> None:
    source = write_xlsx(tmp_path / "bron.xlsx", ROWS, indicators=INDICATORS)
    import_file(engine, source, now=T1, name="Opvang")
    data = _json(engine, tmp_path / "eerst.json")
    actions = {a["code"]: a for a in data["actions"]}
    assert actions["1.1"]["continuous"] is True and actions["1.1"]["deadline"] is None
    assert actions["1.2"]["continuous"] is False
    assert actions["1.1"]["target"]["qualifier"] == "circa"
    assert actions["1.1"]["target"]["min"] == 40
    assert actions["1.2"]["target"]["qualifier"] == "minimaal"
    assert actions["1.2"]["target"]["per_year"] is True
    assert actions["1.3"]["target"]["qualifier"] == "maximaal"
    revised, kept = data["indicators"]
    assert (revised["target_min"], revised["target_max"]) == (750, 900)
    assert (revised["original_target_min"], revised["original_target_max"]) == (1000, 1500)
    assert kept["original_target_min"] is None and kept["target_min"] == 150

    exported = tmp_path / f"export.{suffix}"
    export_file(engine, exported)
    fresh = get_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    upgrade(fresh)
    import_file(fresh, exported, now=T2)
    assert _json(fresh, tmp_path / "daarna.json") == data


def test_csv_indicators_with_a_revised_target_read_back(tmp_path: Path, engine: Engine) -> None:
    """The CSV family: the indicators' own file carries "750-900 (was 1000-1500)" too."""
    source = write_csv(tmp_path / "p.csv", ROWS)
    write_csv(tmp_path / "p-indicatoren.csv", INDICATORS, INDICATOR_HEADERS)
    import_file(engine, source, now=T1, name="Opvang")
    indicator = _json(engine, tmp_path / "p.json")["indicators"][0]
    assert (indicator["original_target_min"], indicator["target_min"]) == (1000, 750)
