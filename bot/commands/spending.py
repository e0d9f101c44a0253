"""``/woonzorg besteed 2.4 12500 [toelichting]``: record spending on an action this year;
``besteed 2.4`` (and the action's button "Besteding vastleggen") opens the form."""

from __future__ import annotations

from bot.commands._args import split_first, usage_reply
from bot.handlers import Context, subcommand
from bot.outcomes import OpenModal, Reply
from bot.views.formatting import euro
from bot.views.mrkdwn import escape
from bot.views.programmes import with_programme
from bot.views.sections import spending_modal
from workflows import messages
from workflows.programme.spending import (
    SpendingReceipt,
    record_spending,
    spending_form,
    split_amount,
)
from workflows.updates.slack_markup import plain_text

USAGE = "besteed 2.4 12.500 [toelichting]"


def open_spending_modal(ctx: Context, code: str) -> OpenModal:
    form = spending_form(
        engine=ctx.engine,
        directory=ctx.directory,
        settings=ctx.settings,
        slack_id=ctx.caller.user_id,
        code=code,
        now=ctx.now,
        workspace_id=ctx.workspace_id,
        programme_id=ctx.programme_id,
    )
    view = spending_modal(form)
    view["private_metadata"] = with_programme(ctx.programme_id, view["private_metadata"])
    return OpenModal(view=view)


def spent(ctx: Context, code: str, amount: str, note: str) -> Reply:
    receipt = record_spending(
        engine=ctx.engine,
        directory=ctx.directory,
        settings=ctx.settings,
        slack_id=ctx.caller.user_id,
        code=code,
        amount=amount,
        note=note,
        now=ctx.now,
        source=ctx.source,
        workspace_id=ctx.workspace_id,
        programme_id=ctx.programme_id,
    )
    return Reply(text=spending_saved(receipt))


def spending_saved(receipt: SpendingReceipt) -> str:
    text = messages.SPENDING_SAVED.format(
        amount=euro(receipt.amount),
        code=escape(receipt.code),
        title=escape(receipt.title),
        year=receipt.year,
        spent_year=euro(receipt.spent_year),
        spent=euro(receipt.spent),
    )
    if receipt.budget:
        text += " " + messages.SPENDING_OF_BUDGET.format(
            budget=euro(receipt.budget), share=round(receipt.spent / receipt.budget * 100)
        )
    return text


@subcommand("besteed", usage=USAGE, help=messages.HELP_SPENDING, order=55)
def besteed(ctx: Context, args: str) -> Reply | OpenModal:
    code, rest = split_first(args)
    if not code:
        return usage_reply(USAGE)
    if not rest:
        return open_spending_modal(ctx, code)
    amount, note = split_amount(rest)
    if ctx.source == "slack":  # Slack escapes command text (& < >, mentions as <@U…>)
        note = plain_text(note)
    return spent(ctx, code, amount, note)
