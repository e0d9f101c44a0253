from datetime import date

import pytest

from workflows.dates.halfyear import HalfYear
from workflows.errors import ParseError

FORMS = [
    ("2026-H1", "2026-H1"),
    ("H1 2026", "2026-H1"),
    ("1e helft 2026", "2026-H1"),
    ("2026 1e helft", "2026-H1"),
    ("eerste helft 2026", "2026-H1"),
    ("2e helft 2027", "2027-H2"),
    ("tweede helft 2027", "2027-H2"),
    ("voorjaar 2026", "2026-H1"),
    ("najaar 2020", "2020-H2"),
    ("begin 2021", "2021-H1"),
    ("eind 2025", "2025-H2"),
    ("31-12-2027", "2027-H2"),
    ("31 december 2027", "2027-H2"),
    ("2027-12-31", "2027-H2"),
    ("30 juni 2026", "2026-H1"),
    ("1 juli 2026", "2026-H2"),
    ("  Eerste  Hélft 2026 ", "2026-H1"),
]


@pytest.mark.parametrize(("text", "code"), FORMS)
def test_parses_every_documented_form(text: str, code: str) -> None:
    assert HalfYear.parse(text).code == code


@pytest.mark.parametrize("text", ["3e helft 2026", "2026", "", "helft 2026", "2026-H3", "morgen"])
def test_rejects_anything_else_quoting_the_input(text: str) -> None:
    with pytest.raises(ParseError) as info:
        HalfYear.parse(text)
    assert f"'{text.strip()}'" in str(info.value)
    assert "halfjaar" in str(info.value)


def test_labels_dates_and_arithmetic() -> None:
    h = HalfYear(2026, 2)
    assert h.label == "2e helft 2026"
    assert (h.start, h.end) == (date(2026, 7, 1), date(2026, 12, 31))
    assert h.next() == HalfYear(2027, 1)
    assert h.previous() == HalfYear(2026, 1)
    assert h + 3 == HalfYear(2028, 1)
    assert date(2026, 12, 31) in h and date(2027, 1, 1) not in h
    assert HalfYear(2026, 1).halves_until(HalfYear(2027, 2)) == 3
    assert [x.code for x in HalfYear.span(HalfYear(2026, 2), HalfYear(2027, 2))] == [
        "2026-H2",
        "2027-H1",
        "2027-H2",
    ]
