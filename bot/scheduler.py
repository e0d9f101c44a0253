"""The reminder scheduler inside ``woonzorg run``: APScheduler calling the same ``tick`` as
``woonzorg tick``, every ``WOONZORG_TICK_SECONDS`` (default 5 minutes).

Nothing about *what* is due lives in the scheduler: every reminder, snooze and digest is
derived from, and claimed in, the database by ``tick``, so a restart (or a missed run while the
machine slept) loses nothing: the next run catches up once. The job has an explicit id,
``replace_existing=True``, ``coalesce=True`` (several missed runs become one) and a misfire
grace time, and never runs twice at once in this process (``max_instances=1``); a second
process (a cron ``woonzorg tick``, or another replica of the bot with its own scheduler) is
safe too, because of the claims: each message is claimed in the database before it is sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.engine import Engine

from bot.core import Bot
from bot.views.reminders import SlackViews
from workflows.errors import WoonzorgError
from workflows.ports.directory import Directory
from workflows.ports.notify import Notifier
from workflows.reminders import tick
from workflows.reminders.workspaces import tick_workspaces
from workflows.settings import Settings

if TYPE_CHECKING:
    from bot.slack.routing import WorkspaceClients

log = logging.getLogger(__name__)

JOB_ID = "woonzorg-reminders-tick"
MISFIRE_GRACE_SECONDS = 15 * 60


def tick_job(
    settings: Settings,
    engine: Engine,
    notifier: Notifier,
    directory: Directory | None = None,
    clock: Callable[[], datetime] | None = None,
    clients: WorkspaceClients | None = None,
) -> None:
    """One scheduled run; a database that is briefly away is logged and tried at the next run.
    With ``clients`` (OAuth mode) every installed workspace is ticked with its own token."""
    now = clock() if clock else datetime.now(UTC)
    try:
        if clients is not None:
            tick_workspaces(
                settings,
                engine,
                now,
                notifier_for=clients.notifier,
                directory_for=clients.directory,
                views=SlackViews(hour=settings.reminder_hour),
            )
            return
        tick(
            settings,
            engine,
            notifier,
            now,
            views=SlackViews(hour=settings.reminder_hour),
            directory=directory,
        )
    except WoonzorgError as exc:
        log.warning("Reminder tick at %s skipped: %s", now.isoformat(), exc)


def build_scheduler(
    settings: Settings,
    engine: Engine,
    notifier: Notifier,
    *,
    directory: Directory | None = None,
    interval_seconds: int | None = None,
    clock: Callable[[], datetime] | None = None,
    clients: WorkspaceClients | None = None,
) -> BackgroundScheduler:
    """A scheduler (not started) with the tick job; the first run is right at start-up.
    ``interval_seconds`` defaults to ``settings.tick_seconds``."""
    seconds = interval_seconds or settings.tick_seconds
    scheduler = BackgroundScheduler(timezone=UTC)
    scheduler.add_job(
        tick_job,
        trigger=IntervalTrigger(seconds=seconds, timezone=UTC),
        id=JOB_ID,
        name="woonzorg reminders, escalations and digest",
        kwargs={
            "settings": settings,
            "engine": engine,
            "notifier": notifier,
            "directory": directory,
            "clock": clock,
            "clients": clients,
        },
        replace_existing=True,
        coalesce=True,
        max_instances=1,
        misfire_grace_time=MISFIRE_GRACE_SECONDS,
        next_run_time=datetime.now(UTC),
    )
    return scheduler


def start_reminders(settings: Settings, core: Bot) -> Callable[[], None]:
    """The ``bot.background`` starter: runs the scheduler beside the Slack listeners."""
    # OAuth mode: the core's notifier routes by workspace; the tick fans out over them.
    clients = getattr(core.notifier, "clients", None) if settings.oauth else None
    scheduler = build_scheduler(
        settings,
        core.engine,
        core.notifier,
        directory=core.directory,
        clock=core.clock,
        clients=clients,
    )
    scheduler.start()
    log.info("Reminder scheduler started: every %d seconds", settings.tick_seconds)

    def stop() -> None:
        scheduler.shutdown(wait=False)

    return stop
