"""Submitting the update modal: validate in the modal, then save and confirm."""

from __future__ import annotations

from typing import Any

from bot.commands.updating import save
from bot.handlers import Context, submission
from bot.outcomes import ModalErrors, Reply
from bot.views import update_modal as form
from workflows import messages
from workflows.errors import ParseError
from workflows.programme.statuses import Status
from workflows.updates.giving import parse_quantity
from workflows.updates.history import check_length

NEEDS_REASON = (Status.DELAYED, Status.ATTENTION)


@submission(form.CALLBACK_ID)
def submit_update(ctx: Context, code: str, values: dict[str, Any]) -> ModalErrors | Reply:
    errors: dict[str, str] = {}
    status_value = form.field_value(values, form.STATUS)
    text = (form.field_value(values, form.TEXT) or "").strip()
    bottlenecks = (form.field_value(values, form.BOTTLENECKS) or "").strip() or None
    correction = (form.field_value(values, form.CORRECTION) or "").strip() or None
    help_needed = form.HELP_VALUE in (form.field_value(values, form.HELP) or [])
    status = None
    try:
        status = Status.parse(status_value) if status_value else None
    except ParseError as exc:
        errors[form.STATUS] = str(exc)
    if status is None and form.STATUS not in errors:
        errors[form.STATUS] = messages.MODAL_STATUS_REQUIRED
    if not text:
        errors[form.TEXT] = messages.MODAL_TEXT_REQUIRED
    if status in NEEDS_REASON:
        # The council report explains every deviation: why, and what is done about it.
        if not bottlenecks:
            errors[form.BOTTLENECKS] = messages.MODAL_REASON_REQUIRED
        if not correction:
            errors[form.CORRECTION] = messages.MODAL_CORRECTION_REQUIRED
    for block_id, value in (
        (form.TEXT, text),
        (form.BOTTLENECKS, bottlenecks or ""),
        (form.CORRECTION, correction or ""),
    ):
        try:
            check_length(value)
        except ParseError as exc:
            errors[block_id] = str(exc)
    quantity = None
    try:
        quantity = parse_quantity(form.field_value(values, form.QUANTITY))
    except ParseError as exc:
        errors[form.QUANTITY] = str(exc)
    if errors:
        return ModalErrors(errors=errors)
    return save(
        ctx,
        code,
        text=text,
        status=status,
        realised_quantity=quantity,
        bottlenecks=bottlenecks,
        help_needed=help_needed,
        reason=bottlenecks,
        correction=correction,
    )
