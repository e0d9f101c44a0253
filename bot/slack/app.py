"""Builds the Bolt app: one ``register(app, core)`` per Slack surface, a global error handler."""

from __future__ import annotations

import json
import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

from slack_bolt import App, BoltResponse
from slack_sdk import WebClient
from sqlalchemy.engine import Engine

from bot.core import Bot
from bot.slack import actions, commands, events, home, logsafe, modals
from bot.slack.clients import web_client
from bot.slack.directory import SlackDirectory
from bot.slack.notifier import SlackNotifier
from bot.slack.ratelimit import RateLimiter
from workflows import messages
from workflows.settings import Settings

log = logging.getLogger("bot.slack")
bolt_log = logging.getLogger("bot.slack.bolt")


class _ClientWins(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN from the environment by itself and then warns that the client
    we pass takes precedence. That is the intent (our client honours SLACK_API_URL)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


bolt_log.addFilter(_ClientWins())


def create_app(
    settings: Settings,
    core: Bot,
    *,
    client: WebClient | None = None,
    socket_mode: bool = False,
    token_verification: bool = True,
    publisher: home.HomePublisher | None = None,
) -> App:
    """The Bolt app for this core. ``socket_mode`` skips HTTP signature checks (no HTTP).
    ``publisher``: the App Home publisher (default: ``home_publisher``)."""
    logsafe.install(
        [settings.slack_bot_token, settings.slack_signing_secret, settings.slack_app_token]
    )
    app = App(
        client=client or web_client(settings),
        signing_secret=settings.slack_signing_secret or "",
        request_verification_enabled=not socket_mode,
        token_verification_enabled=token_verification,
        process_before_response=False,
        # Listeners keep running after their ack (slow work, Home refreshes): room for that.
        listener_executor=ThreadPoolExecutor(max_workers=16, thread_name_prefix="slack-listener"),
        logger=bolt_log,
    )
    publisher = home.HomePublisher(
        web_client(settings, limiter=shared_limiter(settings, core)), core
    )
    events.register(app, core.engine, core.clock)
    commands.register(app, core, publisher)
    actions.register(app, core, publisher)
    modals.register(app, core, publisher)
    home.register(app, publisher)
    events.register_fallback(app)

    @app.error
    def on_error(
        error: Exception, body: dict[str, Any], response: BoltResponse | None, respond: Any
    ) -> BoltResponse | None:
        log.error("Unhandled error in a Slack listener", exc_info=error)
        if response is not None:  # not acknowledged yet: the apology is the answer
            answer = {"response_type": "ephemeral", "text": messages.BOT_GENERIC_ERROR}
            return BoltResponse(
                status=200,
                body=json.dumps(answer) if body.get("command") else "",
                headers={"content-type": "application/json;charset=utf-8"},
            )
        if body.get("response_url") and respond is not None:
            respond(
                response_type="ephemeral", replace_original=False, text=messages.BOT_GENERIC_ERROR
            )
        return None

    return app


def home_publisher(settings: Settings, core: Bot) -> home.HomePublisher:
    """Publishes App Homes through the core's limiter (``shared_limiter``)."""
    return home.HomePublisher(web_client(settings, limiter=shared_limiter(settings, core)), core)


def shared_limiter(settings: Settings, core: Bot) -> RateLimiter:
    """The rate limiter of the core's Slack notifier (one per workspace), so that App Home
    publishes and the reminders count against the same limits; a new one for a core that
    sends elsewhere (tests, the console)."""
    limiter = getattr(core.notifier, "limiter", None)
    if isinstance(limiter, RateLimiter):
        return limiter
    return RateLimiter(messages_per_second=settings.messages_per_second)


def slack_core(settings: Settings, engine: Engine) -> Bot:
    """The core wired to Slack: notifier and directory over the Web API at SLACK_API_URL."""
    return Bot(
        settings,
        engine,
        SlackNotifier.from_settings(settings),
        SlackDirectory(web_client(settings)),
        clock=lambda: datetime.now(UTC),
    )
