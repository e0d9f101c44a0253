"""The weekly digest: due on the first working day of the week at 09:00, sent once per week,
caught up once after an outage, with the week's updates, changes and the round's progress."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import select

from storage.db import session_scope
from storage.models import Action
from tests.support.doubles import RecordingNotifier
from tests.support.reminder_kit import OPENED, programme_with_round, reminder_settings, run_tick
from workflows.programme.statuses import Status
from workflows.reminders.digest import due_digest
from workflows.reminders.policy import ReminderPolicy
from workflows.settings import Settings
from workflows.updates.history import record_update

AMS = ZoneInfo("Europe/Amsterdam")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_due_on_monday_nine_or_the_next_working_day() -> None:
    policy = ReminderPolicy.from_settings(Settings(_env_file=None))  # type: ignore[call-arg]
    assert due_digest(utc(2027, 5, 10, 6, 59), policy, AMS) == ("2027-W18", utc(2027, 5, 3, 7))
    assert due_digest(utc(2027, 5, 10, 7), policy, AMS) == ("2027-W19", utc(2027, 5, 10, 7))
    # Pinkstermaandag 17 May: the digest goes on Tuesday; last week's is too old by then.
    assert due_digest(utc(2027, 5, 17, 8), policy, AMS) is None
    assert due_digest(utc(2027, 5, 18, 7), policy, AMS) == ("2027-W20", utc(2027, 5, 18, 7))
    # Winter time: 09:00 is 08:00 UTC; a Friday digest when configured so.
    assert due_digest(utc(2027, 11, 1, 8), policy, AMS) == ("2027-W44", utc(2027, 11, 1, 8))
    friday = replace(policy, digest_weekday=4, digest_hour=16)
    assert due_digest(utc(2027, 11, 5, 15), friday, AMS) == ("2027-W44", utc(2027, 11, 5, 15))


def status(engine: Engine, code: str, new: Status, now: datetime) -> None:
    with session_scope(engine) as session:
        action = session.exec(select(Action).where(Action.code == code)).one()
        record_update(
            session=session,
            action=action,
            author=None,
            now=now,
            status=new,
            text=f"{code} per {now:%d-%m}",
        )


def test_digest_after_a_three_day_outage_is_sent_once(engine: Engine) -> None:
    programme_with_round(engine)
    status(engine, "1.1", Status.ON_TRACK, OPENED)  # before the digest's week
    status(engine, "1.1", Status.DELAYED, utc(2027, 4, 29, 12))
    status(engine, "1.2", Status.ATTENTION, utc(2027, 4, 30, 12))
    settings = reminder_settings("C0DIGEST")
    notifier = RecordingNotifier()
    # The bot is down from Saturday 1 May until Wednesday 5 May (Monday's digest missed).
    for moment in (utc(2027, 5, 5, 8), utc(2027, 5, 5, 8, 5), utc(2027, 5, 6, 7)):
        run_tick(engine, notifier, moment, settings)
    posts = [s for s in notifier.sent if s.kind == "channel"]
    assert len(posts) == 1 and posts[0].to == "C0DIGEST"
    digest = str(posts[0].blocks)
    assert "week 2027-W18" in digest
    assert "2 van 3 updates binnen, deadline over 13 dagen" in digest
    assert "1.1 Programma Armoede en schulden: op schema → 🔴 *vertraagd*" in digest
    assert "Nog geen update* (1)" in digest and "1.2" not in digest.split("Nog geen update")[1][:30]
    assert "2.4 Uitbreiding aanbod tussen-/vervolgvoorzieningen (Anna)" in digest
    assert "Realisatie loopt volgens de planning af in de 1e helft 2027" in digest
    run_tick(engine, notifier, utc(2027, 5, 10, 7), settings)
    assert [s.text.split(":")[0] for s in notifier.sent if s.kind == "channel"] == [
        "Weekoverzicht Van opvang naar wonen, week 2027-W18",
        "Weekoverzicht Van opvang naar wonen, week 2027-W19",
    ]


def test_no_digest_without_a_channel(sqlite_engine: Engine) -> None:
    programme_with_round(sqlite_engine)
    notifier = RecordingNotifier()
    run_tick(sqlite_engine, notifier, utc(2027, 5, 3, 7))
    assert [s for s in notifier.sent if s.kind == "channel"] == []
