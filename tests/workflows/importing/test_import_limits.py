"""Hostile or damaged files are refused in Dutch, naming the file (and row and column where
known), within seconds: a zip bomb, broken XML, a giant cell, too many rows, NUL bytes."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from tests.support.import_files import ROWS, write_csv, write_xlsx
from workflows import messages
from workflows.errors import ImportFailed
from workflows.importing import read
from workflows.importing.read import MAX_CELL_CHARS, MAX_ROWS, read_source


def _refusal(path: Path) -> str:
    with pytest.raises(ImportFailed) as caught:
        read_source(path)
    text = str(caught.value)
    assert path.name in text
    return text


def _rewrite(source: Path, target: Path, member: str, content: bytes) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = content if info.filename == member else old.read(info.filename)
            new.writestr(info.filename, data)
    return target


def test_an_xlsx_that_unpacks_to_a_huge_sheet_is_refused_in_seconds(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "goed.xlsx", ROWS)
    with zipfile.ZipFile(good) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    padded = sheet.replace(b"<sheetData>", b"<sheetData>" + b" " * (60 * 1024 * 1024), 1)
    bomb = _rewrite(good, tmp_path / "bom.xlsx", "xl/worksheets/sheet1.xml", padded)
    assert bomb.stat().st_size < 1024 * 1024
    started = time.monotonic()
    text = _refusal(bomb)
    assert time.monotonic() - started < 5
    assert "uitgepakt" in text and "MB" in text


def test_an_xlsx_with_broken_xml_is_refused_in_dutch(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "goed.xlsx", ROWS)
    broken = b'<?xml version="1.0"?><worksheet xmlns="x"><sheetData><row r="1"><c'
    path = _rewrite(good, tmp_path / "kapot.xlsx", "xl/worksheets/sheet1.xml", broken)
    text = _refusal(path)
    assert messages.IMPORT_BROKEN_XLSX in text or messages.IMPORT_NOT_XLSX in text


def test_a_giant_cell_is_named_by_row_and_column(tmp_path: Path) -> None:
    giant = "x" * (1024 * 1024)
    rows = [[*ROWS[0][:-1], giant], *ROWS[1:]]
    # openpyxl cuts what it writes at Excel's limit, so the .xlsx is edited afterwards
    small = write_xlsx(tmp_path / "klein.xlsx", [[*ROWS[0][:-1], "PLAATSHOUDER"], *ROWS[1:]])
    with zipfile.ZipFile(small) as archive:
        member = next(n for n in archive.namelist() if b"PLAATSHOUDER" in archive.read(n))
        huge = archive.read(member).replace(b"PLAATSHOUDER", giant.encode())
    xlsx = _rewrite(small, tmp_path / "groot.xlsx", member, huge)
    for path in (write_csv(tmp_path / "groot.csv", rows), xlsx):
        text = _refusal(path)
        assert "tekens" in text and str(MAX_CELL_CHARS) in text, text
        assert "rij 2" in text and ("kolom 'M'" in text or "kolom" in text), text


def test_too_many_rows_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "lang.csv"
    lines = ["Nr;Actielijn;Actie"] + [f"1.{i};1. A;Actie {i}" for i in range(MAX_ROWS + 5)]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert "meer dan" in _refusal(path)


def test_nul_bytes_and_an_oversized_file_are_refused_in_dutch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"Nr;Actie\n1.1;A\x00B\n")
    assert messages.IMPORT_NOT_CSV in _refusal(nul)
    monkeypatch.setattr(read, "MAX_FILE_BYTES", 100)
    big = write_csv(tmp_path / "te_groot.csv", ROWS)
    assert "te groot" in _refusal(big)


def test_ten_thousand_actions_with_a_title_and_a_grouped_header_fit(tmp_path: Path) -> None:
    """Issue 11: a programme of 10,000 actions is read; the title and header rows above it do
    not count against the limit."""
    path = tmp_path / "groot.csv"
    lines = ["Programma: Groot", "Nr;Actielijn;Actie;Planning;", ";;;2026;", ";;;1e;2e"]
    lines += [f"1.{i};1. A;Actie {i};V;R" for i in range(10_000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    source = read_source(path)
    assert len(source.actions.rows) == 10_000 and source.title == "Groot"
    assert source.actions.headers[3:5] == ["2026 1e", "2026 2e"]
    assert source.actions.rows[0][0] == 5  # the Excel row number of the first action
