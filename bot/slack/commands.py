"""``/woonzorg``: one listener; the core's registry does the subcommands. A subcommand declared
with ``changes_home=True`` republishes the caller's App Home afterwards."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.core import Bot
from bot.outcomes import Caller
from bot.slack.deliver import Acker, Delivery
from bot.slack.home import refresh_home
from bot.slack.workspace import workspace_of

COMMAND = "/woonzorg"


def register(app: App, core: Bot) -> None:
    @app.command(COMMAND)
    def woonzorg(
        ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
    ) -> None:
        acker = Acker(ack)
        caller = Caller(
            user_id=body["user_id"],
            channel_id=body.get("channel_id"),
            workspace_id=workspace_of(context, core.settings),
        )
        text = body.get("text") or ""
        outcomes = core.command(text, caller)
        delivery = Delivery(
            acker=acker,
            client=client,
            caller=caller,
            respond=respond,
            trigger_id=body.get("trigger_id"),
        )
        delivery.run(outcomes)
        if core.changes_home(text):
            refresh_home(client, core, caller)
