"""Budget and Besteed cells: amounts as programmes write them, and per year."""

import pytest

from workflows.errors import ParseError
from workflows.importing.money import parse_money


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("", (None, None)),
        ("900000", (900000.0, None)),
        ("EUR 900.000", (900000.0, None)),
        ("€ 1.228.158", (1228158.0, None)),
        ("1.228.158,50", (1228158.5, None)),
        ("2026: 100.000; 2027: 150.000", (250000.0, {"2026": 100000.0, "2027": 150000.0})),
    ],
)
def test_amounts(cell: str, expected: tuple) -> None:
    assert parse_money(cell) == expected


def test_a_word_is_no_amount() -> None:
    with pytest.raises(ParseError, match="geen bedrag"):
        parse_money("veel")
