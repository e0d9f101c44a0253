"""The half-yearly report as an Excel workbook (.xlsx): one sheet per part of the report.

Samenvatting, Acties (with the planning grid as shaded V/R cells), Indicatoren, Wijzigingen and
Ontbrekend. Handy for coordinators who filter and sort before they write.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from workflows import messages
from workflows.dates.dutch import format_long
from workflows.programme.columns import ACTION_COLUMNS
from workflows.programme.statuses import Status
from workflows.report import analysis
from workflows.report import xlsx_sheets as sheets
from workflows.report.model import Report
from workflows.report.style import FILL, clean
from workflows.report.xlsx_parts import BOLD, WRAP, append, fill, new_sheet, print_setup, save


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
        save(workbook, path)
        return
    print_setup(summary, None)
    summary.append([messages.REPORT_KEY])
    summary.cell(row=summary.max_row, column=1).font = BOLD
    for line, bullets in analysis.key_messages(report):
        append(summary, [line])
        summary.cell(row=summary.max_row, column=1).alignment = WRAP
        for bullet in bullets:
            append(summary, [f"- {bullet}"])
    summary.append([])
    summary.append([report.summary_line])
    summary.append([])
    statuses = list(Status)
    summary.append(
        [ACTION_COLUMNS["theme"].heading, *(s.label for s in statuses), messages.REPORT_TOTAL]
    )
    header_row = summary.max_row
    for index, status in enumerate(statuses, start=2):
        summary.cell(row=header_row, column=index).fill = fill(FILL[status])
        summary.column_dimensions[get_column_letter(index)].width = 15
    for section in report.themes:
        counts = section.counts()
        append(summary, [section.heading, *(counts[s] for s in statuses), len(section.actions)])
    totals = report.counts()
    summary.append([messages.REPORT_TOTAL, *(totals[s] for s in statuses), len(report.actions)])

    sheets.deviations(workbook, report)
    sheets.actions(workbook, report)
    sheets.outlook(workbook, report)
    sheets.finance(workbook, report)
    sheets.indicators(workbook, report)
    sheets.changes(workbook, report)
    if report.internal:
        missing = new_sheet(
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
            append(missing, [m.code, m.title, report.owner_text(m.owner)])
    save(workbook, path)
