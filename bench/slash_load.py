"""Load: the 09:00 burst after a reminder, against the bot and a bare Bolt app on the same stack.

    uv run python bench/slash_load.py [--requests 500] [--clients 20] [--rate R] [--profile]
                                      [--database-url URL]

Setup (not timed): a fresh PostgreSQL database (created on 127.0.0.1:5432 and dropped after,
unless ``--database-url`` names an empty one), bench/slash_latency.py's programme (200 actions,
40 owners, 5,000 updates), and one ``tick`` on the morning of the first reminder, which sends
the owners with updates missing a reminder through the fake Slack. Then ``--requests`` signed
requests from ``--clients`` concurrent clients, in a fixed shuffled mix: ``/woonzorg mijn`` by
the owners (40%), ``/woonzorg overzicht`` by the coordinator (10%), "Geen wijziging" on a
reminder (40%: records the stand van zaken again, refreshes the App Home) and "Update" on a
reminder (10%: opens the modal). The bare Bolt app gets the same mix on the same server stack
(waitress, Bolt's WSGI adapter, the signature check): its command listener acks with fixed
text, its action listener acks and responds through the response_url.

Processes: the server under test (the bot or the bare app) runs in this process; the fake Slack
(``slack_process``) and the load generator (bench/load_client.py) each run in a process of
their own, so that neither competes with the server for its GIL. The machine's cores are still
shared by all of them and PostgreSQL.

Two loads. Closed loop (the default, ``--rate 0``): each client sends its next request as soon
as the last one is answered, without pause, so both servers run saturated and the latency is
mostly the queue; it is each request's round trip. Open loop (``--rate R``): requests arrive at
R a second on average (Poisson, seeded), as people pressing buttons after a 09:00 reminder do,
each to the first free client; the latency runs from the arrival, so time queued (for a client
or in the server) counts. 500 requests at 15/s arrive over about 33 s.

Latency is the HTTP round trip of each request (the ack). Errors: an answer other than 200, a
request that failed, an apology (the bot's generic error or "database unavailable" texts) in an
ack or a response_url post, and any error the listeners logged after their ack (counted once
all work after the acks has finished). Per server and run: its process's CPU time per request,
SQL statements and commits per request (SQLAlchemy events) and Slack calls per request; with
``--profile`` also where its threads were (bench/sampler.py). Target (issue 11): the bot's p99
within 1.5x of the bare app's p99 under the same load, with 0 errors.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from multiprocessing.managers import BaseManager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import psycopg  # noqa: E402
from sampler import Sampler  # noqa: E402
from slack_bolt import Ack, App, Respond  # noqa: E402
from slack_sdk import WebClient  # noqa: E402
from slash_latency import NOW, SECRET, seed, serve  # noqa: E402
from sqlalchemy import event  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402

from bot.core import Bot  # noqa: E402
from bot.slack.app import create_app, home_publisher  # noqa: E402
from bot.slack.clients import web_client  # noqa: E402
from bot.slack.directory import SlackDirectory  # noqa: E402
from bot.slack.notifier import SlackNotifier  # noqa: E402
from bot.views.reminders import UPDATE_BUTTON, SlackViews  # noqa: E402
from storage.db import get_engine  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from tests.support.fake_slack import FakeSlack, SignedClient  # noqa: E402
from tests.support.fake_slack.signing import Response  # noqa: E402
from workflows import messages  # noqa: E402
from workflows.reminders import tick  # noqa: E402
from workflows.settings import Settings  # noqa: E402

ADMIN_DSN = "postgresql://postgres@127.0.0.1:5432/postgres"
# The morning of the first reminder for the round's deadline of 15 May 2026 (21 days before).
REMINDER_MORNING = datetime(2026, 4, 24, 7, 0, tzinfo=UTC)
APOLOGIES = (
    messages.BOT_GENERIC_ERROR,
    messages.DATABASE_SILENT,
    messages.DATABASE_UNAVAILABLE,
)
Request = tuple[str, Callable[[SignedClient], Any]]  # (kind, send)
SLACK_METHODS = ("response_url", "views.publish", "views.open", "chat.postMessage", "chat.update")


class ErrorCount(logging.Handler):
    """Counts ERROR records: a listener that failed after its ack logs one."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(f"{record.name}: {record.getMessage()}")


@contextmanager
def postgres(url: str | None) -> Iterator[str]:
    if url:
        yield url
        return
    name = f"woonzorg_load_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(ADMIN_DSN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{ADMIN_DSN.rsplit('/', 1)[0]}/{name}"
    finally:
        with psycopg.connect(ADMIN_DSN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class RemoteSlack:
    """The fake Slack, run in a process of its own (``slack_process``): in the bot's process its
    server threads would compete with the bot for the GIL. What the bench asks of it."""

    def __init__(self) -> None:
        self.fake = FakeSlack()

    def begin(self) -> tuple[str, str]:
        """Start serving; (api_url, bot_token)."""
        self.fake.start()
        return self.fake.api_url, self.fake.bot_token

    def end(self) -> None:
        self.fake.stop()

    def calls_to(self, *methods: str, ok: bool | None = True) -> list[Any]:
        return self.fake.calls_to(*methods, ok=ok)

    def new_response_url(self) -> str:
        return self.fake.new_response_url()

    def new_trigger_id(self) -> str:
        return self.fake.new_trigger_id()


class SlackProcess(BaseManager):
    pass


SlackProcess.register("RemoteSlack", RemoteSlack)


@contextmanager
def slack_process() -> Iterator[Any]:
    """A RemoteSlack (proxy) serving from its own process."""
    with SlackProcess() as manager:
        fake = manager.RemoteSlack()  # type: ignore[attr-defined]
        try:
            yield fake
        finally:
            fake.end()


def reminder_buttons(fake: Any) -> list[tuple[str, dict[str, Any], str]]:
    """(owner, the reminder message, a button's action_id and value) for every button sent."""
    found = []
    for call in fake.calls_to("chat.postMessage"):
        message = {**call.response.get("message", {}), "ts": call.response.get("ts")}
        for block in call.params.get("blocks") or []:
            for element in block.get("elements", []) if block.get("type") == "actions" else []:
                found.append((call.params["channel"], message, element))
    return found


def workload(
    n: int, owners: list[str], buttons: list[tuple[str, dict[str, Any], Any]], rng: random.Random
) -> list[Request]:
    no_change = [b for b in buttons if b[2]["action_id"].startswith("reminder:nochange:")]
    update = [b for b in buttons if b[2]["action_id"].startswith(UPDATE_BUTTON)]

    def press(kind: str, choice: tuple[str, dict[str, Any], Any]) -> Request:
        user, message, element = choice
        return kind, lambda c: c.block_action(
            element["action_id"], element.get("value"), user, message=message, channel_id=user
        )

    mix: list[Request] = []
    for i in range(n):
        kind = i % 10
        if kind < 4:
            owner = owners[i % len(owners)]
            mix.append(("mijn", lambda c, owner=owner: c.slash("mijn", owner)))
        elif kind == 4:
            mix.append(("overzicht", lambda c: c.slash("overzicht", "U0COCO")))
        elif kind < 9:
            mix.append(press("geen wijziging", rng.choice(no_change)))
        else:
            mix.append(press("update", rng.choice(update)))
    rng.shuffle(mix)
    return mix


def bare_app(settings: Settings) -> App:
    app = App(
        client=WebClient(token=settings.slack_bot_token, base_url=settings.slack_api_url),
        signing_secret=SECRET,
        process_before_response=False,
    )

    @app.command("/woonzorg")
    def fixed(ack: Ack) -> None:
        ack(text="Hallo")

    @app.action(re.compile(".*"))
    def pressed(ack: Ack, respond: Respond) -> None:
        ack()
        respond(text="Genoteerd", replace_original=False)

    return app


class Recorder(SignedClient):
    """Builds the requests Slack would send (fresh response URLs and trigger ids from the fake)
    without sending them: the load generator signs and sends them from its own process."""

    def __init__(self, fake: Any) -> None:
        super().__init__("http://unused.invalid/", SECRET, fake)
        self.recorded: tuple[str, str] = ("", "")

    def post(self, body: str, content_type: str, **_kwargs: Any) -> Response:
        self.recorded = (body, content_type)
        return Response(200, "", {}, 0.0)


def prepare(mix: list[Request], recorder: Recorder) -> list[tuple[str, str, str]]:
    prepared = []
    for kind, build in mix:
        build(recorder)
        prepared.append((kind, *recorder.recorded))
    return prepared


def run_load(
    url: str, requests: list[tuple[str, str, str]], clients: int, rate: float, seed: int
) -> tuple[list[tuple[str, float]], int]:
    """Send ``requests`` from ``clients`` clients in a process of their own (bench/load_client.py),
    closed loop or at ``rate`` a second; the latencies (by kind) and the failed answers."""
    job = {
        "url": url,
        "secret": SECRET,
        "clients": clients,
        "rate": rate,
        "seed": seed,
        "apologies": list(APOLOGIES),
        "requests": requests,
    }
    script = Path(__file__).resolve().parent / "load_client.py"
    done = subprocess.run(
        [sys.executable, str(script)], input=json.dumps(job), capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RuntimeError(f"load generator failed: {done.stderr[-2000:]}")
    results = json.loads(done.stdout)["results"]
    notes = [note for _kind, _t, failed, note in results if failed]
    for note in notes[:3]:
        print(f"  failed: {note}", flush=True)
    return [(kind, t) for kind, t, _failed, _note in results], len(notes)


class Costs:
    """What the serving process spent on a run, per request: its CPU time (the fake Slack and
    the load generator run elsewhere), SQL statements and commits (SQLAlchemy events), Slack
    Web API calls (the fake's record), and where its threads were (bench/sampler.py)."""

    THREADS = ("waitress", "slack-listener", "app-home-publisher")

    def __init__(self, engine: Engine, fake: Any) -> None:
        self.engine, self.fake = engine, fake
        self.statements = self.commits = 0
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "commit", self._commit)

    def _statement(self, *_args: Any) -> None:
        self.statements += 1

    def _commit(self, *_args: Any) -> None:
        self.commits += 1

    @contextmanager
    def measure(self, requests: int, sample: bool) -> Iterator[list[str]]:
        lines: list[str] = []
        statements, commits = self.statements, self.commits
        calls = len(self.fake.calls_to(*SLACK_METHODS, ok=None))
        sampler = Sampler(interval=0.01, prefix=self.THREADS).start() if sample else None
        cpu = time.process_time()
        yield lines
        cpu = time.process_time() - cpu
        if sampler is not None:
            sampler.stop()
        made = Counter(c.method for c in self.fake.calls_to(*SLACK_METHODS, ok=None)[calls:])
        per = ", ".join(f"{m} {n / requests:.2f}" for m, n in sorted(made.items()))
        lines.append(
            f"per request: {cpu / requests * 1000:.1f} ms CPU in the serving process, "
            f"{(self.statements - statements) / requests:.1f} SQL statements, "
            f"{(self.commits - commits) / requests:.2f} commits; Slack calls: {per or 'none'}"
        )
        if sampler is not None:
            lines += ["where its threads were:"] + [f"  {line}" for line in sampler.summary(10)]


def percentiles(times: list[float]) -> tuple[float, float, float]:
    cuts = statistics.quantiles(times, n=100, method="inclusive")
    return statistics.median(times) * 1000, cuts[94] * 1000, cuts[98] * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument(
        "--rate",
        type=float,
        default=0,
        help="open loop: requests arrive at this many a second (Poisson); 0: closed loop",
    )
    parser.add_argument("--database-url", help="an empty PostgreSQL database (default: a new one)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--profile", action="store_true", help="also sample where the serving threads were"
    )
    args = parser.parse_args()
    errors = ErrorCount()
    logging.getLogger().addHandler(errors)
    logging.getLogger().setLevel(logging.WARNING)

    # The fake Slack first: its process is forked before this one starts any thread.
    with slack_process() as fake, postgres(args.database_url) as url, tempfile.TemporaryDirectory():
        api_url, bot_token = fake.begin()
        engine = get_engine(url)
        upgrade(engine)
        owner = seed(engine, 200, 5_000)
        owners = [f"U{i:08d}" for i in range(40)]
        assert owner in owners
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            DATABASE_URL=url,
            SLACK_BOT_TOKEN=bot_token,
            SLACK_SIGNING_SECRET=SECRET,
            SLACK_API_URL=api_url,
            WOONZORG_COORDINATORS="U0COCO",
            WOONZORG_MESSAGES_PER_SECOND=50,
        )
        notifier = SlackNotifier.from_settings(settings)
        sent = tick(settings, engine, notifier, REMINDER_MORNING, views=SlackViews())
        buttons = reminder_buttons(fake)
        mode = (
            f"open loop, {args.rate:g} requests/s (Poisson)"
            if args.rate > 0
            else "closed loop (no pause)"
        )
        print(
            f"PostgreSQL; {len(sent.sent)} reminders sent, {len(buttons)} buttons; "
            f"{args.requests} requests from {args.clients} clients, {mode}; "
            f"load average {os.getloadavg()[0]:.1f}",
            flush=True,
        )
        core = Bot(settings, engine, notifier, SlackDirectory(web_client(settings)), lambda: NOW)
        homes = home_publisher(settings, core)
        apps = {
            "bare Bolt app": bare_app(settings),
            "woonzorg-bot": create_app(settings, core, publisher=homes),
        }
        recorder = Recorder(fake)
        costs = Costs(engine, fake)
        results = {}
        for name, app in apps.items():
            server = serve(app)
            url_of_app = f"http://127.0.0.1:{server.port}/slack/events"
            rng = random.Random(args.seed)
            warm_up = prepare(workload(20, owners, buttons, rng), recorder)
            requests = prepare(workload(args.requests, owners, buttons, rng), recorder)
            run_load(url_of_app, warm_up, args.clients, 0, args.seed)
            homes.wait_idle(120)
            before = len(errors.records)
            posts_before = len(fake.calls_to("response_url", ok=None))
            with costs.measure(len(requests), args.profile) as spent:
                latencies, failures = run_load(
                    url_of_app, requests, args.clients, args.rate, args.seed
                )
                server.stop()
                app.listener_runner.listener_executor.shutdown(wait=True)  # work after the acks
                homes.wait_idle(120)  # and the App Homes they asked for
            posted = fake.calls_to("response_url", ok=None)[posts_before:]
            apologies = sum(any(a in str(c.params) for a in APOLOGIES) for c in posted)
            logged = len(errors.records) - before
            results[name] = (percentiles([t for _, t in latencies]), failures + apologies + logged)
            p50, p95, p99 = results[name][0]
            print(
                f"  {name:14} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  p99 {p99:7.1f} ms  "
                f"errors {failures + apologies + logged} (answers {failures}, "
                f"apologies {apologies}, logged after the ack {logged}); "
                f"load average {os.getloadavg()[0]:.1f}",
                flush=True,
            )
            for kind in sorted({k for k, _ in latencies}):
                p50, p95, p99 = percentiles([t for k, t in latencies if k == kind])
                print(f"    {kind:16} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  p99 {p99:7.1f} ms")
            for line in spent:
                print(f"    {line}")
        for record in errors.records[:5]:
            print(f"  logged: {record}")
        bare_p99 = results["bare Bolt app"][0][2]
        bot_p99, bot_errors = results["woonzorg-bot"][0][2], results["woonzorg-bot"][1]
        met = bot_p99 <= 1.5 * bare_p99 and bot_errors == 0
        print(
            f"bot p99 / bare p99: {bot_p99 / bare_p99:.2f}x (target <= 1.5x, 0 errors): "
            f"{'met' if met else 'MISSED'}; load average {os.getloadavg()[0]:.1f}"
        )
        engine.dispose()
        return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
