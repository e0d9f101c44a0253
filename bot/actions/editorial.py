"""The review page's buttons (``review_approve``, ``review_edit``, ``review_back``,
``review_page``) and the action view's "Besteding vastleggen" (``spending_open``)."""

from __future__ import annotations

from bot.commands.editorial import review_page
from bot.commands.spending import open_spending_modal
from bot.handlers import Context, button
from bot.outcomes import OpenModal, UpdateMessage
from bot.views.editorial import edit_modal, item_value, parse_value, question_modal
from bot.views.programmes import with_programme
from workflows.editorial import Reviewed, review_step


def _step(ctx: Context, value: str, step: str) -> tuple[Reviewed, int]:
    code, update_id, page = parse_value(value)
    reviewed = review_step(
        engine=ctx.engine,
        directory=ctx.directory,
        settings=ctx.settings,
        slack_id=ctx.caller.user_id,
        code=code,
        update_id=update_id,
        now=ctx.now,
        step=step,
        workspace_id=ctx.workspace_id,
        programme_id=ctx.programme_id,
    )
    return reviewed, page


@button("review_approve")
def approve(ctx: Context, action_id: str, value: str) -> UpdateMessage:
    reviewed, page = _step(ctx, value, "approve")
    text, blocks = review_page(ctx, page, reviewed.half_year)
    return UpdateMessage(text=text, blocks=blocks)


@button("review_edit")
def edit(ctx: Context, action_id: str, value: str) -> OpenModal:
    reviewed, page = _step(ctx, value, "read")
    metadata = with_programme(ctx.programme_id, item_value(reviewed, page))
    return OpenModal(view=edit_modal(reviewed, metadata))


@button("review_back")
def send_back(ctx: Context, action_id: str, value: str) -> OpenModal:
    reviewed, page = _step(ctx, value, "read")
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
