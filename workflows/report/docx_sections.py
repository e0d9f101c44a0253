"""The council sections of the Word report: Kernboodschap, Afwijkingen en bijsturing,
Vooruitblik, Financiën and Verantwoording (the round's bookkeeping, at the end)."""

from __future__ import annotations

from workflows import messages
from workflows.dates.dutch import format_long
from workflows.programme.columns import ACTION_COLUMNS
from workflows.report import analysis, charts
from workflows.report.docx_parts import add_heading, add_paragraph, write
from workflows.report.docx_tables import Styles, simple_table, table_or_none
from workflows.report.model import Report
from workflows.report.style import clean, euro, number, plural


def key_messages(document, report: Report, styles: Styles) -> None:  # type: ignore[no-untyped-def]
    add_heading(document, messages.REPORT_KEY, 1, styles)
    for line, bullets in analysis.key_messages(report):
        document.add_paragraph(clean(line))
        for bullet in bullets:
            add_paragraph(document, clean(bullet), "List Bullet", styles)


def deviations(document, report: Report, styles: Styles) -> None:  # type: ignore[no-untyped-def]
    add_heading(document, messages.REPORT_DEVIATIONS, 1, styles)
    found = analysis.deviations(report)
    document.add_paragraph(messages.REPORT_DEVIATIONS_INTRO.format(label=report.label))
    head = [
        ACTION_COLUMNS["code"].heading,
        ACTION_COLUMNS["title"].heading,
        messages.REPORT_COL_DEVIATION,
        messages.REPORT_COL_REASON,
        messages.REPORT_COL_CORRECTION,
    ]
    rows = [[d.row.code, d.row.title, "; ".join(d.why), d.reason, d.correction] for d in found]
    table_or_none(document, head, rows, [1.2, 4.0, 3.4, 4.2, 4.2], styles)


def outlook(document, report: Report, styles: Styles) -> None:  # type: ignore[no-untyped-def]
    add_heading(document, messages.REPORT_OUTLOOK, 1, styles)
    ahead = analysis.outlook(report)
    if not ahead:
        document.add_paragraph(messages.REPORT_OUTLOOK_NONE.format(half=report.next.label))
        return
    document.add_paragraph(messages.REPORT_OUTLOOK_INTRO.format(half=report.next.label))
    for part in ahead:
        add_heading(document, clean(part.section.heading), 2, styles)
        rows = [[a.code, a.title, what] for a, what in part.rows]
        simple_table(
            document,
            [
                ACTION_COLUMNS["code"].heading,
                ACTION_COLUMNS["title"].heading,
                messages.REPORT_COL_PLANNED,
            ],
            rows,
            [1.2, 11.0, 4.8],
            styles,
        )


def finance(document, report: Report, styles: Styles, picture) -> None:  # type: ignore[no-untyped-def]
    add_heading(document, messages.REPORT_FINANCE, 1, styles)
    parts = analysis.finance(report)
    if not parts:
        document.add_paragraph(messages.REPORT_FINANCE_NONE)
        return
    document.add_paragraph(messages.REPORT_FINANCE_INTRO)
    head = [
        ACTION_COLUMNS["title"].heading,
        ACTION_COLUMNS["budget"].heading,
        ACTION_COLUMNS["spent"].heading,
        messages.REPORT_COL_SHARE,
    ]
    rows: list[list[str]] = []
    totals: set[int] = set()
    overall = analysis.finance_total(report)
    for line in [x for _s, lines, total in parts for x in (*lines, total)] + [overall]:
        if line is None:
            continue
        if line.label.startswith(messages.REPORT_TOTAL) or line in [t for *_, t in parts]:
            totals.add(len(rows))
        rows.append([line.label, euro(line.budget), euro(line.spent), _share(line.share)])
    simple_table(document, head, rows, [9.0, 2.8, 2.8, 2.4], styles, frozenset(totals))
    document.add_paragraph()
    picture(document, charts.finance_chart([t for *_, t in parts]))


def _share(value: float | None) -> str:
    return messages.REPORT_NO_VALUE if value is None else f"{number(round(value))}%"


def accounting(document, report: Report, styles: Styles) -> None:  # type: ignore[no-untyped-def]
    """Verantwoording: how this report was made; the internal version lists missing updates."""
    add_heading(document, messages.REPORT_ACCOUNTING, 1, styles)
    half = report.half_year.label
    if report.round_deadline:
        note = messages.REPORT_SUMMARY_ROUND.format(
            half=half, deadline=format_long(report.round_deadline)
        )
    else:
        note = messages.REPORT_SUMMARY_NO_ROUND.format(half=half)
    document.add_paragraph(
        messages.REPORT_ACCOUNTING_TEXT.format(
            cutoff=format_long(report.cutoff),
            expected=messages.plural(report.expected, *messages.RUNNING_ACTIONS),
            received=report.received,
            label=report.label,
        )
        + " "
        + note
    )
    write(document.add_paragraph(), report.summary_line, bold=True)
    if not report.internal:
        document.add_paragraph(messages.REPORT_ACCOUNTING_PUBLIC)
        return
    add_heading(document, messages.REPORT_MISSING, 2, styles)
    if not report.missing:
        document.add_paragraph(messages.REPORT_MISSING_NONE.format(half=half))
        return
    document.add_paragraph(plural(messages.REPORT_MISSING_INTRO, len(report.missing), half=half))
    head = [
        ACTION_COLUMNS["code"].heading,
        ACTION_COLUMNS["title"].heading,
        ACTION_COLUMNS["owner"].heading,
    ]
    rows = [[m.code, m.title, report.owner_text(m.owner)] for m in report.missing]
    simple_table(document, head, rows, [1.2, 10.8, 4.0], styles)
