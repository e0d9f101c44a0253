"""Socket Mode: the bot opens a WebSocket to Slack, so nothing has to reach it from outside
(the usual setup for a municipality behind a firewall)."""

from __future__ import annotations

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

from workflows.settings import Settings


def socket_mode_handler(app: App, settings: Settings) -> SocketModeHandler:
    """Bolt's built-in Socket Mode handler. Its Web API client is the app's own, so
    ``apps.connections.open`` and every call made from listeners go to SLACK_API_URL."""
    return SocketModeHandler(app, app_token=settings.slack_app_token, web_client=app.client)
