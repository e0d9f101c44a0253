"""Several replicas as real processes: ``woonzorg run`` in HTTP mode on its own port (started
through the fork server, stopped with SIGTERM as ``docker stop`` does) and cron-style
``woonzorg tick`` processes, all on one database and one fake Slack, in real time.

The round is seeded so that work is due *now*: its deadline is today, so the deadline-morning
reminder is due (the first and second are superseded), and the weekly digest's weekday is one
whose digest is due this moment. Reminders and the digest are at local midnight, so the test
does not depend on the hour it runs at.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import time
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from storage.models import Round
from tests.faults.kit import DIGEST_CHANNEL, ForkServer
from tests.support.factories import owners_with_round
from tests.support.fake_slack import FakeSlack, SignedClient
from workflows.dates.halfyear import HalfYear
from workflows.dates.workdays import local_date
from workflows.reminders.digest import due_digest
from workflows.reminders.policy import ReminderPolicy
from workflows.settings import DEFAULT_ZONE, Settings

SECRET = "replica-signing-secret"
COORDINATOR = "U0COORD"
SENT = re.compile(r"workflows\.reminders\.tick: tick \S+: (\d+) sent")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def due_digest_weekday(now: datetime) -> int:
    """A digest weekday (at hour 0) whose weekly digest is due at ``now``."""
    for weekday in range(7):
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None, WOONZORG_DIGEST_WEEKDAY=weekday, WOONZORG_DIGEST_HOUR=0
        )
        if due_digest(now, ReminderPolicy.from_settings(settings), DEFAULT_ZONE) is not None:
            return weekday
    raise AssertionError(f"no weekday has a digest due at {now}")


def seed_due_round(engine: Engine, owners: int) -> list[str]:
    """``owners`` owners with one open action each, in a round whose deadline is today."""
    ids = owners_with_round(engine, owners, name="Replica's")
    now = datetime.now(UTC)
    today = local_date(now, DEFAULT_ZONE)
    with Session(engine) as session:
        round_ = session.exec(select(Round)).one()
        round_.half_year = HalfYear.containing(today).code
        round_.deadline = today
        round_.opened_at = now - timedelta(days=10)
        session.add(round_)
        session.commit()
    return ids


@dataclass
class Replicas:
    """Bot processes (``run``) and cron ticks (``tick``) against one database and Slack."""

    server: ForkServer
    database_url: str
    slack: FakeSlack
    workdir: Path
    digest_weekday: int
    tick_seconds: int = 1
    ports: dict[int, int] = field(default_factory=dict)  # pid -> port
    logs: list[Path] = field(default_factory=list)

    def env(self, **extra: str) -> dict[str, str]:
        return {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(self.workdir),
            "DATABASE_URL": self.database_url,
            "SLACK_BOT_TOKEN": self.slack.bot_token,
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": self.slack.api_url,
            "WOONZORG_COORDINATORS": COORDINATOR,
            "WOONZORG_DIGEST_CHANNEL": DIGEST_CHANNEL,
            "WOONZORG_DIGEST_WEEKDAY": str(self.digest_weekday),
            "WOONZORG_DIGEST_HOUR": "0",
            "WOONZORG_REMINDER_HOUR": "0",
            "WOONZORG_TICK_SECONDS": str(self.tick_seconds),
            "WOONZORG_SENDERS": "4",
            "WOONZORG_MESSAGES_PER_SECOND": "100",
            "WOONZORG_LEASE_SECONDS": "20",
            # a loaded machine: a request may wait for the database longer than Slack's budget
            "WOONZORG_DB_REQUEST_TIMEOUT": "10",
            **extra,
        }

    def _start(self, args: list[str], name: str, **extra: str) -> int:
        log = self.workdir / f"{name}-{len(self.logs)}.log"
        self.logs.append(log)
        return self.server.start(args, self.env(**extra), self.workdir, log)

    def start_bot(self) -> int:
        port = free_port()
        pid = self._start(["run", "--host", "127.0.0.1"], "run", PORT=str(port))
        self.ports[pid] = port
        return pid

    def start_migrate(self) -> int:
        return self._start(["migrate"], "migrate")

    def start_tick(self, *args: str, **extra: str) -> int:
        return self._start(["tick", *args], "tick", **extra)

    def wait(self, pid: int) -> int:
        return self.server.wait(pid)

    def stop_bot(self, pid: int) -> int:
        os.kill(pid, signal.SIGTERM)
        return self.wait(pid)

    def wait_healthy(self, pid: int, timeout: float = 60.0) -> None:
        url = f"http://127.0.0.1:{self.ports[pid]}/healthz"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(url, timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        raise AssertionError(f"replica {pid} not healthy\n{self.output()[-4000:]}")

    def client(self, pid: int) -> SignedClient:
        return SignedClient(f"http://127.0.0.1:{self.ports[pid]}/slack/events", SECRET, self.slack)

    def sent_per_log(self) -> dict[str, int]:
        """Messages each process logged as sent (its ticks' "N sent" lines), by log file."""
        return {
            p.name: sum(int(n) for n in SENT.findall(p.read_text()))
            for p in self.logs
            if p.exists()
        }

    def output(self) -> str:
        return "\n".join(f"--- {p.name}\n{p.read_text()}" for p in self.logs if p.exists())
