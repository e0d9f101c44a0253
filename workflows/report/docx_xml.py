"""WordprocessingML for table rows as text, parsed once per table.

python-docx builds a cell element by element, and each step looks up where the element goes
among its siblings (``add_row``, ``cell.paragraphs``, ``add_run``, ``paragraph.style``): a
2,000-action report spent most of its time there. These helpers write the same elements as
python-docx would (the same order, the same attributes), as strings; ``append_rows`` parses a
table's rows in one go. The markup is only what python-docx itself writes, so the document
stays one a template can restyle.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from workflows.report.style import clean

_BREAKS = {"\t": "<w:tab/>", "\n": "<w:br/>", "\r": "<w:br/>"}
_SPLIT = re.compile("([\t\n\r])")


def escape(chars: str) -> str:
    """``xml.sax.saxutils.escape``: ``&``, ``<`` and ``>`` as entities. Written out because
    xml.sax.saxutils imports urllib.request, http.client and email (a tenth of a second of
    ``woonzorg rapport`` when Python compiles them from source)."""
    return chars.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _text(chars: str) -> str:
    """One ``w:t``; like python-docx, ``xml:space`` only when the text has outer whitespace."""
    space = ' xml:space="preserve"' if len(chars.strip()) < len(chars) else ""
    return f"<w:t{space}>{escape(chars)}</w:t>"


def run(text: str, *, bold: bool = False) -> str:
    """A run of cleaned text: tabs become ``w:tab``, line ends ``w:br`` (as ``run.text``)."""
    parts = ["<w:r>"]
    if bold:
        parts.append("<w:rPr><w:b/></w:rPr>")
    for piece in _SPLIT.split(clean(text)):
        if piece:
            parts.append(_BREAKS.get(piece) or _text(piece))
    if len(parts) == 1:
        return "<w:r/>"
    parts.append("</w:r>")
    return "".join(parts)


def paragraph(style: object = None, runs: str = "", *, centred: bool = False) -> str:
    """A paragraph in a paragraph style (by id), optionally centred, holding ``runs``."""
    props = ""
    if style is not None or centred:
        pstyle = f'<w:pStyle w:val="{style}"/>' if style is not None else ""
        jc = '<w:jc w:val="center"/>' if centred else ""
        props = f"<w:pPr>{pstyle}{jc}</w:pPr>"
    if not props and not runs:
        return "<w:p/>"
    return f"<w:p>{props}{runs}</w:p>"


def text_paragraph(text: str, style: object, *, bold: bool = False, centred: bool = False) -> str:
    """What ``docx_parts.write`` makes of a paragraph: a style, then one run of text."""
    return paragraph(style, run(text, bold=bold), centred=centred)


def borders(colour: str, sides: Iterable[str], size: int = 18) -> str:
    """``w:tcBorders`` with the given sides, in the schema's order (top, left, bottom, right)."""
    order = ("top", "left", "bottom", "right")
    chosen = set(sides)
    edges = "".join(
        f'<w:{side} w:val="single" w:sz="{size}" w:color="{colour}"/>'
        for side in order
        if side in chosen
    )
    return f"<w:tcBorders>{edges}</w:tcBorders>"


def cell(
    width: int,
    content: str,
    *,
    span: int = 1,
    merge: str | None = None,
    border: str = "",
    fill: str | None = None,
) -> str:
    """A cell ``width`` twips wide; ``merge`` is "restart" or "continue" for a vertical merge,
    ``border`` a ``borders(...)`` string; the properties in the schema's order."""
    props = [f'<w:tcW w:type="dxa" w:w="{width}"/>']
    if span > 1:
        props.append(f'<w:gridSpan w:val="{span}"/>')
    if merge == "restart":
        props.append('<w:vMerge w:val="restart"/>')
    elif merge == "continue":
        props.append("<w:vMerge/>")
    if border:
        props.append(border)
    if fill:
        props.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>')
    return f"<w:tc><w:tcPr>{''.join(props)}</w:tcPr>{content or '<w:p/>'}</w:tc>"


def row(cells: Sequence[str], *, header: bool = False, keep_together: bool = False) -> str:
    """A table row: repeated at the top of each page (``header``), or not split over two."""
    props = ""
    if header:
        props = '<w:trPr><w:tblHeader w:val="true"/></w:trPr>'
    elif keep_together:
        props = '<w:trPr><w:cantSplit w:val="true"/></w:trPr>'
    return f"<w:tr>{props}{''.join(cells)}</w:tr>"


def grid_twips(table) -> list[int]:  # type: ignore[no-untyped-def]
    """The table's column widths in twips, as its grid has them (``set_widths``)."""
    return [int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.findall(qn("w:gridCol"))]


def append_rows(table, rows: Iterable[str]) -> None:  # type: ignore[no-untyped-def]
    """Parse the rows in one go and add them to the table."""
    tbl = parse_xml(f"<w:tbl {nsdecls('w')}>{''.join(rows)}</w:tbl>")
    for tr in tbl.findall(qn("w:tr")):
        table._tbl.append(tr)
