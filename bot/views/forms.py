"""The pieces every form (modal) is built from, and reading a submitted text back."""

from __future__ import annotations

from typing import Any

from bot.views.blocks import MODAL_TITLE, Block, plain
from workflows import messages
from workflows.updates.history import TEXT_LIMIT

ELEMENT = "value"  # the action_id of every input element


def input_block(
    block_id: str, label: str, element: Block, *, optional: bool = False, hint: str | None = None
) -> Block:
    block: Block = {
        "type": "input",
        "block_id": block_id,
        "label": plain(label, 2000),
        "element": element,
        "optional": optional,
    }
    if hint:
        block["hint"] = plain(hint, 2000)
    return block


def text_element(initial: str | None, *, multiline: bool = True) -> Block:
    element: Block = {
        "type": "plain_text_input",
        "action_id": ELEMENT,
        "multiline": multiline,
        "max_length": TEXT_LIMIT,
    }
    if initial:
        element["initial_value"] = initial[:TEXT_LIMIT]
    return element


def text_input(
    block_id: str,
    label: str,
    initial: str = "",
    *,
    multiline: bool = True,
    optional: bool = False,
    hint: str | None = None,
) -> Block:
    return input_block(
        block_id, label, text_element(initial, multiline=multiline), optional=optional, hint=hint
    )


def modal(callback_id: str, title: str, metadata: str, blocks: list[Block]) -> dict[str, Any]:
    return {
        "type": "modal",
        "callback_id": callback_id,
        "private_metadata": metadata,
        "title": plain(title, MODAL_TITLE),
        "submit": plain(messages.MODAL_SUBMIT, MODAL_TITLE),
        "close": plain(messages.MODAL_CLOSE, MODAL_TITLE),
        "blocks": blocks,
    }


def field_text(values: dict[str, Any], block_id: str) -> str:
    """The text typed in one input of a submitted form ("" when empty)."""
    state = (values.get(block_id) or {}).get(ELEMENT) or {}
    return str(state.get("value") or "")
