"""The forms of the coordinators' own report texts and of recording spending."""

from __future__ import annotations

from typing import Any

from bot.views.blocks import MODAL_TITLE, Block, context, plain, section
from bot.views.formatting import euro
from bot.views.mrkdwn import escape
from workflows import messages
from workflows.editorial import SectionText, section_key
from workflows.programme.spending import SpendingForm
from workflows.updates.history import TEXT_LIMIT

SECTION_FORM, SPENDING_FORM = "report_section", "spending"
TEXT, AMOUNT, NOTE = "text", "amount", "note"
ELEMENT = "value"


def _input(
    block_id: str,
    label: str,
    initial: str = "",
    *,
    multiline: bool = True,
    optional: bool = False,
    hint: str | None = None,
) -> Block:
    element: Block = {
        "type": "plain_text_input",
        "action_id": ELEMENT,
        "multiline": multiline,
        "max_length": TEXT_LIMIT,
    }
    if initial:
        element["initial_value"] = initial[:TEXT_LIMIT]
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


def _modal(callback_id: str, title: str, metadata: str, blocks: list[Block]) -> dict[str, Any]:
    return {
        "type": "modal",
        "callback_id": callback_id,
        "private_metadata": metadata,
        "title": plain(title, MODAL_TITLE),
        "submit": plain(messages.MODAL_SUBMIT, MODAL_TITLE),
        "close": plain(messages.MODAL_CLOSE, MODAL_TITLE),
        "blocks": blocks,
    }


def section_modal(found: SectionText) -> dict[str, Any]:
    """The introduction or an actielijn's text, prefilled; empty removes it."""
    return _modal(
        SECTION_FORM,
        messages.SECTION_TITLE,
        section_key(found.part, found.half_year),
        [
            section(
                messages.SECTION_INTRO.format(label=escape(found.label), half=found.half_year.label)
            ),
            _input(
                TEXT, messages.SECTION_LABEL, found.text, optional=True, hint=messages.SECTION_HINT
            ),
        ],
    )


def spending_modal(form: SpendingForm) -> dict[str, Any]:
    """ "Besteding vastleggen": an amount for this year and a toelichting."""
    so_far = messages.SPENDING_SO_FAR.format(
        year=form.year,
        spent_year=euro(form.spent_year or 0),
        spent=euro(form.spent or 0),
        budget=euro(form.budget) if form.budget is not None else messages.SPENDING_NO_BUDGET,
    )
    return _modal(
        SPENDING_FORM,
        messages.SPENDING_TITLE.format(code=form.code),
        form.code,
        [
            section(
                messages.SPENDING_INTRO.format(
                    code=escape(form.code), title=escape(form.title), year=form.year
                )
            ),
            context(so_far),
            _input(
                AMOUNT, messages.SPENDING_AMOUNT_LABEL, multiline=False, hint=messages.SPENDING_HINT
            ),
            _input(NOTE, messages.SPENDING_NOTE_LABEL, optional=True),
        ],
    )


def field_text(values: dict[str, Any], block_id: str) -> str:
    state = (values.get(block_id) or {}).get(ELEMENT) or {}
    return str(state.get("value") or "")
