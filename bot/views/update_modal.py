"""The update modal, and reading its submitted values back from Slack's state format."""

from __future__ import annotations

from typing import Any

from bot.views.blocks import Block, context, option, section
from bot.views.formatting import number
from bot.views.forms import ELEMENT, input_block, modal, text_element
from bot.views.mrkdwn import escape
from workflows import messages
from workflows.programme.statuses import Status
from workflows.updates.giving import UpdateForm

CALLBACK_ID = "update_modal"
STATUS, TEXT, QUANTITY, BOTTLENECKS, HELP = "status", "text", "quantity", "bottlenecks", "help"
CORRECTION = "correction"
HELP_VALUE = "help_needed"


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
        input_block(
            STATUS,
            messages.LABEL_STATUS,
            {
                "type": "static_select",
                "action_id": ELEMENT,
                "options": options,
                "initial_option": option(form.status.label, form.status.value),
            },
        ),
        input_block(
            TEXT,
            messages.LABEL_TEXT,
            text_element(form.text, multiline=True),
            hint=messages.HINT_TEXT,
        ),
    ]
    if form.numeric_target:
        blocks.append(
            input_block(
                QUANTITY,
                messages.LABEL_QUANTITY,
                text_element(number(form.realised_quantity), multiline=False),
                optional=True,
                hint=messages.HINT_QUANTITY.format(target=form.target or ""),
            )
        )
    # Slack cannot make an input required for some statuses only: the submission checks it.
    blocks.append(
        input_block(
            BOTTLENECKS,
            messages.LABEL_BOTTLENECKS,
            text_element(None, multiline=True),
            optional=True,
            hint=messages.HINT_BOTTLENECKS,
        )
    )
    blocks.append(
        input_block(
            CORRECTION,
            messages.LABEL_CORRECTION,
            text_element(None, multiline=True),
            optional=True,
            hint=messages.HINT_CORRECTION,
        )
    )
    blocks.append(
        input_block(
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
    return modal(CALLBACK_ID, messages.MODAL_TITLE.format(code=form.code), form.code, blocks)


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
