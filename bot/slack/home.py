"""The App Home: published when someone opens it, and again after they changed something."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.core import Bot
from bot.outcomes import Caller
from bot.slack.clients import CALL_FAILED, failure
from bot.slack.workspace import workspace_of

log = logging.getLogger(__name__)


def publish_home(client: WebClient, core: Bot, caller: Caller) -> None:
    client.views_publish(user_id=caller.user_id, view=core.home(caller))


def refresh_home(client: WebClient, core: Bot, caller: Caller) -> None:
    """Best effort after the answer went out: a stale Home tab is no reason to fail a request.

    Whatever the Slack client raises (Slack's error, a dropped connection, a timeout) is a
    warning: the person already read that their change was saved, and an apology after that
    would invite them to do it again.
    """
    try:
        publish_home(client, core, caller)
    except CALL_FAILED as exc:
        log.warning("App Home refresh for %s failed: %s", caller.user_id, failure(exc))


def register(app: App, core: Bot) -> None:
    @app.event("app_home_opened")
    def home_opened(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        if event.get("tab", "home") != "home":
            return  # the Messages tab needs nothing from us
        caller = Caller(
            user_id=event["user"],
            channel_id=event.get("channel"),
            workspace_id=workspace_of(context, core.settings),
        )
        publish_home(client, core, caller)
