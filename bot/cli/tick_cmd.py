"""``woonzorg tick [--now ISO-DATETIME]``: do all scheduled work due now, once, and exit.

For cron users (instead of the scheduler inside ``woonzorg run``); safe to run twice.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import typer

from bot.cli.base import app, configure_logging, dutch_errors, load_settings
from workflows import messages
from workflows.errors import ParseError


def parse_now(text: str | None, tz: ZoneInfo) -> datetime:
    """``--now``: an ISO date-time; without a zone it is read in the programme's time zone."""
    if not text:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ParseError(messages.TICK_BAD_NOW.format(text=text.strip())) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(UTC)


@app.command(
    "tick",
    help=messages.TICK_HELP,
)
def tick_command(
    now: str | None = typer.Option(
        None,
        "--now",
        help=messages.TICK_NOW_HELP,
        metavar=messages.CLI_METAVAR_MOMENT,
    ),
    programma: str | None = typer.Option(
        None,
        "--programma",
        help=messages.TICK_PROGRAMME_HELP,
        metavar=messages.CLI_METAVAR_SLUG,
    ),
) -> None:
    from bot.slack.clients import web_client
    from bot.slack.directory import SlackDirectory
    from bot.slack.notifier import SlackNotifier
    from bot.views.reminders import SlackViews
    from workflows.programme.programmes import programme_id_for
    from workflows.reminders import tick
    from workflows.runtime.database import engine_for

    settings = load_settings()
    configure_logging()
    with dutch_errors():
        moment = parse_now(now, settings.timezone)
        if not settings.slack_bot_token:
            raise ParseError(messages.TICK_NO_TOKEN)
        engine = engine_for(settings)
        report = tick(
            settings,
            engine,
            SlackNotifier.from_settings(settings),
            moment,
            views=SlackViews(hour=settings.reminder_hour),
            directory=SlackDirectory(web_client(settings, background=True)),
            programme_id=programme_id_for(engine, programma),
        )
    typer.echo(
        messages.TICK_DONE.format(
            sent=len(report.sent), failed=len(report.failed), given_up=len(report.given_up)
        )
    )
