"""Helpers for reminder and tick tests: a small programme with an open 2027-H1 round."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.views.reminders import SlackViews
from storage.db import session_scope
from storage.models import Action, Notification, Person
from tests.support.doubles import RecordingNotifier
from tests.support.factories import Built, small_programme
from workflows.reminders.policy import ReminderPolicy
from workflows.reminders.tick import tick
from workflows.reminders.tick_report import TickReport
from workflows.settings import Settings
from workflows.updates.history import record_update
from workflows.updates.rounds import start_round

AMS = ZoneInfo("Europe/Amsterdam")
OPENED = datetime(2027, 4, 1, 10, tzinfo=UTC)
FIRST = datetime(2027, 4, 28, 7, 0, tzinfo=UTC)  # Wed 28 April 09:00 (Koningsdag moved)
SECOND = datetime(2027, 5, 11, 7, 0, tzinfo=UTC)
DEADLINE = datetime(2027, 5, 18, 7, 0, tzinfo=UTC)  # Tue 18 May 2027
ESCALATION = datetime(2027, 5, 19, 7, 0, tzinfo=UTC)
LAST = datetime(2027, 5, 21, 7, 0, tzinfo=UTC)
VIEWS = SlackViews()


def reminder_settings(digest_channel: str | None = None) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        WOONZORG_COORDINATORS="U0COCO",
        WOONZORG_DIGEST_CHANNEL=digest_channel,
    )


def programme_with_round(engine: Engine, deadline: str = "18-05-2027") -> Built:
    with session_scope(engine) as session:
        built = small_programme(session)
        start_round(
            session=session,
            half_year_text="2027-H1",
            deadline_text=deadline,
            now=OPENED,
            tz=AMS,
            workspace_id="",
        )
    return built


# No sleeping between in-tick retries in tests.
POLICY = replace(ReminderPolicy.from_settings(reminder_settings()), retry_backoff=timedelta(0))


def run_tick(
    engine: Engine, notifier: RecordingNotifier, now: datetime, settings: Settings | None = None
) -> TickReport:
    return tick(settings or reminder_settings(), engine, notifier, now, views=VIEWS, policy=POLICY)


def update(engine: Engine, code: str, who: str, now: datetime, text: str = "Bijgewerkt") -> None:
    with session_scope(engine) as session:
        action = session.exec(select(Action).where(Action.code == code)).one()
        author = session.exec(select(Person).where(Person.name == who.capitalize())).one()
        record_update(session=session, action=action, author=author, now=now, text=text)


def notifications(engine: Engine) -> list[Notification]:
    with session_scope(engine) as session:
        return list(session.exec(select(Notification).order_by(Notification.id)).all())  # type: ignore[arg-type]
