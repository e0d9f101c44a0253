"""Button presses and selects in messages, the App Home and modals: all go to ``core.action``."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.core import Bot
from bot.outcomes import Caller
from bot.slack.deliver import Acker, Delivery
from bot.slack.home import refresh_home
from bot.slack.workspace import workspace_of

log = logging.getLogger(__name__)


def action_value(action: dict[str, Any]) -> str:
    """The value Slack reports for any interactive element, as one string."""
    if action.get("value") is not None:
        return str(action["value"])
    if action.get("selected_option"):
        return str(action["selected_option"].get("value", ""))
    if action.get("selected_options") is not None:
        return ",".join(str(o.get("value", "")) for o in action["selected_options"])
    for key in ("selected_user", "selected_conversation", "selected_channel", "selected_date"):
        if action.get(key):
            return str(action[key])
    return ""


def register(app: App, core: Bot) -> None:
    @app.action(re.compile(".*"))
    def any_action(
        ack: Ack,
        body: dict[str, Any],
        action: dict[str, Any],
        respond: Respond,
        client: WebClient,
        context: BoltContext,
    ) -> None:
        # Slack ignores the body of an action's ack, so acknowledge at once and answer after.
        acker = Acker(ack)
        acker()
        container = body.get("container") or {}
        channel = (body.get("channel") or {}).get("id") or container.get("channel_id")
        user_id = (body.get("user") or {}).get("id")
        if not user_id:  # Slack always names the user; anything else is not worth an answer
            log.warning("Ignored an interaction without a user")
            return
        caller = Caller(
            user_id=user_id, channel_id=channel, workspace_id=workspace_of(context, core.settings)
        )
        outcomes = core.action(action.get("action_id", ""), action_value(action), caller)
        Delivery(
            acker=acker,
            client=client,
            caller=caller,
            respond=respond if body.get("response_url") else None,
            trigger_id=body.get("trigger_id"),
            message=body.get("message"),
            in_ack=False,
            # Buttons on the Home tab come with its view too; only a modal stacks a new one.
            view=body["view"] if (body.get("view") or {}).get("type") == "modal" else None,
        ).run(outcomes)
        if outcomes:
            refresh_home(client, core, caller)
