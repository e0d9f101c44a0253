"""Cell styles, sheet set-up and the formula-safe save shared by the Excel report's sheets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from storage.clean import clean_text
from workflows.importing.cells import looks_like_formula
from workflows.report.style import clean

BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
# Header cells wrap within their column instead of running over the narrow planning columns.
HEAD = Alignment(wrap_text=True, vertical="bottom")
EURO = '"€" #,##0'


def fill(colour: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=colour, end_color=colour)


def print_setup(sheet: Any, header_rows: str | None = "1:1") -> None:
    """Landscape A4, fitted to the page width, the header row repeated on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if header_rows:
        sheet.print_title_rows = header_rows


def new_sheet(workbook: Workbook, title: str, head: list[str], widths: list[int]) -> Any:
    sheet = workbook.create_sheet(title)
    sheet.append(head)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
        cell = sheet.cell(row=1, column=index)
        cell.font = BOLD
        cell.alignment = HEAD
    sheet.freeze_panes = "A2"
    print_setup(sheet)
    return sheet


def append(sheet: Any, values: list[Any]) -> None:
    sheet.append([clean(v) if isinstance(v, str) else v for v in values])


def save(workbook: Workbook, path: Path) -> None:
    """Every text that Excel would run as a formula (``=HYPERLINK(...)`` typed as an update)
    is written as text: a string cell, with the quote prefix so editing it keeps it text.
    The report writes no formulas of its own, so every cell is checked."""
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    text = clean_text(cell.value)
                    if text != cell.value:
                        cell.value = text
                    if looks_like_formula(text):
                        cell.data_type = "s"
                        cell.quotePrefix = True
    workbook.save(path)
