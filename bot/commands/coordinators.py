"""``coördinator`` (list the coordinators: anyone may read) and ``coördinator @persoon`` (add
one: coordinators only, checked by the workflow)."""

from __future__ import annotations

from bot.handlers import Context, subcommand
from bot.outcomes import Reply
from bot.tell import tell
from bot.views.mrkdwn import escape
from workflows import messages
from workflows.programme.coordinators import add_coordinator, list_coordinators


@subcommand(
    "coördinator",
    usage="coördinator [@persoon]",
    help=messages.HELP_COORDINATOR,
    order=65,
    aliases=("coordinator", "coordinatoren", "coördinatoren"),
)
def coordinator(ctx: Context, args: str) -> Reply:
    if not args.strip():
        found = list_coordinators(
            engine=ctx.engine,
            settings=ctx.settings,
            programme_id=ctx.programme_id,
            workspace_id=ctx.workspace_id,
        )
        names = [escape(n) for n in found.marked] + [f"<@{i}>" for i in found.configured]
        return Reply(text=messages.COORDINATORS_LIST.format(names=", ".join(names) or "-"))
    name, slack_id = add_coordinator(
        engine=ctx.engine,
        directory=ctx.directory,
        settings=ctx.settings,
        slack_id=ctx.caller.user_id,
        mention=args,
        programme_id=ctx.programme_id,
        workspace_id=ctx.workspace_id,
    )
    if slack_id and slack_id != ctx.caller.user_id:
        tell(ctx, slack_id, messages.DM_YOU_ARE_COORDINATOR)
    return Reply(text=messages.COORDINATOR_ADDED.format(name=escape(name)))
