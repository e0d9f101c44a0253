"""``regiehouder 2.4 @persoon`` and ``plaatsvervanger 2.4 @persoon``."""

from __future__ import annotations

from bot.commands._args import split_first, usage_reply
from bot.handlers import Context, subcommand
from bot.outcomes import Reply
from bot.tell import tell
from bot.views.confirmations import assigned, assigned_dm
from workflows import messages
from workflows.programme.assignments import assign


def _assign(ctx: Context, args: str, role: str, usage: str) -> Reply:
    code, mention = split_first(args)
    if not code or not mention:
        return usage_reply(usage)
    result = assign(
        engine=ctx.engine,
        directory=ctx.directory,
        settings=ctx.settings,
        slack_id=ctx.caller.user_id,
        code=code,
        mention=mention,
        role=role,
        now=ctx.now,
        source=ctx.source,
        programme_id=ctx.programme_id,
        workspace_id=ctx.workspace_id,
    )
    if result.slack_id and result.slack_id != ctx.caller.user_id:
        tell(ctx, result.slack_id, assigned_dm(result))
    return Reply(text=assigned(result))


@subcommand(
    "regiehouder",
    usage="regiehouder 2.4 @persoon",
    help=messages.HELP_OWNER,
    order=60,
    changes_home=True,
)
def owner(ctx: Context, args: str) -> Reply:
    return _assign(ctx, args, "owner", "regiehouder 2.4 @persoon")


@subcommand(
    "plaatsvervanger",
    usage="plaatsvervanger 2.4 @persoon",
    help=messages.HELP_DEPUTY,
    order=61,
    changes_home=True,
)
def deputy(ctx: Context, args: str) -> Reply:
    return _assign(ctx, args, "deputy", "plaatsvervanger 2.4 @persoon")
