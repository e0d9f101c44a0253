"""The App Home: published when someone opens it, and again after they changed something.

Every ``views.publish`` goes through ``HomePublisher``, whose client takes a token from the rate
limiter of the person's workspace, the one its notifier's senders use (Tier 4: 100 a minute per
workspace). The listeners do not publish themselves: they hand the person to the publisher's own
thread and return, so a 09:00 burst of button presses never holds Bolt's listener threads in the
limiter (with 250 presses in a minute they all waited there, and new requests went
unacknowledged). Requests for the same person coalesce: the Home is drawn once, at publish time,
from the latest state, in the context (context variables) of the latest request.
"""

from __future__ import annotations

import contextvars
import logging
import threading
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.core import Bot
from bot.outcomes import Caller
from bot.slack.clients import CALL_FAILED, failure
from bot.slack.workspace import workspace_of

log = logging.getLogger(__name__)

# The client to publish a person's Home with, given the client Bolt authorised for the request.
ClientFor = Callable[[Caller, WebClient], WebClient]
_Pending = tuple[Caller, WebClient, contextvars.Context]


class HomePublisher:
    """Publishes App Homes through the client ``client_for`` names (a ``LimitedWebClient`` on the
    workspace's limiter), one at a time on its own thread, the newest request per person only."""

    def __init__(self, client_for: ClientFor, core: Bot) -> None:
        self.client_for = client_for
        self.core = core
        self._pending: dict[tuple[str | None, str], _Pending] = {}  # in order of first request
        self._busy = False
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None

    def publish(self, caller: Caller, client: WebClient) -> None:
        """Publish ``caller``'s Home soon (without waiting for it)."""
        pending = (caller, client, contextvars.copy_context())
        with self._changed:
            self._pending[(caller.workspace_id, caller.user_id)] = pending
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
                caller, client, context = self._pending.pop(next(iter(self._pending)))
                self._busy = True
            try:
                context.run(self.publish_now, caller, client)
            finally:
                with self._changed:
                    self._busy = False
                    self._changed.notify_all()

    def publish_now(self, caller: Caller, client: WebClient) -> None:
        """Publish on this thread. Best effort: a stale Home tab is no reason to fail anything.

        Whatever the Slack client raises (Slack's error, a dropped connection, a timeout) is a
        warning; anything else is a bug, logged with its traceback, and the thread goes on.
        """
        try:
            target = self.client_for(caller, client)
            target.views_publish(user_id=caller.user_id, view=self.core.home(caller))
        except CALL_FAILED as exc:
            log.warning("App Home refresh for %s failed: %s", caller.user_id, failure(exc))
        except Exception:
            log.exception("App Home for %s could not be drawn", caller.user_id)


def register(app: App, core: Bot, home: HomePublisher) -> None:
    @app.event("app_home_opened")
    def home_opened(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        if event.get("tab", "home") != "home":
            return  # the Messages tab needs nothing from us
        caller = Caller(
            user_id=event["user"],
            channel_id=event.get("channel"),
            workspace_id=workspace_of(context, core.settings),
        )
        home.publish(caller, client)
