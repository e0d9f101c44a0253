"""``woonzorg run``: the Slack bot. Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer

from bot.cli.base import app, configure_logging, dutch_errors, load_settings
from workflows import messages

if TYPE_CHECKING:
    from workflows.settings import Settings

log = logging.getLogger(__name__)


def missing_settings(settings: Settings) -> list[str]:
    """The environment variables this mode cannot run without."""
    # OAuth mode: each workspace's token comes from its installation, not the environment.
    missing = [] if settings.slack_bot_token or settings.oauth else ["SLACK_BOT_TOKEN"]
    if not settings.slack_app_token and not settings.slack_signing_secret:
        missing.append("SLACK_SIGNING_SECRET")  # HTTP mode verifies every request with it
    return missing


def _stop(message: str) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(code=2)


@contextmanager
def slack_refusals(settings: Settings, token_name: str) -> Iterator[None]:
    """Slack refusing a token, or not answering, at start-up: a Dutch line, no traceback."""
    from slack_bolt.error import BoltError
    from slack_sdk.errors import SlackApiError, SlackClientError

    try:
        yield
    except SlackApiError as exc:
        error = exc.response.get("error") or exc.response.status_code
        raise _stop(messages.RUN_TOKEN_REFUSED.format(name=token_name, error=error)) from None
    except BoltError as exc:  # Bolt wraps a failed auth.test
        raise _stop(messages.RUN_TOKEN_REFUSED.format(name=token_name, error=exc)) from None
    except (SlackClientError, OSError) as exc:
        url = settings.slack_api_url
        raise _stop(messages.RUN_SLACK_UNREACHABLE.format(url=url, error=exc)) from None


@app.command(
    "run",
    help=messages.RUN_HELP,
)
def run(
    host: str = typer.Option(
        "0.0.0.0",
        help=messages.RUN_HOST_HELP,
        metavar=messages.CLI_METAVAR_ADDRESS,
    ),
) -> None:
    from bot.background import start_background, stop_background
    from bot.slack.app import create_app, slack_core
    from bot.slack.clients import web_client
    from bot.slack.http import HttpServer, wsgi_app
    from bot.slack.socket import socket_mode_handler
    from workflows.runtime.database import engine_for, require_writable
    from workflows.runtime.health import database_ok

    settings = load_settings()
    configure_logging()
    # `docker stop` sends SIGTERM: leave through the same clean path as Ctrl-C.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    missing = missing_settings(settings)
    if missing:
        if len(missing) == 1:
            raise _stop(messages.RUN_MISSING_SETTINGS.format(names=missing[0]))
        names = ", ".join(missing[:-1]) + messages.RUN_NAMES_AND + missing[-1]
        raise _stop(messages.RUN_MISSING_SETTINGS_MANY.format(names=names))
    with dutch_errors():
        engine = engine_for(settings)
        require_writable(engine)  # a read-only database: say so now, not at the first update
    core = slack_core(settings, engine)
    with slack_refusals(settings, "SLACK_BOT_TOKEN"):
        if settings.slack_bot_token:
            web_client(settings).auth_test()  # Bolt checks too, but words a refusal in English
        bolt = create_app(settings, core, socket_mode=bool(settings.slack_app_token))
    if settings.slack_app_token:
        handler = socket_mode_handler(bolt, settings)
        with slack_refusals(settings, "SLACK_APP_TOKEN"):
            handler.connect()
        stops = start_background(settings, core)
        typer.echo(messages.RUN_SOCKET_MODE, err=True)
        try:
            threading.Event().wait()  # the client's own threads serve; wait for a signal
        except KeyboardInterrupt:
            pass
        finally:
            stop_background(stops)
            handler.close()
        return
    server = HttpServer(
        wsgi_app(
            bolt,
            lambda: database_ok(engine),
            signing_secret=settings.slack_signing_secret or "",
        ),
        host=host,
        port=settings.port,
    )
    stops = start_background(settings, core)
    typer.echo(messages.RUN_HTTP.format(host=server.host, port=server.port), err=True)
    try:
        server.run()
    finally:
        stop_background(stops)
