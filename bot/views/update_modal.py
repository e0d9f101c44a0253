"""The update modal, and reading its submitted values back from Slack's state format."""

from __future__ import annotations

from typing import Any

from bot.views.blocks import MODAL_TITLE, Block, context, option, plain, section
from bot.views.formatting import number
from bot.views.mrkdwn import escape
from workflows import messages
from workflows.programme.statuses import Status
from workflows.updates.giving import UpdateForm
from workflows.updates.history import TEXT_LIMIT

CALLBACK_ID = "update_modal"
STATUS, TEXT, QUANTITY, BOTTLENECKS, HELP = "status", "text", "quantity", "bottlenecks", "help"
CORRECTION = "correction"
ELEMENT = "value"  # the action_id of every input element
HELP_VALUE = "help_needed"


def _input(
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


def _text_input(initial: str | None, *, multiline: bool) -> Block:
    element: Block = {
        "type": "plain_text_input",
        "action_id": ELEMENT,
        "multiline": multiline,
        "max_length": TEXT_LIMIT,
    }
    if initial:
        element["initial_value"] = initial[:TEXT_LIMIT]
    return element


def update_modal(form: UpdateForm) -> dict[str, Any]:
    """The modal for one action, prefilled with its current status and last update."""
    options = [option(s.label, s.value) for s in Status]
    blocks: list[Block] = [
        section(messages.MODAL_INTRO.format(code=escape(form.code), title=escape(form.title))),
        context(
            messages.MODAL_ROUND.format(half=form.round.label)
            if form.round
            else messages.MODAL_NO_ROUND
        ),
        _input(
            STATUS,
            messages.LABEL_STATUS,
            {
                "type": "static_select",
                "action_id": ELEMENT,
                "options": options,
                "initial_option": option(form.status.label, form.status.value),
            },
        ),
        _input(
            TEXT,
            messages.LABEL_TEXT,
            _text_input(form.text, multiline=True),
            hint=messages.HINT_TEXT,
        ),
    ]
    if form.numeric_target:
        blocks.append(
            _input(
                QUANTITY,
                messages.LABEL_QUANTITY,
                _text_input(number(form.realised_quantity), multiline=False),
                optional=True,
                hint=messages.HINT_QUANTITY.format(target=form.target or ""),
            )
        )
    # Slack cannot make an input required for some statuses only: the submission checks it.
    blocks.append(
        _input(
            BOTTLENECKS,
            messages.LABEL_BOTTLENECKS,
            _text_input(None, multiline=True),
            optional=True,
            hint=messages.HINT_BOTTLENECKS,
        )
    )
    blocks.append(
        _input(
            CORRECTION,
            messages.LABEL_CORRECTION,
            _text_input(None, multiline=True),
            optional=True,
            hint=messages.HINT_CORRECTION,
        )
    )
    blocks.append(
        _input(
            HELP,
            messages.LABEL_HELP,
            {
                "type": "checkboxes",
                "action_id": ELEMENT,
                "options": [option(messages.HELP_OPTION, HELP_VALUE)],
            },
            optional=True,
        )
    )
    return {
        "type": "modal",
        "callback_id": CALLBACK_ID,
        "private_metadata": form.code,
        "title": plain(messages.MODAL_TITLE.format(code=form.code), MODAL_TITLE),
        "submit": plain(messages.MODAL_SUBMIT, MODAL_TITLE),
        "close": plain(messages.MODAL_CLOSE, MODAL_TITLE),
        "blocks": blocks,
    }


def field_value(values: dict[str, Any], block_id: str) -> Any:
    """The submitted value of one input: text, the selected option's value, or checked values."""
    state = (values.get(block_id) or {}).get(ELEMENT) or {}
    kind = state.get("type")
    if kind == "static_select":
        selected = state.get("selected_option") or {}
        return selected.get("value")
    if kind == "checkboxes":
        return [o.get("value") for o in state.get("selected_options") or []]
    return state.get("value")
