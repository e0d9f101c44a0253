"""Claims left unsent by dead ticks, taken by several ticks at the same moment: one of them
takes each row (a conditional UPDATE on the attempt counter), so each message goes once.
In-process threads behind a barrier: the race is made as tight as it can be."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

import pytest
from sqlmodel import Session, select

from bot.views.reminders import SlackViews
from storage.models import Person, Round
from storage.types import NotificationKind
from tests.faults.conftest import World
from tests.faults.kit import FIRST
from tests.support.doubles import RecordingNotifier
from workflows.ports.notify import Blocks
from workflows.reminders import claims
from workflows.reminders.tick import tick
from workflows.settings import Settings


class SlowNotifier(RecordingNotifier):
    """Takes a while to send, as Slack does under load: the window for a race."""

    def __init__(self) -> None:
        super().__init__()
        self.lock = threading.Lock()

    def send_dm(
        self, user_id: str, text: str, blocks: Blocks | None = None, *, key: str | None = None
    ) -> str | None:
        time.sleep(0.2)
        with self.lock:
            return super().send_dm(user_id, text, blocks, key=key)


def _stale_claims(world: World, at: datetime) -> int:
    """Every owner's first reminder claimed at ``at`` by a tick that then died."""
    with Session(world.engine) as session:
        round_id = session.exec(select(Round.id)).one()
        people = session.exec(select(Person)).all()
    for person in people:
        claims.claim(
            world.engine,
            key=claims.reminder_key(round_id, f"p{person.id}", NotificationKind.REMINDER, "first"),
            kind=NotificationKind.REMINDER,
            occasion="first",
            now=at,
            round_id=round_id,
            person_id=person.id,
        )
    return len(people)


def test_ticks_at_once_take_each_stale_claim_once(world: World) -> None:
    count = _stale_claims(world, FIRST)
    notifier = SlowNotifier()
    settings = Settings(_env_file=None, WOONZORG_SENDERS=8)  # type: ignore[call-arg]
    barrier = threading.Barrier(3)
    errors: list[BaseException] = []

    def go() -> None:
        try:
            barrier.wait()
            tick(settings, world.engine, notifier, FIRST + timedelta(minutes=5), views=SlackViews())
        except BaseException as exc:  # noqa: BLE001 - surfaced by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=go) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(s.to for s in notifier.sent) == sorted(world.owners)
    assert len(notifier.sent) == count
    # Each stale claim was in doubt: looked for once (by the tick that took it) before sending.
    assert len(notifier.lookups) == count


def test_a_tick_past_the_lease_leaves_claims_in_flight_alone(world: World) -> None:
    """In-process twin of test_overlap's first test (for mutation runs, which cannot follow
    forked processes): a slow first tick still sending when a second starts past the lease."""
    notifier = SlowNotifier()
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, WOONZORG_SENDERS=2, WOONZORG_LEASE_SECONDS=1
    )
    start = time.monotonic()

    def go(delay: float) -> None:
        time.sleep(delay)
        now = FIRST + timedelta(seconds=time.monotonic() - start)  # one clock for both
        tick(settings, world.engine, notifier, now, views=SlackViews())

    threads = [threading.Thread(target=go, args=(delay,)) for delay in (0.0, 1.3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(s.to for s in notifier.sent) == sorted(world.owners)


class Crash(BaseException):
    """The process dies right after Slack stored the message, before it is marked sent."""


class DeliverThenDie(RecordingNotifier):
    def send_dm(
        self, user_id: str, text: str, blocks: Blocks | None = None, *, key: str | None = None
    ) -> str | None:
        super().send_dm(user_id, text, blocks, key=key)
        raise Crash


def _failed_claims(world: World) -> None:
    """Every owner's reminder claimed, and its send failed for a known reason (a 503)."""
    _stale_claims(world, FIRST)
    for row in claims.pending(
        world.engine,
        now=FIRST + timedelta(minutes=5),
        lease=timedelta(minutes=2),
        catch_up=timedelta(days=7),
        max_attempts=8,
    ):
        claims.mark_failed(
            world.engine,
            row,
            now=FIRST,
            error="service_unavailable",
            permanent=False,
            lease=timedelta(minutes=2),
            unknown=False,
        )


def test_a_retry_that_dies_after_delivering_is_found_not_resent(world: World) -> None:
    """A retry of a known failure starts in doubt: if it dies after Slack stored the message,
    the next attempt finds it."""
    _failed_claims(world)
    settings = Settings(_env_file=None, WOONZORG_SENDERS=1)  # type: ignore[call-arg]
    dying = DeliverThenDie()
    later = FIRST + timedelta(minutes=5)
    with pytest.raises(Crash):
        tick(settings, world.engine, dying, later, views=SlackViews())
    assert len(dying.sent) == 1
    notifier = RecordingNotifier(sent=list(dying.sent))  # the same Slack, a new process
    tick(settings, world.engine, notifier, later + timedelta(minutes=5), views=SlackViews())
    assert sorted(s.to for s in notifier.sent) == sorted(world.owners)


def test_a_retry_in_progress_is_not_taken_by_a_second_tick(world: World) -> None:
    """Taking a row restarts its lease: a tick starting while the retry is being sent leaves
    it alone."""
    _failed_claims(world)
    notifier = SlowNotifier()
    settings = Settings(_env_file=None, WOONZORG_SENDERS=2)  # type: ignore[call-arg]
    later = FIRST + timedelta(minutes=5)
    start = time.monotonic()

    def go(delay: float) -> None:
        time.sleep(delay)
        now = later + timedelta(seconds=time.monotonic() - start)
        tick(settings, world.engine, notifier, now, views=SlackViews())

    threads = [threading.Thread(target=go, args=(delay,)) for delay in (0.0, 0.8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(s.to for s in notifier.sent) == sorted(world.owners)
