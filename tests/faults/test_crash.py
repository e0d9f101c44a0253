"""A tick killed (SIGKILL) in the middle of a fan-out, then the next tick: every owner still
gets exactly one reminder. Slack answers a little late, so at the kill several messages are in
Slack but not yet marked sent; the next tick finds them by their metadata key."""

from __future__ import annotations

import os
import random
import signal

from tests.faults.conftest import OWNERS, World
from tests.faults.kit import assert_exactly_once, copies, wait_until


def test_a_tick_killed_mid_fan_out_then_the_next_tick(world: World) -> None:
    # A different kill point each run (printed on failure through the seed in the report).
    seed = random.randrange(1_000_000)
    kill_after = random.Random(seed).randint(3, OWNERS - 6)
    print(f"kill seed {seed}: after {kill_after} messages")
    world.slack.slow("chat.postMessage", 0.3)  # stored at once, answered 0.3 s later
    pid = world.ticks.start()
    wait_until(lambda: sum(copies(world.slack).values()) >= kill_after)
    os.kill(pid, signal.SIGKILL)
    assert world.ticks.wait(pid) == -signal.SIGKILL
    in_slack = sum(copies(world.slack).values())
    assert 0 < in_slack < OWNERS + 1

    world.slack.faults.clear()
    assert world.ticks.run() == 0  # at the same moment: the dead tick's claims are left alone
    assert world.ticks.after_lease() == 0
    assert_exactly_once(world.slack, world.engine, world.owners, world.ticks)
    # The messages the killed tick had sent were found, not sent again.
    assert world.slack.calls_to("conversations.history")
