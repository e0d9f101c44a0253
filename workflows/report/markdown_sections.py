"""The sections of the Markdown report and its table helpers (markdown_writer puts them in order).

The planning grid becomes one character per half-year (``V`` voorbereiding, ``R`` realisatie,
``·`` nothing), with the reported half-year in brackets, so it still reads in plain text.
"""

from __future__ import annotations

from workflows import messages
from workflows.dates.dutch import format_long
from workflows.programme.columns import ACTION_COLUMNS, INDICATOR_COLUMNS
from workflows.report import analysis
from workflows.report.change_rows import moved_rows, status_change_row, was_now_columns
from workflows.report.model import ActionRow, Report
from workflows.report.style import (
    clean,
    euro,
    indicator_baseline,
    indicator_latest,
    indicator_progress,
    indicator_target,
    partners_line,
    percent,
    status_label,
    target_line,
    update_note,
)


def cell(text: object) -> str:
    """One Markdown table cell: no pipes or line breaks may escape it."""
    value = clean(text).replace("\\", "\\\\").replace("|", "\\|")
    return "<br>".join(line.strip() for line in value.split("\n") if line.strip())


def table(head: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(cell(h) for h in head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return [*lines, ""]


def grid_text(report: Report, action: ActionRow) -> str:
    marks = []
    for half in report.grid:
        mark = messages.PLANNING_CELL.get(action.planning.get(half.code, ""), "·")
        marks.append(f"[{mark}]" if half == report.half_year else mark)
    return "".join(marks)


def outlook(report: Report) -> list[str]:
    out = [f"## {messages.REPORT_OUTLOOK}", ""]
    ahead = analysis.outlook(report)
    if not ahead:
        return [*out, messages.REPORT_OUTLOOK_NONE.format(half=report.next.label), ""]
    out += [messages.REPORT_OUTLOOK_INTRO.format(half=report.next.label), ""]
    for part in ahead:
        out += [f"### {cell(part.section.heading)}", ""]
        rows = [[a.code, a.title, what] for a, what in part.rows]
        out += table(
            [
                ACTION_COLUMNS["code"].heading,
                ACTION_COLUMNS["title"].heading,
                messages.REPORT_COL_PLANNED,
            ],
            rows,
        )
    return out


def finance(report: Report) -> list[str]:
    out = [f"## {messages.REPORT_FINANCE}", ""]
    parts = analysis.finance(report)
    if not parts:
        return [*out, messages.REPORT_FINANCE_NONE, ""]
    rows = []
    for _section, lines, total in parts:
        rows += [[x.label, euro(x.budget), euro(x.spent), percent(x.share)] for x in lines]
        rows.append(
            [f"**{total.label}**", euro(total.budget), euro(total.spent), percent(total.share)]
        )
    return (
        out
        + [messages.REPORT_FINANCE_INTRO, ""]
        + table(
            [
                ACTION_COLUMNS["title"].heading,
                ACTION_COLUMNS["budget"].heading,
                ACTION_COLUMNS["spent"].heading,
                messages.REPORT_COL_SHARE,
            ],
            rows,
        )
    )


def action_row(report: Report, a: ActionRow) -> list[str]:
    title = "\n".join(x for x in (a.title, target_line(a), partners_line(a)) if x)
    text = a.status_text or messages.REPORT_NO_TEXT
    if a.text_concept and report.draft:
        text = f"{messages.REPORT_CONCEPT} {text}"
    note = update_note(a, report.half_year)
    if note:
        text += f"\n_{note}_"
    owner = report.owner_text(a.owner) if a.owner else f"_{messages.REPORT_NO_OWNER}_"
    planning = grid_text(report, a) if a.planning else messages.REPORT_NO_PLANNING
    return [a.code, title, owner, planning, status_label(a), text]


def indicators(report: Report) -> list[str]:
    out = [f"## {messages.REPORT_INDICATORS}", ""]
    if not report.indicators:
        return [*out, messages.REPORT_NO_INDICATORS, ""]
    return out + table(
        [
            INDICATOR_COLUMNS["name"].heading,
            INDICATOR_COLUMNS["baseline"].heading,
            INDICATOR_COLUMNS["target"].heading,
            messages.REPORT_COL_LATEST,
            messages.REPORT_COL_PROGRESS,
        ],
        [
            [
                i.name,
                indicator_baseline(i),
                indicator_target(i),
                indicator_latest(i),
                indicator_progress(i),
            ]
            for i in report.indicators
        ],
    )


def changes(report: Report) -> list[str]:
    out = [f"## {messages.REPORT_CHANGES}", ""]
    if report.first_report:
        return [*out, messages.REPORT_CHANGES_FIRST.format(previous=report.previous.label), ""]
    compared = report.compared
    changed = sum(1 for a in compared if a.change.text_changed)
    out += [
        messages.REPORT_CHANGES_INTRO.format(
            previous_cutoff=format_long(report.previous_cutoff), previous=report.previous.label
        ),
        "",
        messages.REPORT_TEXT_CHANGES.format(
            changed=changed,
            total=messages.plural(len(compared), *messages.ACTIONS),
            unchanged=len(compared) - changed,
        ),
        "",
    ]
    was_now = was_now_columns()
    parts: list[tuple[str, list[str], list[list[str]]]] = [
        (
            messages.REPORT_STATUS_CHANGES,
            [*was_now, messages.REPORT_COL_REASON],
            [[*status_change_row(a), a.reason or ""] for a in report.status_changes],
        ),
        (messages.REPORT_NEW_ACTIONS, was_now[:2], [[a.code, a.title] for a in report.new_actions]),
        (
            messages.REPORT_CANCELLED_ACTIONS,
            was_now[:2],
            [[a.code, a.title] for a in report.cancelled_actions],
        ),
        (messages.REPORT_PLANNING_MOVED, was_now, moved_rows(report)),
    ]
    for title, head, rows in parts:
        out += [f"### {title}", ""]
        out += table(head, rows) if rows else [messages.REPORT_NONE, ""]
    return out
