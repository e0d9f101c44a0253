"""Statuses, targets, planning and owner references as the documents write them."""

import pytest

from workflows.errors import ParseError
from workflows.programme.people import PersonRef, parse_person
from workflows.programme.planning import format_planning, parse_phase_cell, parse_planning
from workflows.programme.statuses import Status
from workflows.programme.targets import parse_target


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("groen", Status.ON_TRACK),
        ("Oranje", Status.ATTENTION),
        ("ROOD", Status.DELAYED),
        ("klaar", Status.DONE),
        ("afgerond", Status.DONE),
        ("loopt", Status.ON_TRACK),
        ("niet gestart", Status.NOT_STARTED),
        ("Nog niet gestart", Status.NOT_STARTED),
        ("aandacht nodig", Status.ATTENTION),
        ("on_track", Status.ON_TRACK),
        ("vervallen", Status.CANCELLED),
        ("Gereed", Status.DONE),
    ],
)
def test_status_variants(text: str, status: Status) -> None:
    assert Status.parse(text) is status


def test_unknown_status_lists_the_valid_ones() -> None:
    with pytest.raises(ParseError, match="'misschien' is geen status.*vertraagd"):
        Status.parse("misschien")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24 woonplekken", (24, 24, "woonplekken", False)),
        ("6-12 plekken", (6, 12, "plekken", False)),
        ("750-900 woningen", (750, 900, "woningen", False)),
        ("jaarlijks 50 woningen", (50, 50, "woningen", True)),
        ("25 per jaar", (25, 25, None, True)),
        ("ntb", (None, None, None, False)),
        ("per locatie", (None, None, None, False)),
    ],
)
def test_targets(text: str, expected: tuple) -> None:
    target = parse_target(text)
    assert target is not None and target.text == text
    assert (target.min, target.max, target.unit, target.per_year) == expected


def test_planning_compact_form_round_trips() -> None:
    text = "2026-H1 voorbereiding; 2026-H2 t/m 2027-H2 realisatie"
    planning = parse_planning(text)
    assert planning == {
        "2026-H1": "preparation",
        "2026-H2": "realisation",
        "2027-H1": "realisation",
        "2027-H2": "realisation",
    }
    assert format_planning(planning) == text


@pytest.mark.parametrize("text", ["2026-H1", "3e helft 2026 realisatie", "2027-H2 t/m 2026-H1 R"])
def test_bad_planning(text: str) -> None:
    with pytest.raises(ParseError, match="geen planning"):
        parse_planning(text)


def test_phase_cells() -> None:
    assert parse_phase_cell("V") == "preparation"
    assert parse_phase_cell("onderzoek") == "preparation"
    assert parse_phase_cell("R") == "realisation"
    assert parse_phase_cell("  ") is None
    with pytest.raises(ParseError):
        parse_phase_cell("X")


def test_people() -> None:
    assert parse_person("Jan de Vries <Jan@Dordrecht.nl>") == PersonRef(
        "Jan de Vries", "jan@dordrecht.nl", None
    )
    assert parse_person("U0123ABCD") == PersonRef(slack_id="U0123ABCD")
    assert parse_person("") is None
    with pytest.raises(ParseError, match="regiehouder"):
        parse_person("Jan <geen-mail>")
