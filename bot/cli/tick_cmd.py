"""``woonzorg tick [--now ISO-DATETIME] [--dry-run]``: do all scheduled work due now, once,
and exit.

For cron users (instead of the scheduler inside ``woonzorg run``); safe to run twice.
``--dry-run`` only prints what would be sent to whom, records nothing and needs no Slack token.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import typer

from bot.cli.base import WorkspaceOption, app, configure_logging, dutch_errors, load_settings
from workflows import messages
from workflows.errors import ParseError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from workflows.reminders import PreviewItem, TickReport
    from workflows.settings import Settings


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


def preview_line(item: PreviewItem) -> str:
    kind = str(item.kind)
    occasion = messages.TICK_PREVIEW_OCCASIONS.get(item.occasion, item.occasion)
    what = messages.TICK_PREVIEW_KINDS.get(kind, kind).format(occasion=occasion)
    to = messages.TICK_PREVIEW_CHANNEL.format(channel=item.to) if kind == "digest" else item.to
    about = messages.TICK_PREVIEW_ABOUT.format(codes=", ".join(item.codes)) if item.codes else ""
    line = messages.TICK_PREVIEW_LINE.format(what=what, to=to, about=about)
    return line + (messages.TICK_PREVIEW_RETRY if item.retry else "")


def preview_text(items: list[PreviewItem], moment: datetime, tz: ZoneInfo) -> str:
    """What ``--dry-run`` prints: the moment, one line per message, and the count."""
    from workflows.dates.dutch import format_long
    from workflows.dates.workdays import local_date

    local = moment.astimezone(tz)
    when = f"{format_long(local_date(moment, tz))} {local:%H:%M}"
    lines = [messages.TICK_PREVIEW_TITLE.format(moment=when)]
    if not items:
        lines.append(messages.TICK_PREVIEW_NOTHING)
        return "\n".join(lines)
    lines += [preview_line(item) for item in items]
    lines.append(
        messages.TICK_PREVIEW_COUNT.format(
            count=messages.plural(len(items), *messages.TICK_PREVIEW_WORDS)
        )
    )
    return "\n".join(lines)


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
    dry_run: bool = typer.Option(False, "--dry-run", help=messages.TICK_DRY_RUN_HELP),
    werkruimte: WorkspaceOption = None,
) -> None:
    from bot.slack.clients import web_client
    from bot.slack.directory import SlackDirectory
    from bot.slack.notifier import SlackNotifier
    from bot.views.reminders import SlackViews
    from workflows.programme.programmes import programme_id_for
    from workflows.programme.workspaces import parse_workspace_id
    from workflows.reminders import preview_tick, tick
    from workflows.runtime.database import engine_for

    settings = load_settings()
    configure_logging()
    with dutch_errors():
        moment = parse_now(now, settings.timezone)
        workspace_id = parse_workspace_id(werkruimte)
        if dry_run:
            items = preview_tick(settings, engine_for(settings), moment)
            typer.echo(preview_text(items, moment, settings.timezone))
            return
        engine = engine_for(settings)
        if settings.oauth:
            report = _tick_workspaces(settings, engine, moment, programma, workspace_id)
        else:
            if not settings.slack_bot_token:
                raise ParseError(messages.TICK_NO_TOKEN)
            report = tick(
                settings,
                engine,
                SlackNotifier.from_settings(settings),
                moment,
                views=SlackViews(hour=settings.reminder_hour),
                directory=SlackDirectory(web_client(settings, background=True)),
                programme_id=programme_id_for(engine, programma, workspace_id),
            )
    typer.echo(
        messages.TICK_DONE.format(
            sent=len(report.sent), failed=len(report.failed), given_up=len(report.given_up)
        )
    )


def _tick_workspaces(
    settings: Settings,
    engine: Engine,
    moment: datetime,
    programma: str | None,
    workspace_id: str,
) -> TickReport:
    """OAuth mode: every installed workspace with its own token, side by side; with
    ``--programma`` (and ``--werkruimte``) only that programme, with its workspace's token."""
    from bot.slack.installs import Installations
    from bot.slack.routing import WorkspaceClients
    from bot.views.reminders import SlackViews
    from workflows.reminders.workspaces import tick_workspaces

    clients = WorkspaceClients(settings, Installations(settings, engine))
    views = SlackViews(hour=settings.reminder_hour)
    if programma is None:
        fanned = tick_workspaces(
            settings,
            engine,
            moment,
            notifier_for=clients.notifier,
            directory_for=clients.directory,
            views=views,
        )
        return fanned.total()
    from workflows.programme.programmes import programme_id_for
    from workflows.reminders import tick
    from workflows.reminders.workspaces import workspace_of_programme

    programme_id = programme_id_for(engine, programma, workspace_id)
    workspace = workspace_of_programme(engine, programme_id)
    notifier = clients.notifier(workspace)
    if notifier is None:
        raise ParseError(messages.INSTALL_NO_TOKEN.format(workspace=workspace or "-"))
    return tick(
        settings,
        engine,
        notifier,
        moment,
        views=views,
        directory=clients.directory(workspace),
        programme_id=programme_id,
        workspace_id=workspace,
    )
