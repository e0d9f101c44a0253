"""``/woonzorg herinner [N | iedereen]`` and ``/woonzorg digest``: coordinators send now.

Both check first (a Dutch answer, nothing sent, when the action is unknown or needs no
reminder), acknowledge at once and send after the acknowledgement, as slow work."""

from __future__ import annotations

import logging
import re

from bot.handlers import Context, subcommand
from bot.outcomes import Later, Reply
from bot.views.mrkdwn import unescape
from bot.views.reminders import SlackViews
from workflows import messages
from workflows.errors import Unavailable
from workflows.reminders import (
    digest_channel_for,
    plan_manual,
    post_digest_now,
    refresh_reminders,
    remind_result,
    send_manual,
)

log = logging.getLogger(__name__)


def views_for(ctx: Context) -> SlackViews:
    return SlackViews(hour=ctx.settings.reminder_hour)


def refresh_reminder_messages(ctx: Context, code: str) -> None:
    """After an update of ``code``: tick it off in the reminders that list it. The update is
    saved already, so a database that is away now only leaves the reminder as it was."""
    try:
        refresh_reminders(
            engine=ctx.engine,
            notifier=ctx.notifier,
            views=views_for(ctx),
            code=code,
            programme_id=ctx.programme_id,
            workspace_id=ctx.workspace_id,
        )
    except Unavailable as exc:
        log.warning("Reminders not refreshed after the update of %s: %s", code, exc)


@subcommand(
    "herinner",
    usage="herinner [2.4 | iedereen]",
    help=messages.HELP_REMIND,
    coordinator_only=True,
    order=71,
    aliases=("herinneren",),
)
def herinner(ctx: Context, args: str) -> Later:
    plan = plan_manual(
        ctx.engine,
        target=unescape(args),
        now=ctx.now,
        programme_id=ctx.programme_id,
        workspace_id=ctx.workspace_id,
    )

    def work() -> Reply:
        report = send_manual(
            plan,
            settings=ctx.settings,
            engine=ctx.engine,
            notifier=ctx.notifier,
            views=views_for(ctx),
            now=ctx.now,
            directory=ctx.directory,
        )
        return Reply(text=remind_result(report))

    count = messages.plural(len(plan.targets), *messages.OWNERS)
    return Later(ack=Reply(text=messages.REMIND_SENDING.format(count=count)), work=work)


def channel_mention(channel: str) -> str:
    """``<#C0123>`` for a channel id (Slack links it), ``#naam`` for a name: the setting may
    hold either, and ``<##naam>`` shows as "##naam"."""
    if re.fullmatch(r"[CG][A-Z0-9]{6,}", channel):
        return f"<#{channel}>"
    return "#" + channel.lstrip("#")


@subcommand("digest", help=messages.HELP_DIGEST, coordinator_only=True, order=72)
def digest(ctx: Context, args: str) -> Later | Reply:
    channel = digest_channel_for(
        engine=ctx.engine,
        settings=ctx.settings,
        workspace_id=ctx.workspace_id,
        programme_id=ctx.programme_id,
    )
    if not channel:
        return Reply(text=messages.DIGEST_NO_CHANNEL)

    def work() -> Reply:
        post_digest_now(
            settings=ctx.settings,
            engine=ctx.engine,
            notifier=ctx.notifier,
            views=views_for(ctx),
            now=ctx.now,
            programme_id=ctx.programme_id,
            workspace_id=ctx.workspace_id,
        )
        return Reply(text=messages.DIGEST_POSTED.format(channel=channel_mention(channel)))

    return Later(ack=Reply(text=messages.DIGEST_POSTING), work=work)
