"""The per-actielijn table of the Word report, laid out like the source programmes.

Nr | Actie | Regiehouder | Planning (one narrow column per half-year, shaded for preparation
and realisation, the reported half-year framed in red) | Status | Stand van zaken/toelichting.
"""

from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from workflows import messages
from workflows.dates.halfyear import HalfYear
from workflows.programme.columns import ACTION_COLUMNS
from workflows.report import docx_xml as xml
from workflows.report.docx_parts import (
    add_heading,
    border,
    narrow_margins,
    set_table_style,
    set_widths,
    shade,
    write,
)
from workflows.report.model import ActionRow, Report, ThemeSection
from workflows.report.style import (
    CURRENT_BORDER,
    PHASE_FILL,
    clean,
    partners_line,
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
    add_heading(document, messages.REPORT_LEGEND, 2, styles)
    table = document.add_table(rows=3, cols=2)
    set_table_style(table, styles)
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
    """The actielijn's table: three header rows, then a row per action, written as XML and
    parsed once (see docx_xml)."""
    grid = list(report.grid)
    widths = column_widths(len(grid), usable_cm)
    table = document.add_table(rows=0, cols=len(widths))
    narrow_margins(table)
    set_table_style(table, styles)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(table, widths)
    twips = xml.grid_twips(table)
    rows = _header(twips, grid, report.half_year, styles)
    rows += [_action_row(twips, action, grid, report, styles) for action in section.actions]
    xml.append_rows(table, rows)


def _header(twips: list[int], grid: list[HalfYear], current: HalfYear, styles: Styles) -> list[str]:
    """Three header rows as in the source programmes: Planning / year / 1e, 2e. The fixed
    columns are merged over the three rows, Planning over the grid, each year over its halves."""
    head, small = styles["Tabelkop"], styles["Rastertekst"]
    first, after = 3, 3 + len(grid)
    titles = [
        ACTION_COLUMNS["code"].heading,
        ACTION_COLUMNS["title"].heading,
        ACTION_COLUMNS["owner"].heading,
        ACTION_COLUMNS["status"].heading,
        ACTION_COLUMNS["status_text"].heading,
    ]
    fixed = [*range(first), after, after + 1]

    def tall(merge: str, filled: bool) -> list[str]:
        return [
            xml.cell(twips[i], xml.text_paragraph(t, head) if filled else "", merge=merge)
            for i, t in zip(fixed, titles, strict=True)
        ]

    top_cells = tall("restart", True)
    middle_cells = tall("continue", False)
    bottom_cells = tall("continue", False)
    planning = xml.text_paragraph(ACTION_COLUMNS["planning"].heading, head, centred=True)
    top_cells[first:first] = [xml.cell(sum(twips[first:after]), planning, span=len(grid))]
    years: list[str] = []
    for year in sorted({h.year for h in grid}):
        columns = [first + i for i, h in enumerate(grid) if h.year == year]
        label = xml.text_paragraph(str(year), small, bold=year == current.year, centred=True)
        width = sum(twips[columns[0] : columns[-1] + 1])
        years.append(xml.cell(width, label, span=len(columns)))
    middle_cells[first:first] = years
    halves = []
    for i, half in enumerate(grid):
        label = messages.REPORT_HALF_TINY[half.half]
        now = half == current
        frame = xml.borders(CURRENT_BORDER, ("left", "right", "top")) if now else ""
        text = xml.text_paragraph(label, small, bold=now, centred=True)
        halves.append(xml.cell(twips[first + i], text, border=frame))
    bottom_cells[first:first] = halves
    return [xml.row(cells, header=True) for cells in (top_cells, middle_cells, bottom_cells)]


def _action_row(  # type: ignore[no-untyped-def]
    twips: list[int], action: ActionRow, grid: list[HalfYear], report: Report, styles: Styles
) -> str:
    current = report.half_year
    body, warning = styles["Tabeltekst"], styles["Tabelwaarschuwing"]
    title = [xml.text_paragraph(action.title, body, bold=action.is_summary)]
    for extra in (target_line(action), partners_line(action)):
        if extra:
            title.append(xml.text_paragraph(extra, styles["Tabelnotitie"]))
    if action.owner is None:
        owner = xml.text_paragraph(messages.REPORT_NO_OWNER, warning)
    else:
        owner = xml.text_paragraph(report.owner_text(action.owner), body)
    cells = [
        xml.cell(twips[0], xml.text_paragraph(action.code, body, bold=not action.parent)),
        xml.cell(twips[1], "".join(title)),
        xml.cell(twips[2], owner),
    ]
    if action.planning:
        grid_text = xml.paragraph(styles["Rastertekst"])
        for i, half in enumerate(grid):
            frame = xml.borders(CURRENT_BORDER, ("left", "right")) if half == current else ""
            fill = PHASE_FILL.get(action.planning.get(half.code) or "")
            cells.append(xml.cell(twips[3 + i], grid_text, border=frame, fill=fill))
    else:
        # An empty grid needs words, or a reader thinks the planning was lost. The merged
        # cell keeps the first half-year's frame, as a merge in Word does.
        frame = xml.borders(CURRENT_BORDER, ("left", "right")) if grid[0] == current else ""
        words = xml.text_paragraph(messages.REPORT_NO_PLANNING, warning)
        width = sum(twips[3 : 3 + len(grid)])
        cells.append(xml.cell(width, words, span=len(grid), border=frame))
    status = xml.text_paragraph(status_label(action), body)
    cells.append(xml.cell(twips[3 + len(grid)], status, fill=status_fill(action)))
    text = action.status_text or messages.REPORT_NO_TEXT
    if action.text_concept and report.draft:
        text = f"{messages.REPORT_CONCEPT} {text}"
    texts = [xml.text_paragraph(text, body)]
    note = update_note(action, current) if action.is_open else ""
    if note:
        texts.append(xml.text_paragraph(note, warning))
    cells.append(xml.cell(twips[4 + len(grid)], "".join(texts)))
    return xml.row(cells, keep_together=_fits_a_page(action.status_text))


def table_or_none(document, head, rows, widths, styles: Styles) -> None:  # type: ignore[no-untyped-def]
    if rows:
        simple_table(document, head, rows, widths, styles)
    else:
        document.add_paragraph(messages.REPORT_NONE)


def simple_table(  # type: ignore[no-untyped-def]
    document,
    head: list[str],
    rows: list[list[str]],
    widths: list[float],
    styles: Styles,
    bold_rows: frozenset[int] = frozenset(),
) -> None:
    """A plain table: a repeated header row, then text rows. The rows are written as XML in
    one go: python-docx's add_row and cell access cost more per row the longer the table is,
    and the deviations or finance of 2,000 actions run to hundreds of rows."""
    table = document.add_table(rows=0, cols=len(head))
    set_table_style(table, styles)
    narrow_margins(table)
    set_widths(table, widths)
    twips = [round(w / 2.54 * 1440) for w in widths]
    parts = [f"<w:tbl {nsdecls('w')}>", _row_xml(head, twips, styles["Tabelkop"], header=True)]
    parts += [
        _row_xml(values, twips, styles["Tabeltekst"], bold=index in bold_rows)
        for index, values in enumerate(rows)
    ]
    parts.append("</w:tbl>")
    for tr in parse_xml("".join(parts)).findall(qn("w:tr")):
        table._tbl.append(tr)


def _row_xml(
    values: list[str], twips: list[int], style: object, *, header: bool = False, bold: bool = False
) -> str:
    row_pr = '<w:trPr><w:tblHeader w:val="true"/></w:trPr>' if header else ""
    run_pr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    cells = []
    for value, width in zip(values, twips, strict=True):
        lines = clean(value).split("\n")
        text = '</w:t><w:br/><w:t xml:space="preserve">'.join(xml.escape(line) for line in lines)
        cells.append(
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
            f'<w:r>{run_pr}<w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:tc>'
        )
    return f"<w:tr>{row_pr}{''.join(cells)}</w:tr>"
