"""The review page's buttons (``review_approve``, ``review_edit``, ``review_back``,
``review_page``) and the action view's "Besteding vastleggen" (``spending_open``)."""

from __future__ import annotations

from bot.commands.editorial import review, review_page
from bot.commands.spending import open_spending_modal
from bot.handlers import Context, button
from bot.outcomes import OpenModal, UpdateMessage
from bot.views.editorial import edit_modal, item_value, question_modal
from bot.views.programmes import with_programme


@button("review_approve")
def approve(ctx: Context, action_id: str, value: str) -> UpdateMessage:
    reviewed, page = review(ctx, value, "approve")
    text, blocks = review_page(ctx, page, reviewed.half_year)
    return UpdateMessage(text=text, blocks=blocks)


@button("review_edit")
def edit(ctx: Context, action_id: str, value: str) -> OpenModal:
    reviewed, page = review(ctx, value, "read")
    metadata = with_programme(ctx.programme_id, item_value(reviewed, page))
    return OpenModal(view=edit_modal(reviewed, metadata))


@button("review_back")
def send_back(ctx: Context, action_id: str, value: str) -> OpenModal:
    reviewed, page = review(ctx, value, "read")
    metadata = with_programme(ctx.programme_id, item_value(reviewed, page))
    return OpenModal(view=question_modal(reviewed, metadata))


@button("review_page")
def turn_page(ctx: Context, action_id: str, value: str) -> UpdateMessage:
    half_year, _, page = value.partition("|")
    text, blocks = review_page(ctx, int(page) if page.isdigit() else 1, half_year)
    return UpdateMessage(text=text, blocks=blocks)


@button("spending_open")
def open_spending(ctx: Context, action_id: str, value: str) -> OpenModal:
    return open_spending_modal(ctx, value or action_id.partition(":")[2])
