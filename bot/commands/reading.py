"""Reading the programme: ``overzicht``, ``mijn``, ``actie``."""

from __future__ import annotations

from bot.commands._args import split_first, usage_reply
from bot.handlers import Context, subcommand
from bot.outcomes import Reply
from bot.views.action import action_blocks, action_text
from bot.views.mine import mine_blocks, mine_text
from bot.views.overview import overview_blocks, overview_text
from workflows import messages
from workflows.programme.action_detail import action_detail
from workflows.programme.my_actions import my_actions
from workflows.programme.overview import programme_overview


@subcommand(
    "overzicht",
    usage="overzicht [actielijn N] [status] [@persoon]",
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
    )
    return Reply(text=mine_text(result), blocks=mine_blocks(result))


@subcommand("actie", usage="actie 2.4", help=messages.HELP_ACTION, order=30)
def action(ctx: Context, args: str) -> Reply:
    code, _rest = split_first(args)
    if not code:
        return usage_reply("actie 2.4")
    detail = action_detail(engine=ctx.engine, code=code, programme_id=ctx.programme_id)
    return Reply(text=action_text(detail), blocks=action_blocks(detail, ctx.settings.timezone))
