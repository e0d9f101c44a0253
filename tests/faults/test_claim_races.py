"""Claims left unsent by dead ticks, taken by several ticks at the same moment: one of them
takes each row (a conditional UPDATE on the attempt counter), so each message goes once.
In-process threads behind a barrier: the race is made as tight as it can be."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

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
