"""``/woonzorg koppel SLUG``: commands typed in this channel then mean that programme."""

from __future__ import annotations

from bot.commands._args import split_first, usage_reply
from bot.handlers import Context, subcommand
from bot.outcomes import Reply
from bot.views.mrkdwn import escape
from workflows import messages
from workflows.programme.programmes import link_channel


@subcommand(
    "koppel",
    usage=messages.LINK_USAGE,
    help=messages.HELP_LINK,
    order=66,
    per_programme=False,
)
def koppel(ctx: Context, args: str) -> Reply:
    slug, _rest = split_first(args)
    if not slug:
        return usage_reply(messages.LINK_USAGE)
    linked = link_channel(
        engine=ctx.engine,
        directory=ctx.directory,
        settings=ctx.settings,
        slack_id=ctx.caller.user_id,
        channel_id=ctx.caller.channel_id,
        slug=slug,
        workspace_id=ctx.workspace_id,
    )
    return Reply(text=messages.LINK_DONE.format(name=escape(linked.name), slug=linked.slug))
