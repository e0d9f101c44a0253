"""Writing sheets to .xlsx (one workbook) and .csv (one file per sheet, as Dutch Excel reads)."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from storage.clean import clean_text
from workflows import messages
from workflows.exporting.tables import Cell, Sheet
from workflows.importing.cells import csv_escape, looks_like_formula


def write_xlsx(
    path: Path, sheets: list[Sheet], *, title: str, exported_at: datetime | None = None
) -> None:
    """One worksheet per sheet; the programme name goes in the workbook's title property and
    the moment of the export in its description (File > Info > Comments)."""
    book = Workbook(write_only=True)
    book.properties.title = title
    if exported_at is not None:
        book.properties.description = exported_label(exported_at)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for sheet in sheets:
        ws = book.create_sheet(sheet.name)
        for index, header in enumerate(sheet.headers, start=1):
            width = 60 if header in sheet.wide else max(10, min(30, len(header) + 4))
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "B2"
        header_cells = []
        for header in sheet.headers:
            cell = WriteOnlyCell(ws, value=header)
            cell.font = bold
            header_cells.append(cell)
        ws.append(header_cells)
        wide_columns = {i for i, h in enumerate(sheet.headers) if h in sheet.wide}
        for row in sheet.rows:
            cells: list[object] = []
            for index, value in enumerate(row):
                if not isinstance(value, str):
                    cells.append(value)
                    continue
                # control characters cannot be stored in .xlsx at all
                value = ILLEGAL_CHARACTERS_RE.sub("", clean_text(value))
                multi_line = index in wide_columns and "\n" in value
                formula_like = looks_like_formula(value)
                if not (multi_line or formula_like):
                    cells.append(value)
                    continue
                cell = WriteOnlyCell(ws, value=value)
                if formula_like:
                    cell.data_type = "s"  # text that looks like a formula stays text
                    cell.quotePrefix = True  # and stays text when someone edits the cell
                if multi_line:
                    cell.alignment = wrap
                cells.append(cell)
            ws.append(cells)
    book.save(path)


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float):
        return str(value).replace(".", ",")  # Dutch Excel reads 2,5
    if isinstance(value, str):
        # Excel would run "=..." as a formula; the quote makes it text (the import drops it)
        return csv_escape(clean_text(value))
    return str(value)  # a number, also a negative one, stays a number


def exported_label(moment: datetime) -> str:
    """ "Geëxporteerd op: 2026-12-02T10:00:00+00:00": read back by the import, which lets an
    update given in Slack after this moment win over the file's status and stand van zaken."""
    return f"{messages.EXPORTED_AT_LABEL}: {moment.isoformat(timespec='seconds')}"


def write_csv(
    path: Path, sheet: Sheet, *, title: str | None = None, exported_at: datetime | None = None
) -> None:
    """UTF-8 with BOM and semicolons: what Dutch Excel opens correctly by double-click.

    With ``title``, a first row "Programma: <title>" carries the programme name (a CSV has no
    title property); it is padded to the header's width, as Excel saves such a row, which also
    keeps the delimiter recognisable from the first line."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        if title is not None:
            label = f"{messages.CSV_TITLE_LABEL}: {title}"
            writer.writerow([label] + [""] * (len(sheet.headers) - 1))
        if exported_at is not None:
            writer.writerow([exported_label(exported_at)] + [""] * (len(sheet.headers) - 1))
        writer.writerow(sheet.headers)
        for row in sheet.rows:
            writer.writerow([_csv_text(v) for v in row])
