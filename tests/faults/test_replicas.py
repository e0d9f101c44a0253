"""Two replicas of the bot (``woonzorg run``, HTTP mode, each with its own scheduler) and a cron
``woonzorg tick`` on one PostgreSQL database against one fake Slack, as real processes.

Every reminder and the digest arrive exactly once although three processes tick at the same
moment (and the replicas every second after that); updates to one action sent at once to both
replicas are all kept, and the action's current state is the newest update's. Two ticks at once
against a fake Slack with a workspace rate limit keep to it together (one process at a time
sends a workspace's messages), and a sender killed with SIGKILL mid-fan-out leaves the rest to
the next tick of another process.
"""

from __future__ import annotations

import os
import signal
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from storage.db import get_engine
from storage.migrate import at_head
from storage.models import Action, Notification, StatusUpdate
from tests.conftest import PG_ADMIN_DSN
from tests.faults.kit import DIGEST_CHANNEL, ForkServer, copies, wait_until
from tests.faults.replica_kit import (
    COORDINATOR,
    Replicas,
    due_digest_weekday,
    seed_due_round,
)
from tests.support.fake_slack import FakeSlack, SignedClient, wait_for
from tests.support.fake_slack.signing import Response
from workflows.programme.statuses import Status

OWNERS = 12
# The fan-out tests: 60 reminders and the digest at 20 a second, about 3 s of sending.
FANOUT_OWNERS = 60
RATE = 20
LEFT_TO_OTHERS = "another process is sending its messages"
MODAL_STATUSES = (Status.ON_TRACK, Status.ATTENTION, Status.DELAYED)
pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


@pytest.fixture
def replicas(
    database_url: str, run_server: ForkServer, tmp_path: Path
) -> Iterator[tuple[Replicas, Engine, list[str]]]:
    engine = get_engine(database_url)
    owners = seed_due_round(engine, OWNERS)
    users = {COORDINATOR: ("Coco", "coco@example.nl")}
    users |= {owner: (f"Eigenaar {i}", f"o{i}@example.nl") for i, owner in enumerate(owners)}
    with FakeSlack(users=users) as slack:
        weekday = due_digest_weekday(datetime.now(UTC))
        yield Replicas(run_server, database_url, slack, tmp_path, weekday), engine, owners


@pytest.fixture
def fanout(
    database_url: str, run_server: ForkServer, tmp_path: Path
) -> Iterator[tuple[Replicas, list[str]]]:
    """A round due now for 60 owners; the fake Slack refuses more than 20 messages a second
    workspace-wide (a bucket of one second's worth), and each tick process is set to 20."""
    owners = seed_due_round(get_engine(database_url), FANOUT_OWNERS)
    users = {owner: (f"Eigenaar {i}", f"o{i}@example.nl") for i, owner in enumerate(owners)}
    with FakeSlack(users=users | {COORDINATOR: ("Coco", "coco@example.nl")}) as slack:
        slack.rate_limit(RATE, burst=RATE)
        weekday = due_digest_weekday(datetime.now(UTC))
        yield Replicas(run_server, database_url, slack, tmp_path, weekday), owners


def _posted(slack: FakeSlack) -> int:
    return len(slack.calls_to("chat.postMessage"))


def _each_once(kit: Replicas, owners: list[str]) -> None:
    assert [len(kit.slack.messages_to(u)) for u in owners] == [1] * len(owners), kit.output()
    assert len(kit.slack.messages_to(DIGEST_CHANNEL)) == 1
    assert {k: n for k, n in copies(kit.slack).items() if n != 1} == {}


def test_two_ticks_at_once_keep_to_the_workspace_rate_together(
    fanout: tuple[Replicas, list[str]],
) -> None:
    kit, owners = fanout
    first = kit.start_tick(WOONZORG_MESSAGES_PER_SECOND=str(RATE))
    wait_until(lambda: _posted(kit.slack) >= 1, timeout=60)
    # The second starts while the first is sending (about 3 s of it left).
    second = kit.start_tick(WOONZORG_MESSAGES_PER_SECOND=str(RATE))
    assert [kit.wait(first), kit.wait(second)] == [0, 0], kit.output()[-4000:]
    refused = [c.status for c in kit.slack.calls_to("chat.postMessage", ok=False)]
    assert refused == [], kit.output()[-4000:]  # each at the full rate would be twice it
    _each_once(kit, owners)
    first_log, second_log = (p.read_text() for p in kit.logs)
    assert LEFT_TO_OTHERS in second_log and LEFT_TO_OTHERS not in first_log
    assert list(kit.sent_per_log().values()) == [FANOUT_OWNERS + 1, 0]


def test_a_sender_killed_mid_fan_out_leaves_the_rest_to_the_next_tick(
    fanout: tuple[Replicas, list[str]],
) -> None:
    kit, owners = fanout
    holder = kit.start_tick(WOONZORG_MESSAGES_PER_SECOND=str(RATE))
    wait_until(lambda: _posted(kit.slack) >= 20, timeout=60)
    os.kill(holder, signal.SIGKILL)  # no clean-up: its connection, and the lock, just go
    kit.wait(holder)
    assert _posted(kit.slack) < FANOUT_OWNERS + 1
    # The next tick of another process; after the lease (20 s), so that the claims the killed
    # one had in flight are taken too (each looked for in Slack before it is sent again).
    later = datetime.now(UTC) + timedelta(seconds=25)
    rest = kit.start_tick("--now", later.isoformat(), WOONZORG_MESSAGES_PER_SECOND=str(RATE))
    assert kit.wait(rest) == 0, kit.output()[-4000:]
    assert LEFT_TO_OTHERS not in kit.logs[-1].read_text()
    # (A 429 or two may be earned here: the new process's limiter starts with a full burst,
    # while Slack's bucket may still be low from the killed one's sending.)
    _each_once(kit, owners)
    assert list(kit.sent_per_log().values())[-1] > 0


def test_two_replicas_and_a_cron_tick_send_every_message_once(
    replicas: tuple[Replicas, Engine, list[str]],
) -> None:
    kit, engine, owners = replicas
    # Each send takes 0.2 s before Slack stores it, so the three processes' ticks are in
    # flight together: the replicas tick at start-up and every second, the cron tick at once.
    kit.slack.slow("chat.postMessage", 0.2, before=True)
    bots = [kit.start_bot(), kit.start_bot()]
    cron = kit.start_tick()
    expected = OWNERS + 1  # a reminder per owner, and the digest
    try:
        for pid in bots:
            kit.wait_healthy(pid)
        assert kit.wait(cron) == 0, kit.output()[-4000:]
        wait_until(lambda: sum(copies(kit.slack).values()) >= expected, timeout=60)
        # More scheduler runs on both replicas and another cron tick find nothing left to do.
        assert kit.wait(kit.start_tick()) == 0, kit.output()[-4000:]
        time.sleep(2 * kit.tick_seconds)
    finally:
        statuses = [kit.stop_bot(pid) for pid in bots]
    assert statuses == [0, 0], kit.output()[-4000:]
    held = copies(kit.slack)
    assert {k: n for k, n in held.items() if n != 1} == {}, kit.output()[-4000:]
    assert [len(kit.slack.messages_to(u)) for u in owners] == [1] * OWNERS
    assert len(kit.slack.messages_to(DIGEST_CHANNEL)) == 1
    assert len(held) == expected
    # Each message was counted as sent by exactly one of the processes.
    per_process = kit.sent_per_log()
    assert sum(per_process.values()) == expected, kit.output()[-4000:]
    print(f"sent per process: {per_process}")
    with Session(engine) as session:
        rows = session.exec(select(Notification)).all()
    # The missed second reminder (the first was before the round opened) is recorded as
    # superseded by the deadline reminder, once per owner, and not sent.
    superseded = [r for r in rows if "superseded_by" in r.payload]
    assert [r.occasion for r in superseded] == ["second"] * OWNERS
    sent = [r for r in rows if r not in superseded]
    assert sorted(r.key for r in sent) == sorted(held)
    assert [r.key for r in sent if r.sent_at is None] == []


def _history(engine: Engine, code: str) -> tuple[Action, list[StatusUpdate]]:
    with Session(engine) as session:
        action = session.exec(select(Action).where(Action.code == code)).one()
        rows = session.exec(
            select(StatusUpdate)
            .where(StatusUpdate.action_id == action.id)
            .order_by(col(StatusUpdate.created_at), col(StatusUpdate.id))
        ).all()
        return action, list(rows)


def _request(
    n: int, client: SignedClient, owner: str, view: dict[str, Any]
) -> tuple[str, Callable[[], Response]]:
    """The n-th of the concurrent updates of 1.1, by the owner or the coordinator: a text
    alone (the status is kept), a status alone (the text is kept), or the form (both)."""
    who = owner if n % 3 else COORDINATOR
    if n % 3 == 0:
        return f"tekst {n}", lambda: client.slash(f"update 1.1 Stand {n}", who)
    if n % 3 == 1:
        status = ("groen", "oranje", "rood")[(n // 3) % 3]
        return f"status {n}", lambda: client.slash(f"status 1.1 {status} reden {n}", who)
    values = {
        "status": MODAL_STATUSES[(n // 3) % 3].value,
        "text": f"Formulier {n}",
        "bottlenecks": "Capaciteit",  # asked for aandacht nodig and vertraagd
        "correction": "Extra overleg",
    }
    return f"formulier {n}", lambda: client.view_submission(view, values, who)


def test_updates_to_one_action_on_both_replicas_lose_nothing(
    replicas: tuple[Replicas, Engine, list[str]],
) -> None:
    kit, engine, owners = replicas
    owner = owners[0]  # owns 1.1
    bots = [kit.start_bot(), kit.start_bot()]
    try:
        for pid in bots:
            kit.wait_healthy(pid)
        clients = [kit.client(pid) for pid in bots]
        assert clients[0].slash("update 1.1", owner).status == 200
        view = wait_for(lambda: kit.slack.calls_to("views.open"))[-1].response["view"]
        jobs = [_request(n, clients[n % 2], owner, view) for n in range(24)]
        with ThreadPoolExecutor(max_workers=8) as pool:
            answers = list(pool.map(lambda job: job[1](), jobs))
    finally:
        stopped = [kit.stop_bot(pid) for pid in bots]
    assert stopped == [0, 0], kit.output()[-4000:]
    assert [a.status for a in answers] == [200] * len(jobs), kit.output()[-4000:]
    refused = [
        (name, a.body)
        for (name, _), a in zip(jobs, answers, strict=True)
        if "Dank" not in a.body and a.body
    ]
    assert refused == []
    action, rows = _history(engine, "1.1")
    assert len(rows) == len(jobs), kit.output()[-4000:]
    texts = {r.text for r in rows}
    assert {f"Stand {n}" for n in range(0, 24, 3)} <= texts
    assert {f"Formulier {n}" for n in range(2, 24, 3)} <= texts
    assert {r.reason for r in rows if r.reason} >= {f"reden {n}" for n in range(1, 24, 3)}
    # Every update that kept a field kept the one the update before it left (no stale read),
    # and the action's current state is the newest update's.
    for before, after in zip(rows, rows[1:], strict=False):
        if (after.reason or "").startswith("reden"):  # a status command
            assert after.text == before.text, (before, after)
        elif after.reason is None:  # update 1.1 <tekst>
            assert after.status == before.status, (before, after)
    assert (action.status, action.status_text) == (rows[-1].status, rows[-1].text)


def test_replicas_starting_together_migrate_a_new_database_once(
    database_url: str, run_server: ForkServer, tmp_path: Path
) -> None:
    """``docker compose up`` starts both replicas at once on an empty database: both migrate
    it (every command does, on first use) and neither fails on the other's tables."""
    fresh = database_url.rsplit("/", 1)[0] + f"/woonzorg_fresh_{uuid.uuid4().hex[:8]}"
    admin = PG_ADMIN_DSN
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{fresh.rsplit("/", 1)[1]}"')
    try:
        with FakeSlack() as slack:
            kit = Replicas(run_server, fresh, slack, tmp_path, digest_weekday=0)
            pids = [kit.start_migrate() for _ in range(4)]
            assert [kit.wait(pid) for pid in pids] == [0] * 4, kit.output()[-4000:]
        engine = get_engine(fresh)
        assert at_head(engine)
        engine.dispose()
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{fresh.rsplit("/", 1)[1]}" WITH (FORCE)')
