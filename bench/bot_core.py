"""Benchmark: the bot core (no Slack, no HTTP) answering commands on a large programme.

    uv run python bench/bot_core.py                  # 200/5,000 and 2,000/50,000, SQLite
    uv run python bench/bot_core.py --postgres       # the same on PostgreSQL 127.0.0.1:5432

What ``Bot.command`` costs by itself, so the HTTP figures of bench/slash_latency.py can be read
against it. A synthetic programme (10 actielijnen, an owner per action out of 40 people, one
deputy on every fifth action, an open round in which half the actions are updated) with the
given number of status updates spread over the actions. Each command runs 30 times after one
warm-up; median and p95 wall time. Setup is not timed.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import col, select

from bot.core import Bot, Caller
from storage.db import get_engine, session_scope
from storage.migrate import upgrade
from storage.models import Action, ActionDeputy, Person, Programme, Round, StatusUpdate, Theme
from tests.support.doubles import DictDirectory, RecordingNotifier
from workflows.settings import Settings

NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
RUNS = 30
STATUSES = ["on_track", "attention", "delayed", "not_started", "done", "on_track"]


def build(url: str, actions: int, updates: int) -> None:
    engine = get_engine(url)
    upgrade(engine)
    with session_scope(engine) as session:
        programme = Programme(name="Benchmarkprogramma")
        session.add(programme)
        session.flush()
        themes = [
            Theme(programme_id=programme.id, number=str(n), title=f"Actielijn {n}", position=n)
            for n in range(1, 11)
        ]
        people = [
            Person(
                name=f"Persoon {i}",
                email=f"p{i}@example.nl",
                slack_id=f"UBENCH{i:04d}",
                is_coordinator=i == 0,
            )
            for i in range(40)
        ]
        session.add_all([*themes, *people])
        session.flush()
        rnd = Round(programme_id=programme.id, half_year="2026-H1", deadline=date(2026, 5, 15))
        session.add(rnd)
        session.flush()
        rows = [
            dict(
                programme_id=programme.id,
                theme_id=themes[i % 10].id,
                code=f"{i % 10 + 1}.{i}",
                title=f"Actie {i} met een titel van redelijke lengte",
                status=STATUSES[i % 6],
                status_text="Stand van zaken " * 10,
                owner_id=people[1 + i % 39].id,
                position=i,
                planning={"2026-H1": "preparation", "2026-H2": "realisation"},
                target_text="24 woonplekken",
                target_min=24,
                target_max=24,
            )
            for i in range(actions)
        ]
        session.execute(insert(Action), rows)
        ids = list(session.exec(select(Action.id).order_by(col(Action.id))).all())
        session.execute(
            insert(ActionDeputy),
            [
                dict(action_id=a, person_id=people[1 + (n + 7) % 39].id)
                for n, a in enumerate(ids)
                if n % 5 == 0
            ],
        )
        start = NOW - timedelta(days=700)
        session.execute(
            insert(StatusUpdate),
            [
                dict(
                    action_id=ids[n % actions],
                    created_at=start + timedelta(minutes=n),
                    status=STATUSES[n % 6],
                    text="Een update van een paar zinnen. " * 6,
                    source="slack",
                    round_id=rnd.id if (n % actions) % 2 == 0 and n >= updates - actions else None,
                )
                for n in range(updates)
            ],
        )


def measure(bot: Bot, text: str, caller: Caller) -> tuple[float, float]:
    bot.command(text, caller)
    times = []
    for _ in range(RUNS):
        begin = time.perf_counter()
        outcome = bot.command(text, caller)
        times.append(time.perf_counter() - begin)
    assert outcome, text
    times.sort()
    return statistics.median(times) * 1000, times[int(len(times) * 0.95) - 1] * 1000


def run(url: str, actions: int, updates: int) -> None:
    build(url, actions, updates)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    bot = Bot(settings, get_engine(url), RecordingNotifier(), DictDirectory(), lambda: NOW)
    owner = Caller("UBENCH0005", surface="console")
    coordinator = Caller("UBENCH0000", surface="console")
    print(f"\n{actions} actions, {updates} updates ({url.split(':')[0]})")
    for label, text, caller in [
        ("overzicht", "overzicht", coordinator),
        ("overzicht vertraagd", "overzicht vertraagd", coordinator),
        ("mijn", "mijn", owner),
        ("actie", f"actie 3.{actions // 2 + 2}", owner),
    ]:
        median, p95 = measure(bot, text, caller)
        print(f"  {label:<22} median {median:7.1f} ms   p95 {p95:7.1f} ms")
    begin = time.perf_counter()
    for _ in range(RUNS):
        bot.home(coordinator)
    mean = (time.perf_counter() - begin) / RUNS * 1000
    print(f"  {'App Home (coördinator)':<22} mean   {mean:7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    for actions, updates in ((200, 5_000), (2_000, 50_000)):
        if args.postgres:
            import psycopg

            name = f"woonzorg_bench_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(
                "postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True
            ) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            try:
                run(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}", actions, updates)
            finally:
                get_engine.cache_clear()
                with psycopg.connect(
                    "postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True
                ) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        else:
            with tempfile.TemporaryDirectory() as tmp:
                run(f"sqlite:///{Path(tmp) / 'bench.db'}", actions, updates)


if __name__ == "__main__":
    main()
