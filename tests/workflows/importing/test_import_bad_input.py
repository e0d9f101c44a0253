"""Bad input through ``woonzorg import``: a Dutch message naming file, row and column, a
non-zero exit, no traceback, and nothing changed in the database."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from bot.cli import app
from tests.support.import_files import HEADERS, INDICATOR_HEADERS, ROWS, write_csv, write_xlsx

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"


def _run(url: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"DATABASE_URL": url})
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, result.output


def _state(url: str, tmp_path: Path) -> str:
    target = tmp_path / "state.json"
    code, output = _run(url, "export", str(target))
    assert code == 0, output
    return target.read_text(encoding="utf-8")


@pytest.fixture
def loaded(sqlite_url: str, tmp_path: Path) -> str:
    """A database holding the sample programme, before each bad import."""
    code, output = _run(sqlite_url, "import", str(write_csv(tmp_path / "goed.csv", ROWS)))
    assert code == 0, output
    return sqlite_url


def _rows(**changes: tuple[int, str, str]) -> list[list[str]]:
    rows = [list(r) for r in ROWS]
    for row_index, column, value in changes.values():
        rows[row_index][HEADERS.index(column)] = value
    return rows


def _missing_column(p: Path) -> Path:
    headers = [h for h in HEADERS if h != "Actielijn"]
    rows = [[c for h, c in zip(HEADERS, r, strict=True) if h != "Actielijn"] for r in ROWS]
    return write_csv(p / "programma.csv", rows, headers)


def _no_sheet(p: Path) -> Path:
    book = Workbook()
    book.active.title = "Blad1"  # type: ignore[union-attr]
    book.save(p / "programma.xlsx")
    return p / "programma.xlsx"


def _empty_sheet(p: Path) -> Path:
    book = Workbook()
    book.active.title = "Acties"  # type: ignore[union-attr]
    book.save(p / "programma.xlsx")
    return p / "programma.xlsx"


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def build(p: Path) -> Path:
        (p / name).write_bytes(data)
        return p / name

    return build


BAD: dict[str, tuple[Callable[[Path], Path], list[str]]] = {
    "missing required column": (
        _missing_column,
        ["programma.csv, rij 1, kolom 'Actielijn': De verplichte kolom 'Actielijn' ontbreekt."],
    ),
    "half-year 3e helft": (
        lambda p: write_csv(p / "programma.csv", _rows(a=(2, "Deadline", "3e helft 2026"))),
        ["programma.csv, rij 4, kolom 'Deadline': '3e helft 2026' is geen halfjaar"],
    ),
    "half-year column 3e helft": (
        lambda p: write_csv(
            p / "programma.csv", ROWS, [*HEADERS[:6], "3e helft 2026", *HEADERS[7:]]
        ),
        ["programma.csv, rij 1, kolom '3e helft 2026': '3e helft 2026' lijkt een halfjaarkolom"],
    ),
    "status misschien, on every bad row": (
        lambda p: write_csv(
            p / "programma.csv",
            _rows(a=(0, "Status", "misschien"), b=(3, "Status", "wellicht")),
        ),
        [
            "2 fouten gevonden",
            "programma.csv, rij 2, kolom 'Status': 'misschien' is geen status",
            "programma.csv, rij 5, kolom 'Status': 'wellicht' is geen status",
        ],
    ),
    "unreadable date": (
        lambda p: write_csv(p / "programma.csv", _rows(a=(1, "Deadline", "31-13-2027"))),
        ["programma.csv, rij 3, kolom 'Deadline': '31-13-2027' is geen halfjaar of datum"],
    ),
    "unreadable measurement date": (
        lambda p: write_xlsx(
            p / "programma.xlsx",
            ROWS,
            indicators=[["Geclusterde woningen", "", "", "", "", "", "700", "gisteren"]],
        ),
        ["programma.xlsx, rij 2, kolom 'Peildatum': 'gisteren' is geen datum"],
    ),
    "duplicate Nr": (
        lambda p: write_csv(p / "programma.csv", _rows(a=(2, "Nr", "1.2"))),
        ["programma.csv, rij 4, kolom 'Nr': Actie 1.2 staat er twee keer in (ook op rij 3)."],
    ),
    "Nr that Excel turned into a date": (
        lambda p: write_xlsx(p / "programma.xlsx", _rows(a=(1, "Nr", date(2026, 1, 2)))),
        ["programma.xlsx, rij 3, kolom 'Nr': Nr is een datum (2026-01-02)"],
    ),
    "empty csv": (_write("programma.csv", b""), ["programma.csv: Het bestand is leeg"]),
    "empty xlsx sheet": (_empty_sheet, ["programma.xlsx: Het bestand is leeg"]),
    "header only": (
        lambda p: write_csv(p / "programma.csv", []),
        ["programma.csv, rij 1: Er staan geen acties in het bestand"],
    ),
    "png renamed to xlsx": (
        _write("programma.xlsx", PNG),
        ["programma.xlsx: Dit is geen leesbaar Excel-bestand (.xlsx)."],
    ),
    "random bytes as csv": (
        _write("programma.csv", bytes(range(256)) * 4),
        ["programma.csv: Dit is geen leesbaar CSV-bestand"],
    ),
    "a text file": (
        _write("programma.txt", b"Nr;Actie\n1.1;Iets\n"),
        ["programma.txt: Alleen .xlsx- en .csv-bestanden kunnen worden geïmporteerd"],
    ),
    "xlsx without sheet Acties": (
        _no_sheet,
        ["programma.xlsx: Het werkblad 'Acties' ontbreekt (gevonden: Blad1)."],
    ),
    "indicator target that is not a range": (
        lambda p: write_xlsx(
            p / "programma.xlsx",
            ROWS,
            indicators=[["Geclusterde woningen", "", "", "", "veel", "", "", ""]],
        ),
        ["programma.xlsx, rij 2, kolom 'Doel': 'veel' is geen doel"],
    ),
    "10,000-character cell": (
        lambda p: write_csv(p / "programma.csv", _rows(a=(1, "Omschrijving", "x" * 10_000))),
        ["programma.csv, rij 3, kolom 'Omschrijving': De tekst is 10000 tekens; het maximum is"],
    ),
    "file that does not exist": (
        lambda p: p / "bestaat_niet.xlsx",
        ["bestaat_niet.xlsx: Het bestand bestaat niet of is niet te lezen."],
    ),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_is_refused_whole(case: str, loaded: str, tmp_path: Path) -> None:
    build, expected = BAD[case]
    before = _state(loaded, tmp_path)
    folder = tmp_path / "in"
    folder.mkdir()
    code, output = _run(loaded, "import", str(build(folder)))
    assert code != 0
    assert "er is niets gewijzigd" in output
    for text in expected:
        assert text in output
    assert _state(loaded, tmp_path) == before


def test_unknown_column_is_reported_and_ignored(sqlite_url: str, tmp_path: Path) -> None:
    rows = [[*r, "blauw"] for r in ROWS]
    path = write_csv(tmp_path / "programma.csv", rows, [*HEADERS, "Kleur"])
    code, output = _run(sqlite_url, "import", str(path))
    assert code == 0, output
    assert "programma.csv, rij 1, kolom 'Kleur': Onbekende kolom 'Kleur'" in output
    assert "blauw" not in _state(sqlite_url, tmp_path)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252", "utf-8"])
def test_csv_encodings_as_excel_saves_them(encoding: str, sqlite_url: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "programma.csv", ROWS, encoding=encoding, delimiter=",")
    code, output = _run(sqlite_url, "import", str(path))
    assert code == 0, output
    data = json.loads(_state(sqlite_url, tmp_path))
    assert data["actions"][2]["description"] == "Cliënten met begeleiding op maat"
    assert data["actions"][0]["steps"] == ["Pilot Vroeg eropaf", "opschalen naar de regio"]


def test_range_targets_in_actions_and_indicators(sqlite_url: str, tmp_path: Path) -> None:
    rows = _rows(a=(0, "Doel", "750-900 woningen"))
    indicators = [["Geclusterde woningen", "woningen", "0", "2022", "750 - 900", "2030", "", ""]]
    path = write_xlsx(tmp_path / "programma.xlsx", rows, indicators=indicators)
    code, output = _run(sqlite_url, "import", str(path))
    assert code == 0, output
    data = json.loads(_state(sqlite_url, tmp_path))
    target = data["actions"][0]["target"]
    assert (target["min"], target["max"], target["unit"]) == (750, 900, "woningen")
    indicator = data["indicators"][0]
    assert (indicator["target_min"], indicator["target_max"]) == (750, 900)
    assert INDICATOR_HEADERS[4] == "Doel"


def test_naam_option_and_export_errors(sqlite_url: str, tmp_path: Path) -> None:
    code, output = _run(sqlite_url, "export", str(tmp_path / "leeg.json"))
    assert code == 1 and "Er is nog geen uitvoeringsprogramma geladen" in output
    path = write_csv(tmp_path / "programma.csv", ROWS)
    code, output = _run(sqlite_url, "import", str(path), "--naam", "Opvang 2026")
    assert code == 0 and "Programma 'Opvang 2026' geïmporteerd" in output
    code, output = _run(sqlite_url, "export", str(tmp_path / "programma.pdf"))
    assert code == 1 and "Exporteren kan naar .xlsx, .csv of .json" in output
    code, output = _run(sqlite_url, "export", str(tmp_path / "geen_map" / "x.json"))
    assert code == 1 and "Kan" in output and "niet schrijven" in output
