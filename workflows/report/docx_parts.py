"""Low-level Word (OOXML) pieces python-docx has no API for: shading, borders, fields, sections.

Everything here uses real Word constructs (styles, PAGE fields, section orientation, repeated
header rows) so a coordinator can restyle the document with the municipality's template.
"""

from __future__ import annotations

from typing import cast

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from workflows.report.style import clean

TABLE_STYLE = "Table Grid"


# Word refuses ("unreadable content") property elements out of the schema's order, even where
# LibreOffice shrugs; every element python-docx does not place itself goes in through _insert.
TC_PR_ORDER = (
    "cnfStyle",
    "tcW",
    "gridSpan",
    "hMerge",
    "vMerge",
    "tcBorders",
    "shd",
    "noWrap",
    "tcMar",
    "textDirection",
    "tcFitText",
    "vAlign",
    "hideMark",
)
TBL_PR_ORDER = (
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
)
BORDER_ORDER = ("top", "left", "start", "bottom", "right", "end", "insideH", "insideV")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _insert(parent, child, order: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    """Insert ``child`` into ``parent`` where the schema sequence ``order`` puts it, replacing
    an existing element of the same name."""
    name = _local(child.tag)
    rank = order.index(name)
    for existing in list(parent):
        local = _local(existing.tag)
        if local == name:
            existing.addprevious(child)
            parent.remove(existing)
            return
        if local in order and order.index(local) > rank:
            existing.addprevious(child)
            return
    parent.append(child)


def shade(cell: _Cell, fill: str) -> None:
    """Fill a cell with an RGB colour (``C6EFCE``)."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    _insert(cell._tc.get_or_add_tcPr(), shd, TC_PR_ORDER)


def border(
    cell: _Cell, colour: str, sides: tuple[str, ...] = ("left", "right"), size: int = 18
) -> None:
    """A coloured border (size in eighths of a point) on some sides of a cell."""
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = tc_pr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        _insert(tc_pr, borders, TC_PR_ORDER)
    for side in sides:
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), str(size))
        element.set(qn("w:color"), colour)
        _insert(borders, element, BORDER_ORDER)


def narrow_margins(table: Table, twips: int = 57) -> None:
    """Smaller left/right cell margins (57 twips = 1 mm), so narrow grid columns fit a year."""
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(twips))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    _insert(table._tbl.tblPr, margins, TBL_PR_ORDER)


def repeat_header(row: _Row) -> None:
    """Repeat this row at the top of every page the table runs over."""
    tr_pr = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    tr_pr.append(element)


def keep_row_together(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    element = OxmlElement("w:cantSplit")
    element.set(qn("w:val"), "true")
    tr_pr.append(element)


def set_widths(table: Table, widths_cm: list[float]) -> None:
    """Fixed column widths on the grid and the cells so far. Call it before adding body rows:
    python-docx gives each new row's cells the grid widths, which saves a pass over them all."""
    table.autofit = False  # w:tblLayout type="fixed"
    for col, width in zip(table.columns, widths_cm, strict=False):
        col.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=False):
            cell.width = Cm(width)


def write(
    target: _Cell | Paragraph, text: str, style: object = None, *, bold: bool = False
) -> Paragraph:
    """Put cleaned text into a cell's first paragraph (or a paragraph) in a paragraph style."""
    paragraph = target.paragraphs[0] if isinstance(target, _Cell) else target
    if style is not None:
        set_style(paragraph, style)
    run = paragraph.add_run(clean(text))
    if bold:
        run.bold = True
    return paragraph


def set_style(paragraph: Paragraph, style_id: object) -> None:
    """Apply a paragraph style by id. python-docx's ``paragraph.style = ...`` scans every style
    for each paragraph, which made a 2,000-action report take minutes."""
    paragraph._p.get_or_add_pPr().style = str(style_id)


# Built-in styles the writer uses, looked up once per document: python-docx finds a style by
# name by scanning every style, for each paragraph or table it is set on.
BUILT_IN = {
    TABLE_STYLE: WD_STYLE_TYPE.TABLE,
    "Title": WD_STYLE_TYPE.PARAGRAPH,
    "Subtitle": WD_STYLE_TYPE.PARAGRAPH,
    "Heading 1": WD_STYLE_TYPE.PARAGRAPH,
    "Heading 2": WD_STYLE_TYPE.PARAGRAPH,
    "List Bullet": WD_STYLE_TYPE.PARAGRAPH,
}


def add_styles(document) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Paragraph styles for table text, so a template can restyle every table at once.

    Returns the style ids by name, for ``write``, ``set_style`` and ``add_paragraph``: these
    and the built-in ones the report uses (``BUILT_IN``)."""
    made: dict[str, object] = {
        name: document.part.get_style_id(name, kind) for name, kind in BUILT_IN.items()
    }
    specs = {
        "Tabeltekst": (8.0, False, None),
        "Tabelkop": (8.0, True, None),
        "Tabelnotitie": (7.0, False, "595959"),
        "Tabelwaarschuwing": (7.0, False, "C00000"),
        "Rastertekst": (6.5, False, None),
    }
    normal = document.styles["Normal"]
    for name, (size, bold, colour) in specs.items():
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(size)
        style.font.bold = bold or None
        if colour:
            style.font.color.rgb = RGBColor.from_string(colour)
            style.font.italic = True
        style.paragraph_format.space_after = Pt(0)
        style.paragraph_format.space_before = Pt(0)
        made[name] = style.style_id
    return made


def add_paragraph(document, text: str, style: str, styles: dict[str, object]) -> Paragraph:  # type: ignore[no-untyped-def]
    """``document.add_paragraph(text, style)`` with the style id from ``add_styles``."""
    paragraph = document.add_paragraph(text)
    style_id = styles[style]
    if style_id is not None:
        set_style(paragraph, style_id)
    return paragraph


def add_heading(document, text: str, level: int, styles: dict[str, object]) -> Paragraph:  # type: ignore[no-untyped-def]
    """``document.add_heading(text, level)`` (level 1 or 2) without the style lookup."""
    return add_paragraph(document, text, f"Heading {level}", styles)


def set_table_style(table: Table, styles: dict[str, object]) -> None:
    """``table.style = TABLE_STYLE`` without the style lookup."""
    table._tbl.tblPr.style = cast(str | None, styles[TABLE_STYLE])


def add_page_field(paragraph: Paragraph, prefix: str) -> None:
    """``Pagina 3``: the number is a PAGE field, so Word keeps it right after edits."""
    paragraph.add_run(prefix)
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, instr, separate, shown, end):
        run._r.append(element)


def new_section(document, *, landscape: bool):  # type: ignore[no-untyped-def]
    """Start a section on a new page in portrait or landscape A4 with the same margins."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    # add_section copies the previous sectPr; only the title page hides its page number.
    section.different_first_page_header_footer = False
    short, long_ = Cm(21.0), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = long_, short
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = short, long_
    return section


def usable_width_cm(section) -> float:  # type: ignore[no-untyped-def]
    return float((section.page_width - section.left_margin - section.right_margin) / Cm(1))
