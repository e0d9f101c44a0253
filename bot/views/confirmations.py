"""Short answers after something was saved: an update, an assignment, a help request."""

from __future__ import annotations

from bot.views.formatting import number
from bot.views.lists import status_badge
from bot.views.mrkdwn import escape
from workflows import messages
from workflows.programme.assignments import Assignment
from workflows.updates.giving import UpdateReceipt


def update_saved(receipt: UpdateReceipt, coordinators_told: int) -> str:
    text = messages.UPDATE_SAVED.format(
        code=escape(receipt.code), title=escape(receipt.title), status=status_badge(receipt.status)
    )
    if receipt.realised_quantity is not None:
        text += messages.UPDATE_SAVED_QUANTITY.format(quantity=number(receipt.realised_quantity))
    if receipt.round is not None:
        text += messages.UPDATE_SAVED_ROUND.format(half=receipt.round.label)
    if receipt.help_needed:
        text += messages.UPDATE_HELP_TOLD if coordinators_told else messages.UPDATE_HELP_NOBODY
    return text


def help_needed_dm(receipt: UpdateReceipt) -> str:
    return messages.HELP_NEEDED_DM.format(
        name=escape(receipt.author),
        code=escape(receipt.code),
        title=escape(receipt.title),
        bottlenecks=escape(receipt.bottlenecks) if receipt.bottlenecks else messages.NO_TEXT,
    )


def assigned(assignment: Assignment) -> str:
    template = messages.OWNER_ASSIGNED if assignment.role == "owner" else messages.DEPUTY_ASSIGNED
    text = template.format(
        name=escape(assignment.name), code=escape(assignment.code), title=escape(assignment.title)
    )
    if assignment.previous:
        text += messages.OWNER_ASSIGNED_WAS.format(previous=escape(assignment.previous))
    return text


def assigned_dm(assignment: Assignment) -> str:
    template = (
        messages.DM_YOU_ARE_OWNER if assignment.role == "owner" else messages.DM_YOU_ARE_DEPUTY
    )
    return template.format(code=escape(assignment.code), title=escape(assignment.title))
