"""The half-yearly report as Markdown (.md): the same sections as the Word document.

The sections and the table helpers are in markdown_sections; here they are put in order.
"""

from __future__ import annotations

from pathlib import Path

from workflows import messages
from workflows.dates.dutch import format_long
from workflows.programme.columns import ACTION_COLUMNS
from workflows.programme.statuses import Status
from workflows.report import analysis
from workflows.report.markdown_sections import (
    action_row,
    cell,
    changes,
    finance,
    indicators,
    outlook,
    table,
)
from workflows.report.model import Report
from workflows.report.style import clean, plural


def render_markdown(report: Report) -> str:
    half = report.half_year.label
    title = (
        messages.REPORT_YEAR_TITLE.format(year=report.year)
        if report.year is not None
        else messages.REPORT_TITLE.format(half=half)
    )
    out = [
        f"# {cell(report.programme)}",
        "",
        f"## {title}",
        "",
        messages.REPORT_COMPILED_ON.format(date=format_long(report.compiled_on)),
        "",
    ]
    if report.internal:
        out += [f"**{messages.REPORT_INTERNAL}**", ""]
    if report.is_empty:
        out += [f"## {messages.REPORT_SUMMARY}", ""]
        out.append(messages.REPORT_NO_DATA.format(half=half, cutoff=format_long(report.cutoff)))
        return "\n".join(out) + "\n"
    out += [f"## {messages.REPORT_READING_GUIDE}", "", messages.REPORT_READING_GUIDE_TEXT, ""]
    out += [f"## {messages.REPORT_KEY}", ""]
    for line, bullets in analysis.key_messages(report):
        out += [clean(line), ""]
        if bullets:
            out += [*(f"- {clean(b)}" for b in bullets), ""]
    statuses = list(Status)
    counts = [
        [s.heading, *(str(s.counts()[st]) for st in statuses), str(sum(s.counts().values()))]
        for s in report.themes
    ]
    counts.append(
        [
            messages.REPORT_TOTAL,
            *(str(report.counts()[st]) for st in statuses),
            str(len(report.counted)),
        ]
    )
    out += [f"### {messages.REPORT_PER_THEME}", ""]
    out += table(
        [ACTION_COLUMNS["theme"].heading, *(s.label for s in statuses), messages.REPORT_TOTAL],
        counts,
    )
    out += [f"## {messages.REPORT_DEVIATIONS}", ""]
    out += [messages.REPORT_DEVIATIONS_INTRO.format(label=report.label), ""]
    found = analysis.deviations(report)
    out += (
        table(
            [
                ACTION_COLUMNS["code"].heading,
                ACTION_COLUMNS["title"].heading,
                messages.REPORT_COL_DEVIATION,
                messages.REPORT_COL_REASON,
                messages.REPORT_COL_CORRECTION,
            ],
            [[d.row.code, d.row.title, "; ".join(d.why), d.reason, d.correction] for d in found],
        )
        if found
        else [messages.REPORT_NONE, ""]
    )
    out += [
        f"{messages.REPORT_LEGEND}: V = {messages.REPORT_LEGEND_PREPARATION}, "
        f"R = {messages.REPORT_LEGEND_REALISATION}, [ ] = {half}. "
        + messages.REPORT_GRID_COLUMNS.format(halves=", ".join(h.label for h in report.grid)),
        "",
    ]
    for section in report.themes:
        out += [f"## {cell(section.heading)}", ""]
        out += [line for p in analysis.paragraphs(section.intro) for line in (clean(p), "")]
        out += table(
            [
                ACTION_COLUMNS["code"].heading,
                ACTION_COLUMNS["title"].heading,
                ACTION_COLUMNS["owner"].heading,
                ACTION_COLUMNS["planning"].heading,
                ACTION_COLUMNS["status"].heading,
                ACTION_COLUMNS["status_text"].heading,
            ],
            [action_row(report, a) for a in section.actions],
        )
    out += outlook(report)
    out += finance(report)
    out += indicators(report)
    out += changes(report)
    out += [f"## {messages.REPORT_ACCOUNTING}", "", f"**{report.summary_line}**", ""]
    if report.internal:
        out += [f"### {messages.REPORT_MISSING}", ""]
        if report.missing:
            out += [plural(messages.REPORT_MISSING_INTRO, len(report.missing), half=half), ""]
            out += table(
                [
                    ACTION_COLUMNS["code"].heading,
                    ACTION_COLUMNS["title"].heading,
                    ACTION_COLUMNS["owner"].heading,
                ],
                [[m.code, m.title, report.owner_text(m.owner)] for m in report.missing],
            )
        else:
            out += [messages.REPORT_MISSING_NONE.format(half=half), ""]
    else:
        out += [messages.REPORT_ACCOUNTING_PUBLIC, ""]
    return "\n".join(out)


def write_markdown(report: Report, path: Path) -> None:
    path.write_text(render_markdown(report), encoding="utf-8")
