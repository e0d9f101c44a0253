"""The buttons on a reminder: ``reminder:nochange:<action id>``, ``reminder:notmine:<action
id>`` (value ``<notification id>:<action id>``) and ``reminder:later`` (value the
notification id); each value starts with the programme (``p3|``, bot/views/programmes.py),
which ``Bot`` takes off before the handler runs. Each does its work and replaces the reminder
with its new state. "Update geven" is the update modal's own button (``update_open``)."""

from __future__ import annotations

from bot.commands.reminders import views_for
from bot.handlers import Context, button
from bot.outcomes import UpdateMessage
from workflows.reminders import no_change, not_mine, snooze


@button("reminder")
def reminder_button(ctx: Context, action_id: str, value: str) -> UpdateMessage | None:
    verb = action_id.split(":")[1] if ":" in action_id else ""
    ref, _, action = value.partition(":")
    if not ref.isdigit() or (verb != "later" and not action.isdigit()):
        return None  # not a button we made; Slack only needs the acknowledgement
    notification_id = int(ref)
    user = ctx.caller.user_id
    if verb == "nochange":
        content = no_change(
            ctx.engine,
            notification_id=notification_id,
            action_id=int(action),
            slack_id=user,
            now=ctx.now,
            source=ctx.source,
            workspace_id=ctx.workspace_id,
        )
    elif verb == "later":
        content = snooze(
            ctx.engine,
            notification_id=notification_id,
            slack_id=user,
            now=ctx.now,
            settings=ctx.settings,
            workspace_id=ctx.workspace_id,
        )
    elif verb == "notmine":
        content = not_mine(
            ctx.engine,
            settings=ctx.settings,
            notifier=ctx.notifier,
            views=views_for(ctx),
            now=ctx.now,
            notification_id=notification_id,
            action_id=int(action),
            slack_id=user,
            workspace_id=ctx.workspace_id,
        )
    else:
        return None
    text, blocks = views_for(ctx).reminder(content)
    return UpdateMessage(text=text, blocks=blocks)
