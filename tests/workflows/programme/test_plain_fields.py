"""Plain fields: one column entry with a codec reads, logs, exports and shows an action field."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from storage.db import session_scope
from storage.models import Action
from tests.support.factories import build_programme
from workflows.errors import ParseError
from workflows.exporting.snapshot import load_snapshot, programme_json
from workflows.programme.action_detail import ActionDetail
from workflows.programme.columns import ACTION_COLUMNS, NUMBER, TEXT, TEXT_LIST, split_list


def test_text_codec() -> None:
    assert TEXT.parse("  Wat we doen \n") == "Wat we doen"
    assert TEXT.parse("") == ""
    assert TEXT.cell("tekst") == TEXT.json("tekst") == TEXT.show("tekst") == "tekst"


def test_text_list_codec() -> None:
    assert TEXT_LIST.parse("GGD; SDD,corporaties\nAvres") == ["GGD", "SDD", "corporaties", "Avres"]
    assert TEXT_LIST.parse(" ; ") == []
    assert TEXT_LIST.cell(["GGD", "SDD"]) == "GGD; SDD"
    assert TEXT_LIST.json(["GGD"]) == ["GGD"]
    assert TEXT_LIST.show(["GGD", "SDD"]) == "GGD, SDD"
    assert split_list(TEXT_LIST.cell(["a", "b"])) == ["a", "b"]  # an export reads back


@pytest.mark.parametrize(
    ("text", "value"),
    [("", None), ("  ", None), ("700", 700.0), ("2,5", 2.5), ("1.500", 1500.0), ("-3", -3.0)],
)
def test_number_codec_reads_dutch_numbers(text: str, value: float | None) -> None:
    assert NUMBER.parse(text) == value


def test_number_codec_refuses_text_in_dutch_and_writes_whole_numbers_plainly() -> None:
    with pytest.raises(ParseError, match="'veel' is geen getal."):
        NUMBER.parse(" veel ")
    assert NUMBER.cell(24.0) == NUMBER.json(24.0) == 24
    assert NUMBER.cell(2.5) == 2.5 and NUMBER.json(None) is None
    assert NUMBER.show(2.5) == "2,5" and NUMBER.show(None) == ""


def test_every_plain_field_is_an_action_attribute() -> None:
    """The import stores a plain field's value under the column's key on Action, as it is."""
    attributes = set(Action.model_fields)
    assert {column.key for column, _ in ACTION_COLUMNS.plain_fields} <= attributes
    assert [column.key for column, _ in ACTION_COLUMNS.plain_fields] == ["description", "partners"]


def test_fields_actie_shows_by_name_are_not_listed_again() -> None:
    named = set(ActionDetail.__dataclass_fields__)
    assert {column.key for column, _ in ACTION_COLUMNS.plain_fields} <= named


def test_json_export_writes_plain_fields_in_column_order(sqlite_engine: Engine) -> None:
    with session_scope(sqlite_engine) as session:
        build_programme(
            session, [("1", "Preventie", [dict(code="1.1", description="Wat", partners=["GGD"])])]
        )
        action = programme_json(load_snapshot(session=session, workspace_id=""))["actions"][0]
    assert list(action) == [
        "code", "theme", "title", "description", "steps", "owner", "partners", "planning",
        "target", "deadline", "continuous", "status", "status_text",
    ]  # fmt: skip
    assert (action["description"], action["partners"]) == ("Wat", ["GGD"])
