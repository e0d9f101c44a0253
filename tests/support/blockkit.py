"""A checker for Block Kit's limits, for tests of the views."""

from __future__ import annotations

from typing import Any


def check_blocks(blocks: list[dict[str, Any]], max_blocks: int) -> None:
    assert len(blocks) <= max_blocks, f"{len(blocks)} blocks > {max_blocks}"
    for block in blocks:
        kind = block["type"]
        if kind == "header":
            assert len(block["text"]["text"]) <= 150
        if kind == "section":
            if "text" in block:
                assert 0 < len(block["text"]["text"]) <= 3000
            for field in block.get("fields", []):
                assert len(field["text"]) <= 2000
            assert len(block.get("fields", [])) <= 10
            if "accessory" in block:
                _check_element(block["accessory"])
        if kind == "context":
            assert len(block["elements"]) <= 10
        if kind == "actions":
            assert len(block["elements"]) <= 25
            for element in block["elements"]:
                _check_element(element)
        if kind == "input":
            assert len(block["label"]["text"]) <= 2000
            _check_element(block["element"])


def _check_element(element: dict[str, Any]) -> None:
    if element["type"] == "button":
        assert len(element["text"]["text"]) <= 75
        assert len(element["action_id"]) <= 255
        assert len(element.get("value", "")) <= 2000
    for opt in element.get("options", []):
        assert len(opt["text"]["text"]) <= 75
        assert len(opt["value"]) <= 150
    if "initial_value" in element:
        assert len(element["initial_value"]) <= element.get("max_length", 3000)


def check_modal(view: dict[str, Any]) -> None:
    assert view["type"] == "modal" and view["callback_id"]
    assert len(view["title"]["text"]) <= 24
    assert len(view.get("private_metadata", "")) <= 3000
    check_blocks(view["blocks"], 100)


def check_home(view: dict[str, Any]) -> None:
    assert view["type"] == "home"
    check_blocks(view["blocks"], 100)


def check_message(blocks: list[dict[str, Any]] | None) -> None:
    if blocks is not None:
        check_blocks(blocks, 50)
