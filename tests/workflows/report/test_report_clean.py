"""Any text a user can type survives into Word and Excel: ``clean`` leaves only what XML allows."""

from docx import Document
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from workflows.report.style import clean

# One document and one sheet for all examples: the check is made when a run or a cell is set,
# whatever the document holds already; a new Document() per example (it unpacks the default
# template) made this test take seconds.
DOCUMENT = Document()
SHEET = Workbook().active


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_cleaned_text_is_accepted_by_python_docx_and_openpyxl(text: str) -> None:
    cleaned = clean(text)
    DOCUMENT.add_paragraph().add_run(cleaned)  # raises ValueError on XML-invalid characters
    SHEET["A1"] = cleaned  # raises IllegalCharacterError likewise
    assert "\r" not in cleaned


def test_clean_keeps_ordinary_dutch_text_and_line_breaks() -> None:
    text = "Café ‘De Vaart’ – 1e fase\tgereed;\nvervolg in 2027 € 12.500"
    assert clean(text) == text
    assert clean("a\x00b\x0bc\r\nd") == "abc\nd"
    assert clean(None) == ""
