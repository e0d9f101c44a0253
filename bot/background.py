"""Work that runs beside the Slack listeners while ``woonzorg run`` is up (the reminder
scheduler). Each entry of ``STARTERS`` is called once at start-up with the settings and the core
and returns a function that stops what it started (or None)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.core import Bot
from bot.scheduler import start_reminders
from workflows.settings import Settings

log = logging.getLogger(__name__)

Stop = Callable[[], None]
Starter = Callable[[Settings, Bot], Stop | None]

# Add a starter here (e.g. the APScheduler that calls the reminders tick).
STARTERS: list[Starter] = [start_reminders]


def start_background(settings: Settings, core: Bot) -> list[Stop]:
    """Start every registered background service; returns their stop functions, newest first."""
    stops: list[Stop] = []
    for starter in STARTERS:
        stop = starter(settings, core)
        log.info("Started %s", getattr(starter, "__name__", starter))
        if stop is not None:
            stops.append(stop)
    return list(reversed(stops))


def stop_background(stops: list[Stop]) -> None:
    for stop in stops:
        stop()
