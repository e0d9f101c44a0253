"""The Excel report's sheets after the summary: Afwijkingen, Acties (the planning grid as shaded
V/R cells), Vooruitblik, Financiën, Indicatoren and Wijzigingen."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Border, Side

from workflows import messages
from workflows.programme.columns import ACTION_COLUMNS, INDICATOR_COLUMNS
from workflows.report import analysis
from workflows.report.change_rows import moved_rows, status_change_row, was_now_columns
from workflows.report.model import Report
from workflows.report.style import (
    CURRENT_BORDER,
    FILL,
    PHASE_FILL,
    UNKNOWN_FILL,
    indicator_baseline,
    indicator_progress,
    indicator_target,
    status_label,
    update_note,
)
from workflows.report.xlsx_parts import BOLD, EURO, WRAP, append, fill, new_sheet


def deviations(workbook: Workbook, report: Report) -> None:
    sheet = new_sheet(
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
        append(sheet, [d.row.code, d.row.title, "; ".join(d.why), d.reason, d.correction])
        for column in range(2, 6):
            sheet.cell(row=sheet.max_row, column=column).alignment = WRAP


def outlook(workbook: Workbook, report: Report) -> None:
    sheet = new_sheet(
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
            append(sheet, [part.section.heading, a.code, a.title, what])


def finance(workbook: Workbook, report: Report) -> None:
    sheet = new_sheet(
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
        append(sheet, [line.label, line.budget, line.spent, share])
        row = sheet.max_row
        sheet.cell(row=row, column=2).number_format = EURO
        sheet.cell(row=row, column=3).number_format = EURO
        sheet.cell(row=row, column=4).number_format = "0%"
        if total:
            for column in range(1, 5):
                sheet.cell(row=row, column=column).font = BOLD


def actions(workbook: Workbook, report: Report) -> None:
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
    sheet = new_sheet(workbook, messages.REPORT_SHEET_ACTIONS, head, widths)
    first_grid = 5
    current = Side(style="medium", color=CURRENT_BORDER)
    fills = {phase: fill(colour) for phase, colour in PHASE_FILL.items()}
    status_fills = {status: fill(colour) for status, colour in FILL.items()}
    status_column = first_grid + len(grid)
    for section in report.themes:
        for a in section.actions:
            marks = [messages.PLANNING_CELL.get(a.planning.get(h.code, ""), "") for h in grid]
            owner = report.owner_text(a.owner)
            if a.updated:
                note = messages.REPORT_YES
            else:
                note = update_note(a, report.half_year) or messages.REPORT_NO
            append(
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
                status_fills[a.status] if a.status_known else fill(UNKNOWN_FILL)
            )
            sheet.cell(row=row, column=status_column + 3).alignment = WRAP
    sheet.auto_filter.ref = sheet.dimensions
    sheet.freeze_panes = "C2"


def indicators(workbook: Workbook, report: Report) -> None:
    sheet = new_sheet(
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
        append(
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


def changes(workbook: Workbook, report: Report) -> None:
    sheet = new_sheet(
        workbook,
        messages.REPORT_SHEET_CHANGES,
        [messages.REPORT_COL_CHANGE, *was_now_columns()],
        [24, 8, 50, 28, 28],
    )
    if report.first_report:
        append(sheet, [messages.REPORT_CHANGES_FIRST.format(previous=report.previous.label)])
        return
    for a in report.status_changes:
        append(sheet, [messages.REPORT_STATUS_CHANGES, *status_change_row(a)])
    for a in report.new_actions:
        append(sheet, [messages.REPORT_NEW_ACTIONS, a.code, a.title, "", a.status.label])
    for a in report.cancelled_actions:
        append(sheet, [messages.REPORT_CANCELLED_ACTIONS, a.code, a.title, "", a.status.label])
    for row in moved_rows(report):
        append(sheet, [messages.REPORT_PLANNING_MOVED, *row])
