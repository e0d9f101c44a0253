"""What makes the .docx a finished Word document: its properties, Dutch as the language of
every style, Word 2013+ mode (no "compatibility mode"), "Pagina X van Y" and the contents."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from workflows import messages
from workflows.report.model import Report
from workflows.report.style import clean

LANGUAGE = "nl-NL"


def set_properties(document, report: Report, title: str) -> None:  # type: ignore[no-untyped-def]
    props = document.core_properties
    programme = clean(report.programme)
    props.title = clean(title)
    props.subject = programme
    props.author = programme
    props.last_modified_by = programme
    props.comments = ""
    props.keywords = messages.REPORT_KEYWORDS
    props.language = LANGUAGE
    moment = report.compiled_at.replace(microsecond=0)
    props.created = moment
    props.modified = moment
    props.revision = 1


def _lang(r_pr) -> None:  # type: ignore[no-untyped-def]
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    for attr in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attr), LANGUAGE)


def set_language(document) -> None:  # type: ignore[no-untyped-def]
    """nl-NL in the document defaults and on every style, so Word spell-checks in Dutch."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    r_pr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _lang(r_pr)
    for style in styles.findall(qn("w:style")):
        _lang(style.get_or_add_rPr())


def modern_mode(document) -> None:  # type: ignore[no-untyped-def]
    """compatibilityMode 15 (Word 2013 and later): no "[Compatibiliteitsmodus]" in the title."""
    settings = document.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = OxmlElement("w:compat")
        settings.append(compat)
    for child in list(compat):
        compat.remove(child)
    setting = OxmlElement("w:compatSetting")
    for name, value in (
        ("w:name", "compatibilityMode"),
        ("w:uri", "http://schemas.microsoft.com/office/word"),
        ("w:val", "15"),
    ):
        setting.set(qn(name), value)
    compat.append(setting)
    # Fields (contents, page numbers) are brought up to date when Word opens the file.
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    run = paragraph.add_run()
    parts = [
        ("begin", None),
        ("instr", instruction),
        ("separate", None),
        ("text", shown),
        ("end", None),
    ]
    for kind, value in parts:
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = value
        elif kind == "text":
            element = OxmlElement("w:t")
            element.text = value
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)


def page_x_of_y(paragraph: Paragraph) -> None:
    """``Pagina 3 van 12``: PAGE and NUMPAGES fields, right after every edit."""
    paragraph.add_run(messages.REPORT_PAGE)
    _field(paragraph, " PAGE ", "1")
    paragraph.add_run(messages.REPORT_PAGE_OF)
    _field(paragraph, " NUMPAGES ", "1")


def contents(document, headings: list[str]) -> None:  # type: ignore[no-untyped-def]
    """A table of contents field; until Word updates it, it shows the chapter headings."""
    paragraph = document.add_paragraph()
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = ' TOC \\o "1-1" \\h \\z \\u '
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    for element in (begin, instr, separate):
        run._r.append(element)
    for i, heading in enumerate(headings):
        if i:
            paragraph.add_run().add_break()
        paragraph.add_run(heading)
    end_run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    end_run._r.append(end)
