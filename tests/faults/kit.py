"""The fault suite's harness: a programme with N owners, a fake Slack on loopback, ticks as real
processes (through the fork server), one simulated clock shared by the ticks and the fake."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from storage.models import Notification
from tests.support.factories import owners_with_round
from tests.support.fake_slack import FakeSlack

ROOT = Path(__file__).resolve().parents[2]
# The first reminder of a round with deadline 18 May 2027: Wed 28 April 09:00 Amsterdam.
FIRST = datetime(2027, 4, 28, 7, 1, tzinfo=UTC)
DIGEST_CHANNEL = "C0DIGEST"


def seed(engine: Engine, owners: int) -> list[str]:
    """Owners with one open action each, and an open round; returns their Slack ids."""
    return owners_with_round(engine, owners, name="Fouten")


@dataclass
class SimClock:
    """Simulated time that runs at real speed from ``start``; the fake Slack's ts follow it."""

    start: datetime = FIRST
    _real: float = field(default_factory=time.time)

    def now(self, ahead: timedelta = timedelta(0)) -> datetime:
        return self.start + timedelta(seconds=time.time() - self._real) + ahead

    def timestamp(self) -> float:
        return self.now().timestamp()


class ForkServer:
    """Client of tests/faults/forkserver.py (one per test session)."""

    def __init__(self, preload: tuple[str, ...] = ()) -> None:
        self._process: subprocess.Popen[str] | None = None
        self.preload = preload  # modules the server imports once, besides the CLI

    @property
    def process(self) -> subprocess.Popen[str]:
        """Started on first use: tests that tick in-process do not pay for it."""
        if self._process is None:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "tests.faults.forkserver", *self.preload],
                cwd=ROOT,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
        return self._process

    def _ask(self, request: dict[str, Any]) -> dict[str, Any]:
        stdin: IO[str] = self.process.stdin  # type: ignore[assignment]
        stdout: IO[str] = self.process.stdout  # type: ignore[assignment]
        stdin.write(json.dumps(request) + "\n")
        stdin.flush()
        return dict(json.loads(stdout.readline()))

    def start(self, args: list[str], env: dict[str, str], cwd: Path, log: Path) -> int:
        request = {"op": "start", "args": args, "env": env, "cwd": str(cwd), "log": str(log)}
        return int(self._ask(request)["pid"])

    def wait(self, pid: int) -> int:
        return int(self._ask({"op": "wait", "pid": pid})["status"])

    def close(self) -> None:
        if self._process is None:
            return
        if self._process.stdin:
            self._process.stdin.close()
        self._process.wait(timeout=10)


@dataclass
class Ticks:
    """Starts ``woonzorg tick --now <simulated now>`` processes against one database and Slack."""

    server: ForkServer
    database_url: str
    slack: FakeSlack
    clock: SimClock
    workdir: Path
    senders: int = 4
    lease_seconds: int = 2
    logs: list[Path] = field(default_factory=list)

    def env(self) -> dict[str, str]:
        return {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(self.workdir),
            "DATABASE_URL": self.database_url,
            "SLACK_BOT_TOKEN": self.slack.bot_token,
            "SLACK_API_URL": self.slack.api_url,
            "WOONZORG_SENDERS": str(self.senders),
            "WOONZORG_LEASE_SECONDS": str(self.lease_seconds),
            "WOONZORG_DIGEST_CHANNEL": DIGEST_CHANNEL,
        }

    def start(self, ahead: timedelta = timedelta(0)) -> int:
        log = self.workdir / f"tick-{len(self.logs)}.log"
        self.logs.append(log)
        now = self.clock.now(ahead).isoformat()
        return self.server.start(["tick", "--now", now], self.env(), self.workdir, log)

    def wait(self, pid: int) -> int:
        return self.server.wait(pid)

    def run(self, ahead: timedelta = timedelta(0)) -> int:
        return self.wait(self.start(ahead))

    def after_lease(self) -> int:
        """A tick once every claim made so far has outlived its lease."""
        return self.run(timedelta(seconds=self.lease_seconds + 2))

    def output(self) -> str:
        return "\n".join(f"--- {p.name}\n{p.read_text()}" for p in self.logs if p.exists())


def copies(slack: FakeSlack) -> Counter[str]:
    """How many copies of each notification Slack holds, by notification key."""
    return Counter(slack.metadata_keys())


def assert_exactly_once(slack: FakeSlack, engine: Engine, owners: list[str], ticks: Ticks) -> None:
    """Each owner's DM holds exactly one reminder, the digest channel one digest, every key
    once, and every claim is recorded as sent."""
    held = copies(slack)
    twice = {key: n for key, n in held.items() if n != 1}
    assert twice == {}, ticks.output()[-4000:]
    assert [len(slack.messages_to(user)) for user in owners] == [1] * len(owners)
    assert len(slack.messages_to(DIGEST_CHANNEL)) == 1
    with Session(engine) as session:
        rows = session.exec(select(Notification)).all()
        assert sorted(held) == sorted(r.key for r in rows)
        assert [r.key for r in rows if r.sent_at is None] == [], ticks.output()[-4000:]


def wait_until(condition: Any, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.01)
