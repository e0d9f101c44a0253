"""Giving updates: ``update 2.4`` (the modal), ``update 2.4 <tekst>``, ``status 2.4 <status>``."""

from __future__ import annotations

from bot.commands._args import split_first, split_status, usage_reply
from bot.commands.reminders import refresh_reminder_messages
from bot.handlers import Context, subcommand
from bot.outcomes import OpenModal, Reply
from bot.tell import tell_all
from bot.views.confirmations import help_needed_dm, update_saved
from bot.views.programmes import with_programme
from bot.views.update_modal import update_modal
from workflows import messages
from workflows.programme.statuses import Status
from workflows.updates.giving import UpdateReceipt, give_update, update_form


def from_slack(ctx: Context) -> bool:
    """Slack escapes command text (``should_escape``); the terminal console passes it as typed."""
    return ctx.source == "slack"


def confirm(ctx: Context, receipt: UpdateReceipt) -> Reply:
    """The confirmation, after telling the coordinators when help was asked for."""
    told = (
        tell_all(ctx, receipt.coordinators, help_needed_dm(receipt)) if receipt.help_needed else 0
    )
    refresh_reminder_messages(ctx, receipt.code)
    return Reply(text=update_saved(receipt, told))


def open_update_modal(ctx: Context, code: str) -> OpenModal:
    form = update_form(
        engine=ctx.engine,
        directory=ctx.directory,
        settings=ctx.settings,
        slack_id=ctx.caller.user_id,
        code=code,
        programme_id=ctx.programme_id,
        workspace_id=ctx.workspace_id,
    )
    view = update_modal(form)
    view["private_metadata"] = with_programme(ctx.programme_id, view["private_metadata"])
    return OpenModal(view=view)


def save(
    ctx: Context,
    code: str,
    *,
    text: str | None = None,
    status: Status | None = None,
    realised_quantity: float | None = None,
    bottlenecks: str | None = None,
    help_needed: bool = False,
    escaped: bool = False,
    reason: str | None = None,
    correction: str | None = None,
) -> Reply:
    """Record an update given by the caller (command text or modal) and confirm it.
    ``escaped``: ``text`` is command text with Slack's markup (see ``give_update``)."""
    receipt = give_update(
        engine=ctx.engine,
        directory=ctx.directory,
        settings=ctx.settings,
        slack_id=ctx.caller.user_id,
        code=code,
        now=ctx.now,
        source=ctx.source,
        text=text,
        status=status,
        realised_quantity=realised_quantity,
        bottlenecks=bottlenecks,
        help_needed=help_needed,
        escaped=escaped,
        programme_id=ctx.programme_id,
        reason=reason,
        correction=correction,
        workspace_id=ctx.workspace_id,
    )
    return confirm(ctx, receipt)


@subcommand(
    "update",
    usage="update 2.4 [tekst]",
    help=messages.HELP_UPDATE_TEXT,
    order=40,
    changes_home=True,
)
def update(ctx: Context, args: str) -> OpenModal | Reply:
    code, text = split_first(args)
    if not code:
        return usage_reply("update 2.4 [tekst]")
    if not text:
        return open_update_modal(ctx, code)
    return save(ctx, code, text=text, escaped=from_slack(ctx))


@subcommand(
    "status",
    usage="status 2.4 vertraagd [toelichting]",
    help=messages.HELP_STATUS,
    order=50,
    changes_home=True,
)
def status(ctx: Context, args: str) -> Reply:
    code, rest = split_first(args)
    if not code or not rest:
        return usage_reply("status 2.4 vertraagd [toelichting]")
    new_status, explanation = split_status(rest)
    # The toelichting is the reason for the change, not a new stand van zaken.
    return save(ctx, code, status=new_status, reason=explanation or None, escaped=from_slack(ctx))
