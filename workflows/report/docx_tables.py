"""The per-actielijn table of the Word report, laid out like the source programmes.

Nr | Actie | Regiehouder | Planning (one narrow column per half-year, shaded for preparation
and realisation, the reported half-year framed in red) | Status | Stand van zaken/toelichting.
"""

from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH

from workflows import messages
from workflows.dates.halfyear import HalfYear
from workflows.programme.columns import ACTION_COLUMNS
from workflows.report.docx_parts import (
    TABLE_STYLE,
    border,
    keep_row_together,
    narrow_margins,
    repeat_header,
    set_style,
    set_widths,
    shade,
    write,
)
from workflows.report.model import ActionRow, Report, ThemeSection
from workflows.report.style import (
    CURRENT_BORDER,
    PHASE_FILL,
    status_fill,
    status_label,
    target_line,
    update_note,
)

FIXED_CM = {"code": 1.1, "action": 5.2, "owner": 2.8, "status": 2.2}
GRID_CELL_CM = 0.8
MIN_TEXT_CM = 6.0
MAX_UNSPLIT_CHARS = 1200  # about half a landscape page in the text column at 8 pt
Styles = dict[str, object]


def column_widths(grid_size: int, usable_cm: float) -> list[float]:
    grid_cm = GRID_CELL_CM * grid_size
    text_cm = max(MIN_TEXT_CM, usable_cm - sum(FIXED_CM.values()) - grid_cm)
    return [
        FIXED_CM["code"],
        FIXED_CM["action"],
        FIXED_CM["owner"],
        *([GRID_CELL_CM] * grid_size),
        FIXED_CM["status"],
        text_cm,
    ]


def _fits_a_page(text: str) -> bool:
    """Whether a row can be kept on one page. Word clips a row that may not break and is taller
    than the page, so long texts (up to 3,000 characters) are allowed to run on."""
    return len(text) + 60 * text.count("\n") < MAX_UNSPLIT_CHARS


def add_legend(document, report: Report, styles: Styles) -> None:  # type: ignore[no-untyped-def]
    """The legend of the source programmes: what the two shades (and the red frame) mean."""
    document.add_heading(messages.REPORT_LEGEND, level=2)
    table = document.add_table(rows=3, cols=2)
    table.style = TABLE_STYLE
    entries = [
        (PHASE_FILL["preparation"], messages.REPORT_LEGEND_PREPARATION),
        (PHASE_FILL["realisation"], messages.REPORT_LEGEND_REALISATION),
        (None, messages.REPORT_LEGEND_CURRENT.format(half=report.half_year.label)),
    ]
    for row, (fill, label) in zip(table.rows, entries, strict=True):
        if fill:
            shade(row.cells[0], fill)
        else:
            border(row.cells[0], CURRENT_BORDER, ("left", "right", "top", "bottom"))
        write(row.cells[0], "", styles["Tabeltekst"])
        write(row.cells[1], label, styles["Tabeltekst"])
    set_widths(table, [1.0, 9.0])


def add_theme_table(  # type: ignore[no-untyped-def]
    document, report: Report, section: ThemeSection, usable_cm: float, styles: Styles
) -> None:
    grid = list(report.grid)
    widths = column_widths(len(grid), usable_cm)
    table = document.add_table(rows=3, cols=len(widths))
    narrow_margins(table)
    table.style = TABLE_STYLE
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(table, widths)  # before the merges and rows, see set_widths
    _header(table, grid, report.half_year, styles)
    for action in section.actions:
        _action_row(table, action, grid, report.half_year, styles)


def _header(table, grid: list[HalfYear], current: HalfYear, styles: Styles) -> None:  # type: ignore[no-untyped-def]
    """Three header rows as in the source programmes: Planning / year / 1e, 2e."""
    top, middle, bottom = table.rows
    first_grid, last_grid = 3, 3 + len(grid) - 1
    head = styles["Tabelkop"]
    fixed = {
        0: ACTION_COLUMNS["code"].heading,
        1: ACTION_COLUMNS["title"].heading,
        2: ACTION_COLUMNS["owner"].heading,
        last_grid + 1: ACTION_COLUMNS["status"].heading,
        last_grid + 2: ACTION_COLUMNS["status_text"].heading,
    }
    for i, title in fixed.items():
        write(top.cells[i].merge(bottom.cells[i]), title, head)
    planning = top.cells[first_grid]
    if len(grid) > 1:
        planning = planning.merge(top.cells[last_grid])
    write(planning, ACTION_COLUMNS["planning"].heading, head).alignment = WD_ALIGN_PARAGRAPH.CENTER
    small = styles["Rastertekst"]
    for year in sorted({h.year for h in grid}):
        columns = [first_grid + i for i, h in enumerate(grid) if h.year == year]
        cell = middle.cells[columns[0]]
        if len(columns) > 1:
            cell = cell.merge(middle.cells[columns[-1]])
        write(
            cell, str(year), small, bold=year == current.year
        ).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, half in enumerate(grid):
        cell = bottom.cells[first_grid + i]
        label = messages.REPORT_HALF_TINY[half.half]
        write(cell, label, small, bold=half == current).alignment = WD_ALIGN_PARAGRAPH.CENTER
        if half == current:
            border(cell, CURRENT_BORDER, ("left", "right", "top"))
    for row in (top, middle, bottom):
        repeat_header(row)


def _action_row(  # type: ignore[no-untyped-def]
    table, action: ActionRow, grid: list[HalfYear], current: HalfYear, styles: Styles
) -> None:
    row = table.add_row()
    if _fits_a_page(action.status_text):
        keep_row_together(row)
    cells = row.cells
    body = styles["Tabeltekst"]
    write(cells[0], action.code, body, bold=True)
    write(cells[1], action.title, body)
    extra = target_line(action)
    if extra:
        write(cells[1].add_paragraph(), extra, styles["Tabelnotitie"])
    if action.owner is None:
        write(cells[2], messages.REPORT_NO_OWNER, styles["Tabelwaarschuwing"])
    else:
        write(cells[2], action.owner.display, body)
    for i, half in enumerate(grid):
        cell = cells[3 + i]
        set_style(cell.paragraphs[0], styles["Rastertekst"])
        phase = action.planning.get(half.code)
        if phase in PHASE_FILL:
            shade(cell, PHASE_FILL[phase])
        if half == current:
            border(cell, CURRENT_BORDER)
    status_cell = cells[3 + len(grid)]
    shade(status_cell, status_fill(action))
    write(status_cell, status_label(action), body)
    text_cell = cells[4 + len(grid)]
    write(text_cell, action.status_text or messages.REPORT_NO_TEXT, body)
    note = update_note(action, current) if action.is_open else ""
    if note:
        write(text_cell.add_paragraph(), note, styles["Tabelwaarschuwing"])
    if not action.planning:
        # An empty grid needs words, or a reader thinks the planning was lost.
        merged = cells[3].merge(cells[3 + len(grid) - 1]) if len(grid) > 1 else cells[3]
        write(merged, messages.REPORT_NO_PLANNING, styles["Tabelwaarschuwing"])


def table_or_none(document, head, rows, widths, styles: Styles) -> None:  # type: ignore[no-untyped-def]
    if rows:
        simple_table(document, head, rows, widths, styles)
    else:
        document.add_paragraph(messages.REPORT_NONE)


def simple_table(  # type: ignore[no-untyped-def]
    document, head: list[str], rows: list[list[str]], widths: list[float], styles: Styles
) -> None:
    table = document.add_table(rows=1, cols=len(head))
    table.style = TABLE_STYLE
    narrow_margins(table)
    set_widths(table, widths)
    for cell, title in zip(table.rows[0].cells, head, strict=True):
        write(cell, title, styles["Tabelkop"])
    repeat_header(table.rows[0])
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            write(cell, value, styles["Tabeltekst"])
