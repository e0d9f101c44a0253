"""The half-yearly report as a Word document (.docx), laid out like the source programmes.

Title page, summary with a chart (portrait); per actielijn the action table (landscape); then
indicators, changes since the previous report and missing updates (portrait). Only real Word
styles are used (Title, Subtitle, Heading 1/2, Table Grid and a few named paragraph styles), and
page numbers are a PAGE field, so the municipality's template can restyle it all.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

from workflows import messages
from workflows.dates.dutch import format_long
from workflows.programme.columns import ACTION_COLUMNS, INDICATOR_COLUMNS
from workflows.programme.statuses import Status
from workflows.report import analysis, charts
from workflows.report import docx_sections as sections
from workflows.report.change_rows import moved_rows, status_change_row, was_now_columns
from workflows.report.docx_meta import (
    contents,
    modern_mode,
    page_x_of_y,
    set_language,
    set_properties,
)
from workflows.report.docx_parts import (
    add_heading,
    add_paragraph,
    add_styles,
    narrow_margins,
    new_section,
    repeat_header,
    set_table_style,
    set_widths,
    shade,
    usable_width_cm,
    write,
)
from workflows.report.docx_tables import (
    Styles,
    add_legend,
    add_theme_table,
    simple_table,
    table_or_none,
)
from workflows.report.model import ActionRow, Report
from workflows.report.style import (
    FILL,
    clean,
    indicator_baseline,
    indicator_latest,
    indicator_progress,
    indicator_target,
)

CHART_WIDTH_CM = 16.0
CHART_MAX_HEIGHT_CM = 20.0  # leaves room for the heading on a portrait A4 page


def write_docx(report: Report, path: Path) -> None:
    """Write the report to ``path`` (the caller makes this atomic)."""
    document = Document()
    styles = add_styles(document)
    title = _title(report)
    set_properties(document, report, f"{report.programme}: {title}")
    set_language(document)
    modern_mode(document)
    first = document.sections[0]
    first.page_width, first.page_height = Cm(21.0), Cm(29.7)
    for margin in ("left_margin", "right_margin"):
        setattr(first, margin, Cm(2.0))
    first.different_first_page_header_footer = True  # no page number on the title page
    footer = first.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(clean(f"{report.programme} · {title} · "))
    page_x_of_y(footer)

    _title_page(document, report, title, styles)
    if report.is_empty:
        add_heading(document, messages.REPORT_SUMMARY, 1, styles)
        document.add_paragraph(
            messages.REPORT_NO_DATA.format(
                half=report.half_year.label, cutoff=format_long(report.cutoff)
            )
        )
        document.save(str(path))
        return
    _guide(document, report, styles)
    sections.key_messages(document, report, styles)
    _summary(document, report, styles)
    sections.deviations(document, report, styles)
    _themes(document, report, styles)
    new_section(document, landscape=False)
    sections.outlook(document, report, styles)
    sections.finance(document, report, styles, _picture)
    _indicators(document, report, styles)
    _changes(document, report, styles)
    sections.accounting(document, report, styles)
    document.save(str(path))


def _title(report: Report) -> str:
    if report.year is not None:
        return messages.REPORT_YEAR_TITLE.format(year=report.year)
    return messages.REPORT_TITLE.format(half=report.half_year.label)


def _title_page(document, report: Report, title: str, styles: Styles) -> None:  # type: ignore[no-untyped-def]
    for _ in range(6):
        document.add_paragraph()
    add_paragraph(document, clean(report.programme), "Title", styles)
    add_paragraph(document, title, "Subtitle", styles)
    document.add_paragraph(messages.REPORT_COMPILED_ON.format(date=format_long(report.compiled_on)))
    if report.internal:
        write(document.add_paragraph(), messages.REPORT_INTERNAL, bold=True)
    if report.draft:
        write(document.add_paragraph(), messages.REPORT_CONCEPT, bold=True)
    new_section(document, landscape=False)


def _guide(document, report: Report, styles: Styles) -> None:  # type: ignore[no-untyped-def]
    add_heading(document, messages.REPORT_READING_GUIDE, 1, styles)
    document.add_paragraph(messages.REPORT_READING_GUIDE_TEXT)
    write(document.add_paragraph(), messages.REPORT_CONTENTS, bold=True)
    headings = [
        messages.REPORT_KEY,
        messages.REPORT_DEVIATIONS,
        *(clean(t.heading) for t in report.themes),
        messages.REPORT_OUTLOOK,
        messages.REPORT_FINANCE,
        messages.REPORT_INDICATORS,
        messages.REPORT_CHANGES,
        messages.REPORT_ACCOUNTING,
    ]
    contents(document, headings)


def _summary(document, report: Report, styles: Styles) -> None:  # type: ignore[no-untyped-def]
    add_heading(document, messages.REPORT_PER_THEME, 2, styles)
    statuses = list(Status)
    table = document.add_table(rows=1, cols=len(statuses) + 2)
    set_table_style(table, styles)
    head = [ACTION_COLUMNS["theme"].heading, *(s.label for s in statuses), messages.REPORT_TOTAL]
    for cell, title in zip(table.rows[0].cells, head, strict=True):
        write(cell, title, styles["Tabelkop"])
    for i, status in enumerate(statuses, start=1):
        shade(table.rows[0].cells[i], FILL[status])
    repeat_header(table.rows[0])
    rows = [(s.heading, s.counts()) for s in report.themes]
    rows.append((messages.REPORT_TOTAL, report.counts()))
    for label, counts in rows:
        cells = table.add_row().cells
        write(cells[0], label, styles["Tabeltekst"], bold=label == messages.REPORT_TOTAL)
        for i, status in enumerate(statuses, start=1):
            write(cells[i], str(counts[status]), styles["Tabeltekst"])
        write(cells[-1], str(sum(counts.values())), styles["Tabeltekst"], bold=True)
    narrow_margins(table)
    set_widths(table, [4.2, *([1.9] * len(statuses)), 1.4])
    document.add_paragraph()
    _picture(document, charts.status_chart(report))


def _picture(document, png: bytes) -> None:  # type: ignore[no-untyped-def]
    """A chart at the text width, shrunk to fit the page when it has many bars."""
    shape = document.add_picture(io.BytesIO(png), width=Cm(CHART_WIDTH_CM))
    if shape.height > Cm(CHART_MAX_HEIGHT_CM):
        ratio = Cm(CHART_MAX_HEIGHT_CM) / shape.height
        shape.width, shape.height = int(shape.width * ratio), Cm(CHART_MAX_HEIGHT_CM)


def _themes(document, report: Report, styles: Styles) -> None:  # type: ignore[no-untyped-def]
    section = new_section(document, landscape=True)
    for margin in ("left_margin", "right_margin"):
        setattr(section, margin, Cm(1.5))
    usable = usable_width_cm(section)
    add_legend(document, report, styles)
    for index, theme in enumerate(report.themes):
        heading = add_heading(document, clean(theme.heading), 1, styles)
        heading.paragraph_format.page_break_before = index > 0
        for paragraph in analysis.paragraphs(theme.intro):
            document.add_paragraph(clean(paragraph))
        add_theme_table(document, report, theme, usable, styles)


def _indicators(document, report: Report, styles: Styles) -> None:  # type: ignore[no-untyped-def]
    add_heading(document, messages.REPORT_INDICATORS, 1, styles)
    if not report.indicators:
        document.add_paragraph(messages.REPORT_NO_INDICATORS)
        return
    head = [
        INDICATOR_COLUMNS["name"].heading,
        INDICATOR_COLUMNS["baseline"].heading,
        INDICATOR_COLUMNS["target"].heading,
        messages.REPORT_COL_LATEST,
        messages.REPORT_COL_PROGRESS,
    ]
    rows = [
        [
            clean(i.name),
            indicator_baseline(i),
            indicator_target(i),
            indicator_latest(i),
            indicator_progress(i),
        ]
        for i in report.indicators
    ]
    simple_table(document, head, rows, [4.2, 2.4, 3.6, 3.4, 3.4], styles)
    for row in report.indicators:
        chart = charts.indicator_chart(
            row, messages.REPORT_INDICATOR_BAND.format(target=indicator_target(row))
        )
        if chart:
            document.add_paragraph()
            _picture(document, chart)


def _changes(document, report: Report, styles: Styles) -> None:  # type: ignore[no-untyped-def]
    add_heading(document, messages.REPORT_CHANGES, 1, styles)
    if report.first_report:
        document.add_paragraph(messages.REPORT_CHANGES_FIRST.format(previous=report.previous.label))
        return
    document.add_paragraph(
        messages.REPORT_CHANGES_INTRO.format(
            previous_cutoff=format_long(report.previous_cutoff), previous=report.previous.label
        )
    )
    compared = report.compared
    changed = sum(1 for a in compared if a.change.text_changed)
    document.add_paragraph(
        messages.REPORT_TEXT_CHANGES.format(
            changed=changed,
            total=messages.plural(len(compared), *messages.ACTIONS),
            unchanged=len(compared) - changed,
        )
    )
    was_now = was_now_columns()
    widths = [1.2, 8.4, 3.2, 3.2]
    add_heading(document, messages.REPORT_STATUS_CHANGES, 2, styles)
    table_or_none(
        document,
        [*was_now, messages.REPORT_COL_REASON],
        [[*status_change_row(a), a.reason or ""] for a in report.status_changes],
        [1.2, 5.4, 2.4, 2.4, 5.6],
        styles,
    )
    for heading, listed in (
        (messages.REPORT_NEW_ACTIONS, report.new_actions),
        (messages.REPORT_CANCELLED_ACTIONS, report.cancelled_actions),
    ):
        add_heading(document, heading, 2, styles)
        table_or_none(
            document,
            _code_title_owner(),
            [_cto(report, a) for a in listed],
            [1.2, 10.8, 4.0],
            styles,
        )
    add_heading(document, messages.REPORT_PLANNING_MOVED, 2, styles)
    table_or_none(document, was_now, moved_rows(report), widths, styles)


def _code_title_owner() -> list[str]:
    return [
        ACTION_COLUMNS["code"].heading,
        ACTION_COLUMNS["title"].heading,
        ACTION_COLUMNS["owner"].heading,
    ]


def _cto(report: Report, action: ActionRow) -> list[str]:
    return [action.code, action.title, report.owner_text(action.owner)]
