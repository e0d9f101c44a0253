"""No live formulas in any spreadsheet the bot writes, and the import reads its own escaping
back unchanged."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import openpyxl
import pytest

from tests.workflows.report.test_report_writers import H2, NOW, history_url  # noqa: F401
from workflows.exporting.tables import Sheet
from workflows.exporting.write import write_csv, write_xlsx
from workflows.importing.read import read_source
from workflows.report.build import build_report
from workflows.report.xlsx_writer import write_xlsx as write_report_xlsx

LINK = '=HYPERLINK("https://evil.example/x","Klik voor details")'
FORMULA_LIKE = [LINK, "+31 6 1234 5678", "-stap één", "@here kijk", "=1+1", "'al gequote"]


def _sheet() -> Sheet:
    rows: list[list[object]] = [[f"1.{i}", text, -5] for i, text in enumerate(FORMULA_LIKE, 1)]
    return Sheet("Acties", ["Nr", "Stand van zaken", "Realisatie"], rows)  # type: ignore[arg-type]


def test_export_xlsx_writes_formula_like_texts_as_quoted_text(tmp_path: Path) -> None:
    path = tmp_path / "p.xlsx"
    write_xlsx(path, [_sheet()], title="x")
    sheet = openpyxl.load_workbook(path)["Acties"]
    for row in range(2, 2 + len(FORMULA_LIKE)):
        text, number = sheet.cell(row=row, column=2), sheet.cell(row=row, column=3)
        assert text.data_type == "s", text.value
        assert (number.value, number.data_type) == (-5, "n")
        if not text.value.startswith("'"):
            assert text.quotePrefix, text.value


def test_export_csv_quotes_every_formula_start_but_not_numbers(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    write_csv(path, _sheet())
    lines = path.read_text(encoding="utf-8-sig").splitlines()[1:]
    assert lines[0].startswith("1.1;\"'=HYPERLINK(") and lines[0].endswith(";-5")
    assert [line.split(";")[1] for line in lines[1:]] == [
        "'+31 6 1234 5678",
        "'-stap één",
        "'@here kijk",
        "'=1+1",
        "''al gequote",
    ]


@pytest.mark.parametrize("name", ["p.csv", "p.xlsx"])
def test_the_import_reads_its_own_escaping_back_unchanged(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name.endswith(".csv"):
        write_csv(path, _sheet())
    else:
        write_xlsx(path, [_sheet()], title="x")
    rows = [row for _, row in read_source(path).actions.rows]
    assert [row[1] for row in rows] == FORMULA_LIKE
    assert {row[2] for row in rows} == {"-5"}


def test_the_report_writes_a_typed_formula_as_text(history_url: str, tmp_path: Path) -> None:  # noqa: F811
    from storage.db import get_engine, session_scope

    with session_scope(get_engine(history_url)) as session:
        report = build_report(session=session, half_year=H2, now=NOW, workspace_id="")
    first = dataclasses.replace(report.themes[0].actions[0], status_text=LINK)
    theme = dataclasses.replace(report.themes[0], actions=(first, *report.themes[0].actions[1:]))
    write_report_xlsx(
        dataclasses.replace(report, themes=(theme, *report.themes[1:])), tmp_path / "r.xlsx"
    )
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    found = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value == LINK]
    assert found and all(c.data_type == "s" and c.quotePrefix for c in found)
    formulas = [
        c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"
    ]
    assert formulas == []
