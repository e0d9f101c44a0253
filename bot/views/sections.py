"""The forms of the coordinators' own report texts and of recording spending."""

from __future__ import annotations

from typing import Any

from bot.views.blocks import context, section
from bot.views.formatting import euro
from bot.views.forms import modal, text_input
from bot.views.mrkdwn import escape
from workflows import messages
from workflows.editorial import SectionText, section_key
from workflows.programme.spending import SpendingForm

SECTION_FORM, SPENDING_FORM = "report_section", "spending"
TEXT, AMOUNT, NOTE = "text", "amount", "note"


def section_modal(found: SectionText) -> dict[str, Any]:
    """The introduction or an actielijn's text, prefilled; empty removes it."""
    return modal(
        SECTION_FORM,
        messages.SECTION_TITLE,
        section_key(found.part, found.half_year),
        [
            section(
                messages.SECTION_INTRO.format(label=escape(found.label), half=found.half_year.label)
            ),
            text_input(
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
    return modal(
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
            text_input(
                AMOUNT, messages.SPENDING_AMOUNT_LABEL, multiline=False, hint=messages.SPENDING_HINT
            ),
            text_input(NOTE, messages.SPENDING_NOTE_LABEL, optional=True),
        ],
    )
