"""Any text a user can type survives into Word and Excel: ``clean`` leaves only what XML allows."""

from docx import Document
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from workflows.report.style import clean


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_cleaned_text_is_accepted_by_python_docx_and_openpyxl(text: str) -> None:
    cleaned = clean(text)
    Document().add_paragraph().add_run(cleaned)  # raises ValueError on XML-invalid characters
    Workbook().active["A1"] = cleaned  # raises IllegalCharacterError likewise
    assert "\r" not in cleaned


def test_clean_keeps_ordinary_dutch_text_and_line_breaks() -> None:
    text = "Café ‘De Vaart’ – 1e fase\tgereed;\nvervolg in 2027 € 12.500"
    assert clean(text) == text
    assert clean("a\x00b\x0bc\r\nd") == "abc\nd"
    assert clean(None) == ""
