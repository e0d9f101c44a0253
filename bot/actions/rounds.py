"""The answer to "Weet je zeker dat je de ronde wilt sluiten?": ``round:close`` (value: the
round id the question was about) closes it, ``round:keep`` leaves it open. Coordinators only,
like ``/woonzorg ronde``."""

from __future__ import annotations

from bot.commands.rounds import close_now
from bot.handlers import Context, button
from bot.outcomes import UpdateMessage
from bot.views.rounds import answered
from workflows import messages
from workflows.programme.callers import require_coordinator


@button("round")
def round_button(ctx: Context, action_id: str, value: str) -> UpdateMessage | None:
    verb = action_id.partition(":")[2]
    if verb not in ("close", "keep") or not value.isdigit():
        return None  # not a button we made; Slack only needs the acknowledgement
    require_coordinator(
        engine=ctx.engine,
        settings=ctx.settings,
        directory=ctx.directory,
        slack_id=ctx.caller.user_id,
        refusal=messages.ONLY_COORDINATORS.format(command="ronde sluit"),
        workspace_id=ctx.workspace_id,
    )
    if verb == "keep":
        text, blocks = answered(messages.ROUND_CLOSE_KEPT)
    else:
        text, blocks = answered(close_now(ctx, int(value)).text)
    return UpdateMessage(text=text, blocks=blocks)
