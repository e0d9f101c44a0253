"""Ticks that overlap: a slow tick still sending when a later one starts past the lease, and
six ticks started at once. Each recipient gets each message once."""

from __future__ import annotations

import pytest

from tests.faults.conftest import World
from tests.faults.kit import assert_exactly_once, copies, wait_until


def test_a_second_tick_past_the_lease_leaves_the_first_ticks_sends_alone(world: World) -> None:
    # 2 senders, each send takes 0.5 s before Slack stores it: the first tick runs ~6 s,
    # twice the 3 s lease, with 2 claims in flight at any moment. (Each claim is held ~0.5 s;
    # the lease leaves room for a loaded machine's scheduling and the rate limiter's pacing.)
    world.ticks.lease_seconds = 3
    world.ticks.senders = 2
    world.slack.slow("chat.postMessage", 0.5, before=True)
    first = world.ticks.start()
    wait_until(lambda: sum(copies(world.slack).values()) >= 14)  # the first tick ran > 3 s
    second = world.ticks.start()  # the same clock: its now is the real moment
    assert world.ticks.wait(first) == 0
    assert world.ticks.wait(second) == 0
    world.slack.faults.clear()
    assert world.ticks.after_lease() == 0
    assert_exactly_once(world.slack, world.engine, world.owners, world.ticks)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_six_ticks_at_once_on_sqlite(world: World) -> None:
    world.slack.slow("chat.postMessage", 0.05)
    pids = [world.ticks.start() for _ in range(6)]
    statuses = [world.ticks.wait(pid) for pid in pids]
    assert statuses == [0] * 6, world.ticks.output()[-4000:]
    world.slack.faults.clear()
    assert world.ticks.after_lease() == 0
    assert_exactly_once(world.slack, world.engine, world.owners, world.ticks)
