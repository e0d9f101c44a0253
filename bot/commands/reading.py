"""Reading the programme: ``overzicht``, ``mijn``, ``actie``."""

from __future__ import annotations

from bot.commands._args import usage_reply
from bot.handlers import Context, subcommand
from bot.outcomes import Reply
from bot.views.action import action_blocks, action_text, matches_blocks, matches_text
from bot.views.mine import mine_blocks, mine_text
from bot.views.overview import overview_blocks, overview_text
from workflows import messages
from workflows.programme.action_detail import find_action
from workflows.programme.my_actions import my_actions
from workflows.programme.overview import programme_overview


@subcommand(
    "overzicht",
    usage="overzicht [actielijn N] [status ...] [ontbreekt] [@persoon]",
    help=messages.HELP_OVERVIEW,
    order=10,
    aliases=("overview",),
)
def overview(ctx: Context, args: str) -> Reply:
    result = programme_overview(
        engine=ctx.engine,
        directory=ctx.directory,
        tz=ctx.settings.timezone,
        now=ctx.now,
        filter_text=args,
        programme_id=ctx.programme_id,
        workspace_id=ctx.workspace_id,
    )
    return Reply(text=overview_text(result), blocks=overview_blocks(result))


@subcommand("mijn", help=messages.HELP_MINE, order=20, aliases=("mine",), per_programme=False)
def mine(ctx: Context, args: str) -> Reply:
    result = my_actions(
        engine=ctx.engine,
        directory=ctx.directory,
        settings=ctx.settings,
        slack_id=ctx.caller.user_id,
        now=ctx.now,
        workspace_id=ctx.workspace_id,
    )
    return Reply(text=mine_text(result), blocks=mine_blocks(result))


@subcommand("actie", usage="actie 2.4", help=messages.HELP_ACTION, order=30)
def action(ctx: Context, args: str) -> Reply:
    """By code (``actie 2.4``) or by words of the title (``actie housing first``)."""
    text = " ".join(args.split())
    if not text:
        return usage_reply("actie 2.4")
    found = find_action(
        engine=ctx.engine,
        text=text,
        tz=ctx.settings.timezone,
        programme_id=ctx.programme_id,
        workspace_id=ctx.workspace_id,
    )
    if isinstance(found, list):
        return Reply(text=matches_text(text, found), blocks=matches_blocks(text, found))
    return Reply(text=action_text(found), blocks=action_blocks(found, ctx.settings.timezone))
