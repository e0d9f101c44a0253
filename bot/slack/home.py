"""The App Home: published when someone opens it, and again after they changed something.

Every ``views.publish`` goes through ``HomePublisher``, whose client takes a token from the same
rate limiter as the notifier's senders (Tier 4: 100 a minute per workspace). The listeners do
not publish themselves: they hand the person to the publisher's own thread and return, so a
09:00 burst of button presses never holds Bolt's listener threads in the limiter (with 250
presses in a minute they all waited there, and new requests went unacknowledged). Requests for
the same person coalesce: the Home is drawn once, at publish time, from the latest state.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from bot.core import Bot
from bot.outcomes import Caller
from bot.slack.clients import CALL_FAILED, failure

log = logging.getLogger(__name__)


class HomePublisher:
    """Publishes App Homes through ``client`` (a ``LimitedWebClient`` on the shared limiter),
    one at a time on its own thread, the newest request per person only."""

    def __init__(self, client: WebClient, core: Bot) -> None:
        self.client = client
        self.core = core
        self._pending: dict[str, Caller] = {}  # in order of first request
        self._busy = False
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None

    def publish(self, caller: Caller) -> None:
        """Publish ``caller``'s Home soon (without waiting for it)."""
        with self._changed:
            self._pending[caller.user_id] = caller
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="app-home-publisher", daemon=True
                )
                self._thread.start()
            self._changed.notify_all()

    refresh = publish  # after a change: the same, best effort

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Wait until every requested Home is published (tests, benchmarks, shutting down)."""
        with self._changed:
            return self._changed.wait_for(lambda: not self._pending and not self._busy, timeout)

    def _run(self) -> None:
        while True:
            with self._changed:
                self._changed.wait_for(lambda: bool(self._pending))
                user_id = next(iter(self._pending))
                caller = self._pending.pop(user_id)
                self._busy = True
            try:
                self.publish_now(caller)
            finally:
                with self._changed:
                    self._busy = False
                    self._changed.notify_all()

    def publish_now(self, caller: Caller) -> None:
        """Publish on this thread. Best effort: a stale Home tab is no reason to fail anything.

        Whatever the Slack client raises (Slack's error, a dropped connection, a timeout) is a
        warning; anything else is a bug, logged with its traceback, and the thread goes on.
        """
        try:
            self.client.views_publish(user_id=caller.user_id, view=self.core.home(caller))
        except CALL_FAILED as exc:
            log.warning("App Home refresh for %s failed: %s", caller.user_id, failure(exc))
        except Exception:
            log.exception("App Home for %s could not be drawn", caller.user_id)


def register(app: App, home: HomePublisher) -> None:
    @app.event("app_home_opened")
    def home_opened(event: dict[str, Any]) -> None:
        if event.get("tab", "home") != "home":
            return  # the Messages tab needs nothing from us
        home.publish(Caller(user_id=event["user"], channel_id=event.get("channel")))
