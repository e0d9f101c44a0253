"""Submitting the review's forms ("Tekst aanpassen", "Terugsturen"), a coordinator's report
text, and spending: checked in the form, then saved and confirmed."""

from __future__ import annotations

import logging
from typing import Any

from bot.commands.editorial import review
from bot.commands.spending import spent
from bot.handlers import Context, submission
from bot.outcomes import ModalErrors, Reply
from bot.views import editorial as review_form
from bot.views import sections as forms
from bot.views.editorial import question_dm
from bot.views.forms import field_text
from bot.views.mrkdwn import escape
from workflows import messages
from workflows.editorial import save_section
from workflows.errors import ParseError
from workflows.ports.notify import DeliveryError
from workflows.programme.spending import parse_spending
from workflows.updates.history import check_length

log = logging.getLogger(__name__)


def _checked(block_id: str, text: str, *, required: str | None) -> dict[str, str]:
    if required and not text.strip():
        return {block_id: required}
    try:
        check_length(text.strip())
    except ParseError as exc:
        return {block_id: str(exc)}
    return {}


@submission(review_form.EDIT_FORM)
def submit_edit(ctx: Context, metadata: str, values: dict[str, Any]) -> ModalErrors | Reply:
    text = field_text(values, review_form.TEXT)
    errors = _checked(review_form.TEXT, text, required=messages.REVIEW_TEXT_REQUIRED)
    if errors:
        return ModalErrors(errors=errors)
    reviewed, _ = review(ctx, metadata, "edit", text)
    return Reply(text=messages.REVIEW_EDIT_SAVED.format(code=escape(reviewed.code)))


@submission(review_form.QUESTION_FORM)
def submit_question(ctx: Context, metadata: str, values: dict[str, Any]) -> ModalErrors | Reply:
    question = field_text(values, review_form.QUESTION).strip()
    errors = _checked(review_form.QUESTION, question, required=messages.REVIEW_QUESTION_REQUIRED)
    if errors:
        return ModalErrors(errors=errors)
    found, _ = review(ctx, metadata, "read")
    if found.owner_slack_id is None:
        return Reply(text=messages.REVIEW_NOBODY_TO_ASK.format(code=escape(found.code)))
    # The question goes out first: only a question the owner got marks the update sent back.
    text, blocks = question_dm(found, question, ctx.programme_id)
    try:
        ctx.notifier.send_dm(found.owner_slack_id, text, blocks)
    except DeliveryError as exc:
        log.warning("Could not send a review question to %s: %s", found.owner_slack_id, exc)
        return Reply(text=messages.REVIEW_QUESTION_NOT_SENT.format(code=escape(found.code)))
    review(ctx, metadata, "send_back", question)
    return Reply(text=messages.REVIEW_QUESTION_SENT.format(code=escape(found.code)))


@submission(forms.SECTION_FORM)
def submit_section(ctx: Context, metadata: str, values: dict[str, Any]) -> ModalErrors | Reply:
    text = field_text(values, forms.TEXT)
    errors = _checked(forms.TEXT, text, required=None)
    if errors:
        return ModalErrors(errors=errors)
    saved = save_section(
        engine=ctx.engine,
        directory=ctx.directory,
        settings=ctx.settings,
        slack_id=ctx.caller.user_id,
        key=metadata,
        text=text,
        now=ctx.now,
        workspace_id=ctx.workspace_id,
        programme_id=ctx.programme_id,
    )
    done = messages.SECTION_SAVED if saved.text else messages.SECTION_REMOVED
    return Reply(text=done.format(label=escape(saved.label), half=saved.half_year.label))


@submission(forms.SPENDING_FORM)
def submit_spending(ctx: Context, code: str, values: dict[str, Any]) -> ModalErrors | Reply:
    amount = field_text(values, forms.AMOUNT)
    note = field_text(values, forms.NOTE)
    errors: dict[str, str] = {}
    try:
        parse_spending(amount)
    except ParseError as exc:
        errors[forms.AMOUNT] = str(exc)
    errors |= _checked(forms.NOTE, note, required=None)
    if errors:
        return ModalErrors(errors=errors)
    return spent(ctx, code, amount, note)
