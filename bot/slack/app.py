"""Builds the Bolt app: one ``register(app, core)`` per Slack surface, a global error handler."""

from __future__ import annotations

import json
import logging
import os
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
from bot.slack.routing import ContextExecutor
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


def single_workspace_only() -> None:
    """Bolt switches to its own OAuth (installations in a local folder, the bot token ignored)
    whenever SLACK_CLIENT_ID and SLACK_CLIENT_SECRET *exist* in the environment, even empty (a
    compose file or env file listing them unset): empty ones are removed first."""
    for name in ("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET"):
        if not os.environ.get(name, "").strip():
            os.environ.pop(name, None)


def create_app(
    settings: Settings,
    core: Bot,
    *,
    client: WebClient | None = None,
    socket_mode: bool = False,
    token_verification: bool = True,
) -> App:
    """The Bolt app for this core. ``socket_mode`` skips HTTP signature checks (no HTTP).

    OAuth mode (SLACK_CLIENT_ID and SLACK_CLIENT_SECRET): installed in any number of
    workspaces, each request authorised with its workspace's token (bot/slack/installs.py).
    """
    logsafe.install(
        [
            settings.slack_bot_token,
            settings.slack_signing_secret,
            settings.slack_app_token,
            settings.slack_client_secret,
        ]
    )
    installations = None
    oauth: dict[str, Any] = {}
    if not settings.oauth:
        single_workspace_only()
    if settings.oauth:
        # Imported here: slack_sdk's SQLAlchemy stores are slow to import and OAuth-only.
        from bot.slack.installs import Installations

        installations = Installations(settings, core.engine)
        # No token of its own: Bolt's authorize puts the workspace's on each request's client.
        tokenless = settings.model_copy(update={"slack_bot_token": None})
        oauth = {
            "oauth_settings": installations.oauth_settings(),
            "user_facing_authorize_error_message": messages.INSTALL_NOT_INSTALLED,
        }
        client = client or web_client(tokenless)
    app = App(
        client=client or web_client(settings),
        signing_secret=settings.slack_signing_secret or "",
        request_verification_enabled=not socket_mode,
        token_verification_enabled=token_verification,
        process_before_response=False,
        # Listeners keep running after their ack (slow work, Home refreshes): room for that.
        listener_executor=ContextExecutor(max_workers=16, thread_name_prefix="slack-listener"),
        logger=bolt_log,
        **oauth,
    )
    if installations is not None:
        from bot.slack import routing
        from bot.slack.installs import register_uninstall

        routing.register(app, settings, installations)
        register_uninstall(app, installations)
    events.register(app, core.engine, core.clock)
    commands.register(app, core)
    actions.register(app, core)
    modals.register(app, core)
    home.register(app, core)
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


def slack_core(settings: Settings, engine: Engine) -> Bot:
    """The core wired to Slack: notifier and directory over the Web API at SLACK_API_URL; in
    OAuth mode routers that use the token of the request's workspace."""
    if settings.oauth:
        from bot.slack.installs import Installations
        from bot.slack.routing import RoutingDirectory, RoutingNotifier, WorkspaceClients

        clients = WorkspaceClients(settings, Installations(settings, engine))
        return Bot(
            settings,
            engine,
            RoutingNotifier(clients),
            RoutingDirectory(clients),
            clock=lambda: datetime.now(UTC),
        )
    return Bot(
        settings,
        engine,
        SlackNotifier.from_settings(settings),
        SlackDirectory(web_client(settings)),
        clock=lambda: datetime.now(UTC),
    )
