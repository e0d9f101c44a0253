"""The half-yearly report as an Excel workbook (.xlsx): one sheet per part of the report.

Samenvatting, Acties (with the planning grid as shaded V/R cells), Indicatoren, Wijzigingen and
Ontbrekend. Handy for coordinators who filter and sort before they write.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from storage.clean import clean_text
from workflows import messages
from workflows.dates.dutch import format_long
from workflows.importing.cells import looks_like_formula
from workflows.programme.columns import ACTION_COLUMNS, INDICATOR_COLUMNS
from workflows.programme.statuses import Status
from workflows.report import analysis
from workflows.report.model import Report
from workflows.report.style import (
    CURRENT_BORDER,
    FILL,
    PHASE_FILL,
    UNKNOWN_FILL,
    clean,
    indicator_baseline,
    indicator_progress,
    indicator_target,
    move_text,
    status_label,
    update_note,
)

_BOLD = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")
# Header cells wrap within their column instead of running over the narrow planning columns.
_HEAD = Alignment(wrap_text=True, vertical="bottom")
EURO = '"€" #,##0'


def _fill(colour: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=colour, end_color=colour)


def _print_setup(sheet: Any, header_rows: str | None = "1:1") -> None:
    """Landscape A4, fitted to the page width, the header row repeated on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if header_rows:
        sheet.print_title_rows = header_rows


def _sheet(workbook: Workbook, title: str, head: list[str], widths: list[int]) -> Any:
    sheet = workbook.create_sheet(title)
    sheet.append(head)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
        cell = sheet.cell(row=1, column=index)
        cell.font = _BOLD
        cell.alignment = _HEAD
    sheet.freeze_panes = "A2"
    _print_setup(sheet)
    return sheet


def _append(sheet: Any, values: list[Any]) -> None:
    sheet.append([clean(v) if isinstance(v, str) else v for v in values])


def write_xlsx(report: Report, path: Path) -> None:
    workbook = Workbook()
    summary = workbook.active
    summary.title = messages.REPORT_SHEET_SUMMARY
    half = report.half_year.label
    summary.append([clean(report.programme)])
    summary.append([messages.REPORT_TITLE.format(half=half)])
    summary.append([messages.REPORT_COMPILED_ON.format(date=format_long(report.compiled_on))])
    summary["A1"].font = Font(bold=True, size=14)
    summary.column_dimensions["A"].width = 48
    summary.append([])
    if report.is_empty:
        summary.append(
            [messages.REPORT_NO_DATA.format(half=half, cutoff=format_long(report.cutoff))]
        )
        _save(workbook, path)
        return
    _print_setup(summary, None)
    summary.append([messages.REPORT_KEY])
    summary.cell(row=summary.max_row, column=1).font = _BOLD
    for line, bullets in analysis.key_messages(report):
        _append(summary, [line])
        summary.cell(row=summary.max_row, column=1).alignment = _WRAP
        for bullet in bullets:
            _append(summary, [f"- {bullet}"])
    summary.append([])
    summary.append([report.summary_line])
    summary.append([])
    statuses = list(Status)
    summary.append(
        [ACTION_COLUMNS["theme"].heading, *(s.label for s in statuses), messages.REPORT_TOTAL]
    )
    header_row = summary.max_row
    for index, status in enumerate(statuses, start=2):
        summary.cell(row=header_row, column=index).fill = _fill(FILL[status])
        summary.column_dimensions[get_column_letter(index)].width = 15
    for section in report.themes:
        counts = section.counts()
        _append(summary, [section.heading, *(counts[s] for s in statuses), len(section.actions)])
    totals = report.counts()
    summary.append([messages.REPORT_TOTAL, *(totals[s] for s in statuses), len(report.actions)])

    _deviations(workbook, report)
    _actions(workbook, report)
    _outlook(workbook, report)
    _finance(workbook, report)
    _indicators(workbook, report)
    _changes(workbook, report)
    if report.internal:
        missing = _sheet(
            workbook,
            messages.REPORT_SHEET_MISSING,
            [
                ACTION_COLUMNS["code"].heading,
                ACTION_COLUMNS["title"].heading,
                ACTION_COLUMNS["owner"].heading,
            ],
            [8, 60, 30],
        )
        for m in report.missing:
            _append(missing, [m.code, m.title, report.owner_text(m.owner)])
    _save(workbook, path)


def _deviations(workbook: Workbook, report: Report) -> None:
    sheet = _sheet(
        workbook,
        messages.REPORT_SHEET_DEVIATIONS,
        [
            ACTION_COLUMNS["code"].heading,
            ACTION_COLUMNS["title"].heading,
            messages.REPORT_COL_DEVIATION,
            messages.REPORT_COL_REASON,
            messages.REPORT_COL_CORRECTION,
        ],
        [8, 45, 30, 45, 45],
    )
    for d in analysis.deviations(report):
        _append(sheet, [d.row.code, d.row.title, "; ".join(d.why), d.reason, d.correction])
        for column in range(2, 6):
            sheet.cell(row=sheet.max_row, column=column).alignment = _WRAP


def _outlook(workbook: Workbook, report: Report) -> None:
    sheet = _sheet(
        workbook,
        messages.REPORT_OUTLOOK,
        [
            ACTION_COLUMNS["theme"].heading,
            ACTION_COLUMNS["code"].heading,
            ACTION_COLUMNS["title"].heading,
            messages.REPORT_COL_PLANNED,
        ],
        [30, 8, 60, 20],
    )
    for part in analysis.outlook(report):
        for a, what in part.rows:
            _append(sheet, [part.section.heading, a.code, a.title, what])


def _finance(workbook: Workbook, report: Report) -> None:
    sheet = _sheet(
        workbook,
        messages.REPORT_FINANCE,
        [
            ACTION_COLUMNS["title"].heading,
            ACTION_COLUMNS["budget"].heading,
            ACTION_COLUMNS["spent"].heading,
            messages.REPORT_COL_SHARE,
        ],
        [60, 16, 16, 12],
    )
    parts = analysis.finance(report)
    overall = analysis.finance_total(report)
    lines = [(x, False) for _s, ls, t in parts for x in (*ls, t)]
    lines = [(x, x in [t for *_, t in parts]) for x, _ in lines]
    if overall is not None:
        lines.append((overall, True))
    for line, total in lines:
        share = round(line.share / 100, 4) if line.share is not None else None
        _append(sheet, [line.label, line.budget, line.spent, share])
        row = sheet.max_row
        sheet.cell(row=row, column=2).number_format = EURO
        sheet.cell(row=row, column=3).number_format = EURO
        sheet.cell(row=row, column=4).number_format = "0%"
        if total:
            for column in range(1, 5):
                sheet.cell(row=row, column=column).font = _BOLD


def _save(workbook: Workbook, path: Path) -> None:
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


def _actions(workbook: Workbook, report: Report) -> None:
    grid = list(report.grid)
    head = [
        ACTION_COLUMNS["theme"].heading,
        ACTION_COLUMNS["code"].heading,
        ACTION_COLUMNS["title"].heading,
        ACTION_COLUMNS["owner"].heading,
        *(f"{h.year} {messages.REPORT_HALF_SHORT[h.half]}" for h in grid),
        ACTION_COLUMNS["status"].heading,
        ACTION_COLUMNS["target"].heading,
        messages.REPORT_COL_REALISED,
        ACTION_COLUMNS["status_text"].heading,
        messages.REPORT_COL_REASON,
        messages.REPORT_COL_CORRECTION,
        ACTION_COLUMNS["partners"].heading,
        messages.REPORT_COL_UPDATED,
    ]
    widths = [30, 8, 45, 24, *([8] * len(grid)), 16, 20, 12, 80, 40, 40, 30, 40]
    sheet = _sheet(workbook, messages.REPORT_SHEET_ACTIONS, head, widths)
    first_grid = 5
    current = Side(style="medium", color=CURRENT_BORDER)
    fills = {phase: _fill(colour) for phase, colour in PHASE_FILL.items()}
    status_fills = {status: _fill(colour) for status, colour in FILL.items()}
    status_column = first_grid + len(grid)
    for section in report.themes:
        for a in section.actions:
            marks = [messages.PLANNING_CELL.get(a.planning.get(h.code, ""), "") for h in grid]
            owner = report.owner_text(a.owner)
            if a.updated:
                note = messages.REPORT_YES
            else:
                note = update_note(a, report.half_year) or messages.REPORT_NO
            _append(
                sheet,
                [
                    section.heading,
                    a.code,
                    a.title,
                    owner,
                    *marks,
                    status_label(a),
                    a.target_text or "",
                    a.realised_quantity,
                    a.status_text,
                    a.reason or "",
                    a.correction or "",
                    ", ".join(a.partners),
                    note,
                ],
            )
            row = sheet.max_row
            for offset, h in enumerate(grid):
                target = sheet.cell(row=row, column=first_grid + offset)
                phase = a.planning.get(h.code)
                if phase in fills:
                    target.fill = fills[phase]
                if h == report.half_year:
                    target.border = Border(left=current, right=current)
            sheet.cell(row=row, column=status_column).fill = (
                status_fills[a.status] if a.status_known else _fill(UNKNOWN_FILL)
            )
            sheet.cell(row=row, column=status_column + 3).alignment = _WRAP
    sheet.auto_filter.ref = sheet.dimensions
    sheet.freeze_panes = "C2"


def _indicators(workbook: Workbook, report: Report) -> None:
    sheet = _sheet(
        workbook,
        messages.REPORT_SHEET_INDICATORS,
        [
            INDICATOR_COLUMNS["name"].heading,
            INDICATOR_COLUMNS["baseline"].heading,
            INDICATOR_COLUMNS["target"].heading,
            messages.REPORT_COL_LATEST,
            INDICATOR_COLUMNS["date"].heading,
            messages.REPORT_COL_PROGRESS,
        ],
        [40, 18, 24, 14, 14, 40],
    )
    for i in report.indicators:
        _append(
            sheet,
            [
                i.name,
                indicator_baseline(i),
                indicator_target(i),
                i.latest_value,
                i.latest_date,
                indicator_progress(i) + (f" ({messages.REPORT_STALE})" if i.stale else ""),
            ],
        )
        sheet.cell(row=sheet.max_row, column=5).number_format = "DD-MM-YYYY"


def _changes(workbook: Workbook, report: Report) -> None:
    sheet = _sheet(
        workbook,
        messages.REPORT_SHEET_CHANGES,
        [
            messages.REPORT_COL_CHANGE,
            ACTION_COLUMNS["code"].heading,
            ACTION_COLUMNS["title"].heading,
            messages.REPORT_COL_WAS,
            messages.REPORT_COL_NOW,
        ],
        [24, 8, 50, 28, 28],
    )
    if report.first_report:
        _append(sheet, [messages.REPORT_CHANGES_FIRST.format(previous=report.previous.label)])
        return
    for a in report.status_changes:
        before = a.change.status_before.label if a.change.status_before else ""
        _append(sheet, [messages.REPORT_STATUS_CHANGES, a.code, a.title, before, a.status.label])
    for a in report.new_actions:
        _append(sheet, [messages.REPORT_NEW_ACTIONS, a.code, a.title, "", a.status.label])
    for a in report.cancelled_actions:
        _append(sheet, [messages.REPORT_CANCELLED_ACTIONS, a.code, a.title, "", a.status.label])
    for a in report.moved_actions:
        for m in a.change.moves:
            _append(
                sheet,
                [
                    messages.REPORT_PLANNING_MOVED,
                    a.code,
                    a.title,
                    move_text(m.kind, m.before),
                    move_text(m.kind, m.after),
                ],
            )
