"""Benchmark: remind 1,000 owners against a fake Slack that allows 20 messages per second
workspace-wide and answers some calls with random 429s and 503s.

    uv run python bench/reminder_fanout.py [--owners 1000] [--rate 20] [--p429 0.02]
                                           [--p503 0.02] [--senders N] [--seed 1]
                                           [--pause all|sender] [--fake-limit bucket|window]

The fake's workspace limit is a token bucket refilled at 20 a second holding one second's
worth (Slack counts its limits per minute and tolerates short bursts); ``--fake-limit
window`` makes it "at most 20 in any one second" instead. One ``tick`` (the same code as
``woonzorg tick`` and the scheduler) with the real Slack notifier (its shared rate limiter set
to the fake's rate, WOONZORG_MESSAGES_PER_SECOND; a 429 holds back every sender for
Retry-After; slack_sdk's backoff for 5xx) against
``tests.support.fake_slack`` on 127.0.0.1. The database is a temporary SQLite file (migrated, 1,000
owners with one open action each, an open round); setting it up is not timed. Checked after
the run: every owner got exactly one accepted chat.postMessage, and every claim is marked sent.
Target (issue 11): within 1.1x of the owners / rate seconds the limit allows (50 s for 1,000),
at most 3% of calls refused with a 429 beyond the injected ones.
If the single tick leaves transient failures, further ticks are run (as the scheduler would,
five minutes apart) and their time is counted too.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler  # noqa: E402
from sqlmodel import Session, select  # noqa: E402

from bot.slack.notifier import SlackNotifier  # noqa: E402
from bot.slack.ratelimit import MESSAGE_WINDOW, RateLimiter  # noqa: E402
from bot.views.reminders import SlackViews  # noqa: E402
from storage.db import get_engine  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from storage.models import Notification  # noqa: E402
from tests.support.factories import owners_with_round  # noqa: E402
from tests.support.fake_slack import FakeSlack  # noqa: E402
from workflows.reminders.tick import tick  # noqa: E402
from workflows.settings import Settings  # noqa: E402

NOW = datetime(2027, 4, 28, 7, 0, tzinfo=UTC)  # the first reminder of a 18 May 2027 deadline


def count_refusals(fake: FakeSlack, p429: float) -> Counter[str]:
    """Tell the fake's random 429s (injected) from its rate-limit 429s (earned): a 429 is
    injected when this call's random roll fell under ``p429``."""
    faults = fake.faults
    decide, lock, seen = faults.decide, threading.Lock(), Counter[str]()
    rng = faults._random
    assert rng is not None
    roll, rolls = rng.random, [1.0]

    def recording_roll() -> float:
        rolls[0] = roll()
        return rolls[0]

    def counting(method: str):  # type: ignore[no-untyped-def]
        with lock:
            rolls[0] = 1.0
            fault = decide(method)
            if fault is not None and fault.status == 429:
                seen["injected 429" if rolls[0] < p429 else "earned 429"] += 1
            return fault

    rng.random = recording_roll  # type: ignore[method-assign]
    faults.decide = counting  # type: ignore[method-assign]
    return seen


def trace_limiter(limiter: RateLimiter) -> dict[str, float]:
    """Where the limiter's time went: whenever a message's token is taken later than the
    limiter's schedule allowed (its bucket was full, so that time is lost for good), the delay
    is counted against the 429 pause that had just ended, or else against the senders (none
    was ready to send: the machine, the database, the other work of a send)."""
    spacing, paused = limiter._messages, limiter._paused_until  # noqa: SLF001
    take, lost = spacing.take, {"after a pause": 0.0, "no sender ready": 0.0, "pauses": 0.0}
    ends: set[float] = set()

    def tracing_take(now: float) -> None:
        lost.setdefault("first", now)
        lost["last"] = now
        if spacing.due != float("-inf") and now > spacing.due:
            end = paused.get("chat.postMessage", 0.0)
            after_pause = 0 <= now - end < 0.05 and end not in ends
            if after_pause:
                ends.add(end)
            lost["after a pause" if after_pause else "no sender ready"] += now - spacing.due
        take(now)

    spacing.take = tracing_take  # type: ignore[method-assign]
    pause = limiter.pause

    def counting_pause(method: str, seconds: float) -> None:
        lost["pauses"] += 1
        pause(method, seconds)

    limiter.pause = counting_pause  # type: ignore[method-assign]
    return lost


def shared_pause_off(notifier: SlackNotifier) -> None:
    """``--pause sender``: for comparison, a 429 puts only the refused sender to sleep
    (slack_sdk's own handler), though every call and retry still takes a token."""
    notifier.client.retry_handlers = [
        RateLimitErrorRetryHandler(max_retry_count=20),
        *notifier.client.retry_handlers[1:],
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--owners", type=int, default=1000)
    parser.add_argument("--rate", type=int, default=20)
    parser.add_argument("--p429", type=float, default=0.02)
    parser.add_argument("--p503", type=float, default=0.02)
    parser.add_argument("--senders", type=int, default=None)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pause", choices=["all", "sender"], default="all")
    parser.add_argument(
        "--fake-limit",
        choices=["bucket", "window"],
        default="bucket",
        help="the fake's workspace limit: a token bucket holding one second's worth (default), "
        "or at most RATE in any one second (no burst at all)",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp, FakeSlack() as fake:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        engine = get_engine(url)
        upgrade(engine)
        owners_with_round(engine, args.owners, name="Bench")
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            DATABASE_URL=url,
            SLACK_BOT_TOKEN=fake.bot_token,
            SLACK_API_URL=fake.api_url,
            WOONZORG_MESSAGES_PER_SECOND=args.rate,
        )
        fake.rate_limit(args.rate, burst=args.rate if args.fake_limit == "bucket" else None)
        fake.random_faults(p429=args.p429, p503=args.p503, seed=args.seed)
        reasons = count_refusals(fake, args.p429)
        notifier = SlackNotifier.from_settings(settings)
        assert notifier.limiter is not None
        lost = trace_limiter(notifier.limiter)
        if args.pause == "sender":
            shared_pause_off(notifier)
        extra = {"senders": args.senders} if args.senders else {}
        started, began = time.perf_counter(), time.monotonic()
        moment, ticks, retried = NOW, 0, 0
        while True:
            report = tick(settings, engine, notifier, moment, views=SlackViews(), **extra)
            ticks += 1
            retried += len(report.failed)
            if not report.failed or ticks >= 5:
                break
            moment += timedelta(minutes=5)
        elapsed, ended = time.perf_counter() - started, time.monotonic()

        accepted = Counter(c.params["channel"] for c in fake.calls_to("chat.postMessage"))
        refused = Counter(c.status for c in fake.calls_to("chat.postMessage", ok=False))
        with Session(engine) as session:
            rows = session.exec(select(Notification)).all()
        errors = Counter(r.last_error for r in rows if r.last_error)
        once = len(accepted) == args.owners and set(accepted.values()) == {1}
        all_marked = len(rows) == args.owners and all(r.sent_at for r in rows)
        ideal = args.owners / args.rate
        print(
            f"owners {args.owners}, limit {args.rate}/s, p429 {args.p429}, p503 {args.p503}, "
            f"a 429 pauses: {args.pause}; fake's limit: {args.fake_limit}"
        )
        calls = len(fake.calls_to("chat.postMessage", ok=None))
        print(
            f"ticks: {ticks} ({retried} sends left to a later tick); elapsed {elapsed:.1f} s; "
            f"ideal {ideal:.1f} s; ratio {elapsed / ideal:.2f} (target <= 1.10)"
        )
        earned = reasons["earned 429"]
        print(
            f"chat.postMessage calls {calls}: {reasons['injected 429']} injected 429, "
            f"{earned} rate-limit 429 ({earned / calls:.1%} of calls, target <= 3%)"
        )
        print(
            f"accepted posts {sum(accepted.values())} to {len(accepted)} owners; "
            f"refused: {dict(refused)}"
        )
        print(
            f"limiter's floor {calls} x {MESSAGE_WINDOW} / {args.rate} = "
            f"{calls * MESSAGE_WINDOW / args.rate:.1f} s; time its bucket was full and unused: "
            f"{lost['after a pause']:.1f} s after {lost['pauses']:.0f} pauses, "
            f"{lost['no sender ready']:.1f} s with no sender ready; before the first message "
            f"{lost['first'] - began:.1f} s (planning, claims), after the last "
            f"{ended - lost['last']:.1f} s"
        )
        burst = notifier.limiter.burst
        behind = (
            elapsed
            - (lost["first"] - began)
            - (calls - burst) * MESSAGE_WINDOW / args.rate
            - lost["after a pause"]
            - lost["no sender ready"]
            - (ended - lost["last"])
        )
        print(
            f"the rest, {behind:.1f} s: senders behind the limiter's schedule with its bucket "
            f"partly full (the first burst of {burst} went out as the senders got to it)"
        )
        print(f"errors recorded on claims: {dict(errors)}")
        print(f"every owner exactly once: {once}; every claim marked sent: {all_marked}")
        return 0 if once and all_marked else 1


if __name__ == "__main__":
    sys.exit(main())
