"""``woonzorg run``: the Slack bot. Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT."""

from __future__ import annotations

import logging

import typer

from bot.background import start_background, stop_background
from bot.cli.base import app, configure_logging, dutch_errors, load_settings
from workflows import messages
from workflows.database import engine_for
from workflows.health import database_ok
from workflows.settings import Settings

log = logging.getLogger(__name__)


def missing_settings(settings: Settings) -> list[str]:
    """The environment variables this mode cannot run without."""
    missing = [] if settings.slack_bot_token else ["SLACK_BOT_TOKEN"]
    if not settings.slack_app_token and not settings.slack_signing_secret:
        missing.append("SLACK_SIGNING_SECRET")  # HTTP mode verifies every request with it
    return missing


@app.command(
    "run",
    help="Start de Slack-bot: Socket Mode als SLACK_APP_TOKEN gezet is, anders HTTP op PORT.",
)
def run(
    host: str = typer.Option("0.0.0.0", help="Adres om op te luisteren (alleen HTTP)."),
) -> None:
    from bot.slack.app import create_app, slack_core
    from bot.slack.http import HttpServer, wsgi_app
    from bot.slack.socket import socket_mode_handler

    settings = load_settings()
    configure_logging()
    missing = missing_settings(settings)
    if missing:
        typer.echo(messages.RUN_MISSING_SETTINGS.format(names=", ".join(missing)), err=True)
        raise typer.Exit(code=2)
    with dutch_errors():
        engine = engine_for(settings)
    core = slack_core(settings, engine)
    bolt = create_app(settings, core, socket_mode=bool(settings.slack_app_token))
    stops = start_background(settings, core)
    try:
        if settings.slack_app_token:
            typer.echo(messages.RUN_SOCKET_MODE, err=True)
            socket_mode_handler(bolt, settings).start()
        else:
            server = HttpServer(
                wsgi_app(bolt, lambda: database_ok(engine)), host=host, port=settings.port
            )
            typer.echo(messages.RUN_HTTP.format(host=server.host, port=server.port), err=True)
            server.run()
    finally:
        stop_background(stops)
