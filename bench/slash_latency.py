"""Slash command latency over HTTP: ``/woonzorg mijn`` and ``/woonzorg overzicht`` against a bare
Bolt app that answers with fixed text, on the same server stack (waitress + Bolt's WSGI adapter,
signed requests, the fake Slack as Web API), side by side in one run.

    uv run python bench/slash_latency.py                 # SQLite, the issue's sizes
    uv run python bench/slash_latency.py --samples 300 --database-url postgresql://...

Sizes (issue 3): 200 actions with 5,000 status updates (mijn within 1.5x and overzicht within
2x of the bare app), then overzicht on 2,000 actions with 50,000 updates (p95 under 1 s).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from slack_bolt import Ack, App  # noqa: E402
from slack_sdk import WebClient  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402
from sqlmodel import SQLModel  # noqa: E402

from bot.core import Bot  # noqa: E402
from bot.slack.app import create_app  # noqa: E402
from bot.slack.clients import web_client  # noqa: E402
from bot.slack.directory import SlackDirectory  # noqa: E402
from bot.slack.http import HttpServer, wsgi_app  # noqa: E402
from bot.slack.notifier import SlackNotifier  # noqa: E402
from storage.db import get_engine, session_scope  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from storage.models import Action, ActionDeputy, Person, Programme, Round, Theme  # noqa: E402
from tests.support.fake_slack import FakeSlack, SignedClient  # noqa: E402
from workflows.programme.statuses import Status  # noqa: E402
from workflows.settings import Settings  # noqa: E402

SECRET = "bench-signing-secret"
NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
PAST_HALVES = [f"{y}-H{h}" for y in range(2021, 2026) for h in (1, 2)]
STATUSES = [Status.ON_TRACK, Status.ATTENTION, Status.DELAYED, Status.NOT_STARTED, Status.DONE]


def seed(engine: Engine, n_actions: int, n_updates: int) -> str:
    """A programme of ``n_actions`` (5 per owner, every 4th with a deputy) and ``n_updates``
    updates: history in ten closed rounds, and this round's updates for 60% of the actions.
    Returns the Slack id of an owner (for ``mijn``). History rows are inserted in bulk: this is
    seed data, not the update path (which goes through record_update)."""
    with session_scope(engine) as session:
        programme = Programme(name="Benchmarkprogramma")
        session.add(programme)
        session.flush()
        coordinator = Person(
            name="Coco", email="coco@example.nl", slack_id="U0COCO", is_coordinator=True
        )
        session.add(coordinator)
        owners = [
            Person(name=f"Regiehouder {i}", email=f"r{i}@example.nl", slack_id=f"U{i:08d}")
            for i in range(max(1, n_actions // 5))
        ]
        session.add_all(owners)
        themes = [
            Theme(
                programme_id=programme.id, number=str(t + 1), title=f"Actielijn {t + 1}", position=t
            )
            for t in range(8)
        ]
        session.add_all(themes)
        session.flush()
        rounds = [
            Round(
                programme_id=programme.id,
                half_year=h,
                deadline=date(int(h[:4]), 5 if h.endswith("1") else 11, 15),
                opened_at=NOW - timedelta(days=200 * (len(PAST_HALVES) - i)),
                closed_at=NOW - timedelta(days=190 * (len(PAST_HALVES) - i)),
            )
            for i, h in enumerate(PAST_HALVES)
        ]
        current = Round(
            programme_id=programme.id,
            half_year="2026-H1",
            deadline=date(2026, 5, 15),
            opened_at=NOW - timedelta(days=30),
        )
        session.add_all([*rounds, current])
        session.flush()
        actions = []
        for i in range(n_actions):
            theme = themes[i % len(themes)]
            actions.append(
                Action(
                    programme_id=programme.id,
                    theme_id=theme.id,
                    code=f"{theme.number}.{i // len(themes) + 1}",
                    title=f"Actie {i} met een titel van gewone lengte",
                    description="Omschrijving " * 20,
                    owner_id=owners[i % len(owners)].id,
                    position=i,
                    status=STATUSES[i % len(STATUSES)].value,
                    status_text="Stand van zaken " * 10,
                    planning={"2026-H1": "realisation"},
                    deadline="2027-H2",
                )
            )
        session.add_all(actions)
        session.flush()
        session.add_all(
            ActionDeputy(action_id=a.id, person_id=owners[(i + 1) % len(owners)].id)
            for i, a in enumerate(actions)
            if i % 4 == 0 and len(owners) > 1
        )
        current_ids = {a.id for i, a in enumerate(actions) if i % 5 < 3}
        history_count = n_updates - len(current_ids)
        rows = []
        for k in range(history_count):
            action = actions[k % n_actions]
            round_ = rounds[(k // n_actions) % len(rounds)]
            rows.append(
                dict(
                    action_id=action.id,
                    round_id=round_.id,
                    author_id=action.owner_id,
                    created_at=round_.opened_at + timedelta(days=1),
                    status=action.status,
                    text="Eerdere stand van zaken " * 8,
                    source="slack",
                    help_needed=False,
                    carried_over=False,
                )
            )
        for action in actions:
            if action.id in current_ids:
                rows.append(
                    dict(
                        action_id=action.id,
                        round_id=current.id,
                        author_id=action.owner_id,
                        created_at=NOW - timedelta(days=3),
                        status=action.status,
                        text=action.status_text,
                        source="slack",
                        help_needed=False,
                        carried_over=False,
                    )
                )
        for start in range(0, len(rows), 5000):
            session.execute(
                SQLModel.metadata.tables["statusupdate"].insert(), rows[start : start + 5000]
            )
        return owners[0].slack_id or ""


def bare_app(settings: Settings) -> App:
    app = App(
        client=WebClient(token=settings.slack_bot_token, base_url=settings.slack_api_url),
        signing_secret=SECRET,
        process_before_response=False,
    )

    @app.command("/woonzorg")
    def fixed(ack: Ack) -> None:
        ack(text="Hallo")

    return app


def serve(app: App) -> HttpServer:
    return HttpServer(
        wsgi_app(app, lambda: True, signing_secret=SECRET), host="127.0.0.1", port=0
    ).start()


def measure(send: Callable[[], object], samples: int) -> list[float]:
    times = []
    for _ in range(samples):
        started = time.perf_counter()
        answer = send()
        times.append(time.perf_counter() - started)
        assert getattr(answer, "status", 200) == 200, answer
    return times


def summary(times: list[float]) -> tuple[float, float]:
    p95 = statistics.quantiles(times, n=20)[-1]
    return statistics.median(times) * 1000, p95 * 1000


def run(
    n_actions: int, n_updates: int, samples: int, database_url: str | None, compare: bool
) -> dict[str, tuple[float, float]]:
    with tempfile.TemporaryDirectory() as tmp, FakeSlack() as fake:
        url = database_url or f"sqlite:///{tmp}/bench.db"
        engine = get_engine(url)
        if database_url:
            # Everything the migrations made (tables outside SQLModel's metadata too, such as
            # the OAuth stores), so that each size starts from an empty database.
            with engine.begin() as conn:
                conn.exec_driver_sql("DROP SCHEMA public CASCADE")
                conn.exec_driver_sql("CREATE SCHEMA public")
        upgrade(engine)
        started = time.perf_counter()
        owner = seed(engine, n_actions, n_updates)
        print(
            f"  seeded {n_actions} actions / {n_updates} updates"
            f" in {time.perf_counter() - started:.1f} s",
            flush=True,
        )
        settings = Settings(
            _env_file=None,
            DATABASE_URL=url,
            SLACK_BOT_TOKEN=fake.bot_token,  # type: ignore[call-arg]
            SLACK_SIGNING_SECRET=SECRET,
            SLACK_API_URL=fake.api_url,
            WOONZORG_COORDINATORS="U0COCO",
        )
        core = Bot(
            settings,
            engine,
            SlackNotifier.from_settings(settings),
            SlackDirectory(web_client(settings)),
            lambda: NOW,
        )
        servers = {"woonzorg": serve(create_app(settings, core))}
        if compare:
            servers["bare"] = serve(bare_app(settings))
        clients = {
            k: SignedClient(f"http://127.0.0.1:{s.port}/slack/events", SECRET, fake)
            for k, s in servers.items()
        }
        cases: dict[str, Callable[[], object]] = {
            "overzicht": lambda: clients["woonzorg"].slash("overzicht", "U0COCO"),
        }
        if compare:
            cases = {
                "bare Bolt app": lambda: clients["bare"].slash("mijn", owner),
                "mijn": lambda: clients["woonzorg"].slash("mijn", owner),
                **cases,
            }
        for send in cases.values():  # warm up caches, pools, imports
            measure(send, 10)
        results: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(samples // 10):  # interleaved, so drift hits every case alike
            for name, send in cases.items():
                results[name] += measure(send, 10)
        for server in servers.values():
            server.stop()
        engine.dispose()
        return {name: summary(times) for name, times in results.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--large-samples", type=int, default=60)
    parser.add_argument(
        "--database-url", help="an empty PostgreSQL database (default: temp SQLite)"
    )
    args = parser.parse_args()

    print(f"200 actions / 5,000 updates, {args.samples} requests per case:")
    small = run(200, 5_000, args.samples, args.database_url, compare=True)
    base = small["bare Bolt app"][0]
    for name, (median, p95) in small.items():
        print(
            f"  {name:14} median {median:7.1f} ms  p95 {p95:7.1f} ms"
            f"  ({median / base:.2f}x bare median)"
        )
    print(f"2,000 actions / 50,000 updates, {args.large_samples} requests:")
    large = run(2_000, 50_000, args.large_samples, args.database_url, compare=False)
    for name, (median, p95) in large.items():
        print(f"  {name:14} median {median:7.1f} ms  p95 {p95:7.1f} ms")
    mine_ok = small["mijn"][0] <= 1.5 * base
    overview_ok = small["overzicht"][0] <= 2 * base
    large_ok = large["overzicht"][1] < 1000
    print(
        f"targets: mijn <= 1.5x bare {'OK' if mine_ok else 'MISSED'}, overzicht <= 2x bare "
        f"{'OK' if overview_ok else 'MISSED'}, "
        f"overzicht 2,000 p95 < 1 s {'OK' if large_ok else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
