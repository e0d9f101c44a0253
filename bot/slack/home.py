"""The App Home: published when someone opens it, and again after they changed something.

Every ``views.publish`` goes through ``HomePublisher``'s client, which takes a token from the
same rate limiter as the notifier's senders (Tier 4, 100 a minute, per workspace), not through
the listener's own client: a 09:00 burst of button presses after a reminder would otherwise
publish Homes beside the fan-out without counting them.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from bot.core import Bot
from bot.outcomes import Caller
from bot.slack.clients import CALL_FAILED, failure

log = logging.getLogger(__name__)


class HomePublisher:
    """Publishes App Homes through ``client`` (a ``LimitedWebClient`` on the shared limiter)."""

    def __init__(self, client: WebClient, core: Bot) -> None:
        self.client = client
        self.core = core

    def publish(self, caller: Caller) -> None:
        self.client.views_publish(user_id=caller.user_id, view=self.core.home(caller))

    def refresh(self, caller: Caller) -> None:
        """Best effort after the answer went out: a stale Home tab is no reason to fail a
        request.

        Whatever the Slack client raises (Slack's error, a dropped connection, a timeout) is a
        warning: the person already read that their change was saved, and an apology after that
        would invite them to do it again.
        """
        try:
            self.publish(caller)
        except CALL_FAILED as exc:
            log.warning("App Home refresh for %s failed: %s", caller.user_id, failure(exc))


def register(app: App, home: HomePublisher) -> None:
    @app.event("app_home_opened")
    def home_opened(event: dict[str, Any]) -> None:
        if event.get("tab", "home") != "home":
            return  # the Messages tab needs nothing from us
        home.publish(Caller(user_id=event["user"], channel_id=event.get("channel")))
