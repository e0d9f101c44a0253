"""The rows of the report's "changes since the previous report" tables, the same in every format
(.docx, .md, .xlsx): each writer adds its own columns and layout around them."""

from __future__ import annotations

from workflows import messages
from workflows.programme.columns import ACTION_COLUMNS
from workflows.report.model import ActionRow, Report
from workflows.report.style import move_text


def was_now_columns() -> list[str]:
    """Nr | Actie | Was | Nu: the headings of a status change and of a moved planning."""
    return [
        ACTION_COLUMNS["code"].heading,
        ACTION_COLUMNS["title"].heading,
        messages.REPORT_COL_WAS,
        messages.REPORT_COL_NOW,
    ]


def status_change_row(action: ActionRow) -> list[str]:
    """Nr, Actie, the status before and the status now."""
    before = action.change.status_before
    return [action.code, action.title, before.label if before else "", action.status.label]


def moved_rows(report: Report) -> list[list[str]]:
    """Nr, Actie, the planning before and after: one row per moved step."""
    return [
        [a.code, a.title, move_text(m.kind, m.before), move_text(m.kind, m.after)]
        for a in report.moved_actions
        for m in a.change.moves
    ]
