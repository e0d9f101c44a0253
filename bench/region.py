"""Benchmark: one deployment for a region (issue 13). Every Dutch municipality (342
workspaces) x 100 actions x 30 owners on one PostgreSQL, against the fake Slack at 20 messages
a second per workspace (a per-token limit; beyond it 429).

    uv run python bench/region.py [--workspaces 342] [--actions 100] [--owners 30]
                                  [--rate 20] [--workers 16] [--overview-runs 40]
                                  [--connections 0 (workers x senders)]

Figures, each against a floor measured in the same run:
- the reminder round: one ``tick_workspaces`` (the same code as the scheduler and ``woonzorg
  tick`` in OAuth mode: each workspace's token from the installation store, its own client and
  rate limiter, ``--workers`` workspaces side by side) until every owner has exactly one
  reminder; floor: the largest workspace's messages at its own limit (owners / rate), not the
  sum;
- ``overzicht`` p95 in workspace 0 (the read model and the Block Kit view, as the command
  handler runs them) with all workspaces' data in the database; floor: the same with only
  workspace 0's data, before the others are seeded;
- the database size (pg_database_size), and per workspace;
- where the time goes: CPU seconds of this process against wall time, PostgreSQL commits, and
  a sampling profile of every thread (the frames of the bot's own code and the libraries it
  waits in), to name the first bottleneck.

The fake Slack runs in a child process, so its own work does not count as the bot's CPU.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import time
import uuid
from collections import Counter
from datetime import timedelta
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg  # noqa: E402
from slack_sdk.oauth.installation_store.models.bot import Bot as InstalledBot  # noqa: E402
from sqlalchemy import text  # noqa: E402

from bench.sampler import Sampler  # noqa: E402
from bot.slack.installs import Installations  # noqa: E402
from bot.slack.routing import WorkspaceClients  # noqa: E402
from bot.views.overview import overview_blocks  # noqa: E402
from bot.views.reminders import SlackViews  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from tests.conftest import PG_ADMIN_DSN  # noqa: E402
from tests.support.doubles import DictDirectory  # noqa: E402
from tests.support.workspaces import FIRST_REMINDER, seed_workspace  # noqa: E402
from workflows.programme.overview import programme_overview  # noqa: E402
from workflows.reminders.workspaces import tick_workspaces  # noqa: E402
from workflows.runtime.database import engine_for  # noqa: E402
from workflows.settings import Settings  # noqa: E402


def team(index: int) -> str:
    return f"T{index:05d}"


def serve_fake(conn: Connection, teams: list[str], rate: int) -> None:
    """The child process: the fake Slack with a token per workspace, until told to stop;
    then it reports what it saw."""
    from tests.support.fake_slack import FakeSlack

    with FakeSlack() as fake:
        # Slack stamps messages with its own clock: here it runs from the bot's simulated
        # moment, so a later tick's history look-up (find_sent) sees what an earlier one sent.
        started, base = time.time(), FIRST_REMINDER.timestamp()
        fake.api.clock = lambda: base + (time.time() - started)
        for name in teams:
            fake.installs.add_token(f"xoxb-{name}", name)
        fake.installs.limit_per_token(rate)
        conn.send(fake.api_url)
        conn.recv()
        posts = fake.calls_to("chat.postMessage", ok=None)
        per_token = Counter(c.headers.get("authorization", "") for c in posts if c.ok)
        conn.send(
            {
                "accepted": sum(1 for c in posts if c.ok),
                "refused_429": sum(1 for c in posts if c.status == 429),
                "other_errors": sum(1 for c in posts if c.status == 200 and not c.ok),
                "tokens": len(per_token),
                "max_per_token": max(per_token.values(), default=0),
                "recipients": len({str(c.params.get("channel")) for c in posts if c.ok}),
                "violations": len(fake.violations),
            }
        )


def overview_p95(engine, settings: Settings, workspace: str, programme_id: int, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = programme_overview(
            engine=engine,
            workspace_id=workspace,
            directory=DictDirectory(),
            tz=settings.timezone,
            now=FIRST_REMINDER,
            programme_id=programme_id,
        )
        overview_blocks(result)
        times.append(time.perf_counter() - started)
    return statistics.quantiles(times, n=20)[18]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workspaces", type=int, default=342)
    parser.add_argument("--actions", type=int, default=100)
    parser.add_argument("--owners", type=int, default=30)
    parser.add_argument("--rate", type=int, default=20)
    parser.add_argument("--workers", type=int, default=16)
    parser.add_argument("--senders", type=int, default=4, help="send threads per workspace")
    parser.add_argument("--overview-runs", type=int, default=40)
    parser.add_argument(
        "--connections",
        type=int,
        default=0,
        help="WOONZORG_DB_CONNECTIONS (0: workers x senders, a connection per send thread)",
    )
    args = parser.parse_args()
    teams = [team(i) for i in range(args.workspaces)]
    connections = args.connections or args.workers * args.senders

    name = f"woonzorg_region_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = (
        PG_ADMIN_DSN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
        + "/"
        + name
    )
    parent, child = multiprocessing.Pipe()
    fake = multiprocessing.Process(target=serve_fake, args=(child, teams, args.rate), daemon=True)
    fake.start()
    api_url = parent.recv()
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        DATABASE_URL=url,
        SLACK_CLIENT_ID="1111.2222",
        SLACK_CLIENT_SECRET="secret",
        SLACK_API_URL=api_url,
        WOONZORG_MESSAGES_PER_SECOND=args.rate,
        WOONZORG_SENDERS=args.senders,
        WOONZORG_WORKSPACE_SENDERS=args.workers,
        WOONZORG_DB_CONNECTIONS=connections,
    )
    try:
        engine = engine_for(settings, migrate=False)
        upgrade(engine)
        installations = Installations(settings, engine)

        started = time.perf_counter()
        seed_workspace(engine, teams[0], 0, owners=args.owners, actions=args.actions)
        with engine.connect() as conn:
            first_id = conn.execute(text("SELECT min(id) FROM programme")).scalar()
        alone_size = _db_size(engine, name)
        overview_p95(engine, settings, teams[0], first_id, 5)  # warm up
        alone = overview_p95(engine, settings, teams[0], first_id, args.overview_runs)
        for i, name_ in enumerate(teams[1:], start=1):
            seed_workspace(engine, name_, i, owners=args.owners, actions=args.actions)
        for name_ in teams:
            installations.store.save_bot(
                InstalledBot(
                    app_id="A0WOONZORG",
                    enterprise_id=None,
                    team_id=name_,
                    bot_token=f"xoxb-{name_}",
                    bot_id="B0BOT",
                    bot_user_id="U0BOT",
                    installed_at=time.time(),
                )
            )
        seeded = time.perf_counter() - started
        full_size = _db_size(engine, name)
        crowded = overview_p95(engine, settings, teams[0], first_id, args.overview_runs)

        clients = WorkspaceClients(settings, installations)
        commits_before = _commits(name)
        sampler = Sampler(interval=0.02).start()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        report = tick_workspaces(
            settings,
            engine,
            FIRST_REMINDER,
            notifier_for=clients.notifier,
            views=SlackViews(hour=settings.reminder_hour),
            workers=args.workers,
        )
        rounds = 1
        while report.total().failed and rounds < 5:  # transient failures: the next tick
            report = tick_workspaces(
                settings,
                engine,
                FIRST_REMINDER + timedelta(minutes=5 * rounds),
                notifier_for=clients.notifier,
                views=SlackViews(hour=settings.reminder_hour),
                workers=args.workers,
            )
            rounds += 1
        wall = time.perf_counter() - wall0
        cpu = time.process_time() - cpu0
        sampler.stop()
        commits = _commits(name) - commits_before
        parent.send("stop")
        seen = parent.recv()
    finally:
        fake.join(timeout=30)
        engine_for(settings, migrate=False).dispose()
        with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    floor = args.owners / args.rate
    expected = args.workspaces * args.owners
    print(f"workspaces {args.workspaces} x {args.actions} actions x {args.owners} owners")
    print(f"seeding (not timed below): {seeded:.1f} s")
    print(
        f"reminder round: {wall:.1f} s for {seen['accepted']} messages "
        f"({rounds} tick(s), {args.workers} workspaces at once, {args.senders} senders each, "
        f"{connections} database connections)"
    )
    print(f"  floor (largest workspace, {args.owners} at {args.rate}/s): {floor:.2f} s")
    print(f"  ratio to floor: {wall / floor:.1f}x")
    print(f"  serial estimate (sum of floors): {floor * args.workspaces:.0f} s")
    print(
        f"  exactly once: {seen['accepted'] == expected and seen['recipients'] == expected} "
        f"(expected {expected}; {seen['tokens']} tokens, at most {seen['max_per_token']} each; "
        f"429s {seen['refused_429']}, other errors {seen['other_errors']})"
    )
    print(f"  bot process CPU: {cpu:.1f} s over {wall:.1f} s wall ({cpu / wall:.2f} cores)")
    print(f"  PostgreSQL commits: {commits} ({commits / max(1, seen['accepted']):.1f} per message)")
    print(f"  errors: {len(report.errors)}; not installed: {len(report.not_installed)}")
    print(
        f"overzicht p95: {crowded * 1000:.1f} ms with {args.workspaces} workspaces, "
        f"{alone * 1000:.1f} ms alone (floor): {crowded / alone:.1f}x"
    )
    per_workspace = (full_size - alone_size) / 2**10 / max(1, args.workspaces - 1)
    print(
        f"database size: {full_size / 2**20:.0f} MiB ({per_workspace:.0f} KiB "
        f"per workspace; {alone_size / 2**20:.0f} MiB with one)"
    )
    print("where the round's threads were (share of samples):")
    for line in sampler.summary(12):
        print("  " + line)


def _db_size(engine, name: str) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT pg_database_size(:n)"), {"n": name}).scalar())


def _commits(name: str) -> int:
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        row = conn.execute(
            "SELECT xact_commit FROM pg_stat_database WHERE datname = %s", (name,)
        ).fetchone()
    return int(row[0]) if row else 0


if __name__ == "__main__":
    main()
