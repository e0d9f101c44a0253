"""The shared rate limiter, on a fake clock: who waits, how long, and that a 429 holds back
every sender of the method."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator

import pytest

from bot.slack import ratelimit
from bot.slack.clients import web_client
from bot.slack.notifier import SlackNotifier
from bot.slack.ratelimit import RateLimiter
from tests.support.fake_slack import FakeSlack
from workflows.ports.notify import FateUnknown
from workflows.settings import Settings


class FakeClock:
    """``sleep`` moves the time on at once; thread-safe, so several senders can share it."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def granted(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The moment of every message the limiter let through (the workspace-wide spacing)."""
    times: list[float] = []
    take = ratelimit.Spacing.take

    def recording_take(self: ratelimit.Spacing, now: float) -> None:
        times.append(now)
        take(self, now)

    monkeypatch.setattr(ratelimit.Spacing, "take", recording_take)
    return times


def limiter(clock: FakeClock, per_second: float = 20) -> RateLimiter:
    return RateLimiter(messages_per_second=per_second, clock=clock, sleep=clock.sleep)


def test_messages_go_out_in_a_burst_then_evenly_spaced_a_little_under_the_rate(
    clock: FakeClock, granted: list[float]
) -> None:
    limit = limiter(clock, per_second=20)  # a burst of 19 (0.95 s worth), then 1.01 / 20 apart
    for i in range(22):
        limit.acquire("chat.postMessage", f"U{i}")
    assert granted[:19] == [0.0] * 19
    assert granted[19:] == pytest.approx([0.0505, 0.101, 0.1515])


def test_a_sender_that_wakes_late_does_not_push_the_rest_back(
    clock: FakeClock, granted: list[float]
) -> None:
    limit = limiter(clock, per_second=1)  # a burst of one: half an interval's tolerance
    limit.acquire("chat.postMessage", "U1")
    clock.now = 0.6  # allowed from 0.505 (due at 1.01): a sender woke 95 ms late
    limit.acquire("chat.postMessage", "U2")
    limit.acquire("chat.postMessage", "U3")
    assert granted == pytest.approx([0.0, 0.6, 1.515])  # the third keeps its time


def refused_by_bucket(arrivals: list[float], rate: float = 20, holds: float = 20) -> list[float]:
    """Slack's side, as the fan-out bench models it: a bucket refilled at ``rate`` a second
    that holds ``holds``; the moments it would refuse (a refused call takes no token)."""
    tokens, last, refused = holds, 0.0, []
    for moment in sorted(arrivals):
        tokens = min(holds, tokens + (moment - last) * rate)
        last = moment
        if tokens < 1.0:
            refused.append(moment)
        else:
            tokens -= 1.0
    return refused


def test_many_senders_keep_within_a_bucket_of_the_rate(
    clock: FakeClock, granted: list[float]
) -> None:
    """The limiter's stream, with a 429 pause in the middle, passes a bucket of one second's
    worth without a refusal; also when the requests' travel times differ by up to 50 ms (the
    burst's headroom), but not when they differ by a quarter of a second."""
    limit = limiter(clock, per_second=20)

    def senders(count: int) -> None:
        def sender(n: int) -> None:
            for i in range(count):
                limit.acquire("chat.postMessage", f"U{n}-{i}")

        threads = [threading.Thread(target=sender, args=(n,)) for n in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    senders(25)
    limit.pause("chat.postMessage", 1)
    senders(10)
    assert len(granted) == 280
    assert refused_by_bucket(granted) == []
    rng = random.Random(7)
    assert refused_by_bucket([t + rng.uniform(0, 0.05) for t in granted]) == []
    # The worst case of travel times that differ by d: the first burst's requests take d
    # longer than the next ones, so that they all arrive together at d.
    assert refused_by_bucket([max(t, 0.05) for t in granted]) == []
    late = refused_by_bucket([max(t, 0.25) for t in granted])
    assert late[:3] == [0.25] * 3  # 19 + 4 arrive at once, a bucket holds 20


def test_time_held_back_by_a_429_is_made_up_after_it(
    clock: FakeClock, granted: list[float]
) -> None:
    limit = limiter(clock, per_second=20)
    for i in range(40):  # the first burst and a steady stream
        limit.acquire("chat.postMessage", f"U{i}")
    before = clock.now
    limit.pause("chat.postMessage", 1)
    for i in range(40):
        limit.acquire("chat.postMessage", f"V{i}")
    after_pause = [t for t in granted if t > before]
    assert after_pause[0] == pytest.approx(before + 1)
    assert after_pause[:19] == pytest.approx([after_pause[0]] * 19)  # filled while paused
    assert after_pause[19] > after_pause[0]
    # 40 messages 1 s + 21 intervals after the pause began, against 1 s + 40 without a burst;
    # the pause cost 1 s - 19 intervals: 0.04 s
    assert clock.now == pytest.approx(before + 1 + 21 * 1.01 / 20)


def test_one_channel_gets_a_short_burst_then_one_message_a_second(clock: FakeClock) -> None:
    limit = limiter(clock, per_second=1000)
    for _ in range(3):
        limit.acquire("chat.postMessage", "C0DIGEST")
    assert clock.now < 0.01
    limit.acquire("chat.postMessage", "C0DIGEST")
    assert clock.now == pytest.approx(3.0)


def test_other_methods_follow_their_tier_per_minute(clock: FakeClock) -> None:
    limit = limiter(clock)
    for _ in range(50):  # chat.update: Tier 3, 50 a minute, a burst allowed
        limit.acquire("chat.update", "D1")
    assert clock.now == 0.0
    limit.acquire("chat.update", "D1")
    assert clock.now == pytest.approx(60.0)
    limit.acquire("views.publish")  # its own window (Tier 4)
    limit.acquire("auth.test")  # a method without a tier here is not held back
    assert clock.now == pytest.approx(60.0)


def test_a_429_holds_back_every_sender_of_that_method(clock: FakeClock) -> None:
    limit = limiter(clock)
    limit.acquire("chat.postMessage", "U1")
    limit.pause("chat.postMessage", 2)
    limit.acquire("conversations.open")  # another method goes on
    assert clock.now == 0.0
    limit.acquire("chat.postMessage", "U2")  # any sender, not only the refused one
    assert clock.now == pytest.approx(2.0)
    limit.pause("chat.postMessage", 1)
    limit.pause("chat.postMessage", 0.5)  # a shorter pause does not cut the longer one short
    limit.acquire("chat.postMessage", "U3")
    assert clock.now == pytest.approx(3.0)


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack() as slack:
        yield slack


class CountingLimiter(RateLimiter):
    def __init__(self, clock: FakeClock) -> None:
        super().__init__(messages_per_second=20, clock=clock, sleep=clock.sleep)
        self.acquired: list[str] = []

    def acquire(self, method: str, channel: str | None = None) -> None:
        self.acquired.append(f"{method} {channel}")
        super().acquire(method, channel)


def test_every_attempt_takes_a_token_once_retries_included(
    fake: FakeSlack, clock: FakeClock
) -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, SLACK_BOT_TOKEN=fake.bot_token, SLACK_API_URL=fake.api_url
    )
    limit = CountingLimiter(clock)
    client = web_client(settings, background=True, backoff_factor=0.01, limiter=limit)
    fake.fail("chat.postMessage", status=503)
    fake.fail("conversations.open", status=429, retry_after=1)
    notifier = SlackNotifier(client)
    ts = notifier.send_dm("U0ANNA", "Herinnering")
    assert ts
    notifier.update_message("U0ANNA", ts, "Bijgewerkt")
    assert limit.acquired == [
        "chat.postMessage U0ANNA",  # refused with 503
        "chat.postMessage U0ANNA",  # slack_sdk's backoff, then its token
        "conversations.open None",  # refused with 429: the pause
        "conversations.open None",
        "chat.update D0ANNA",  # the channel is read from the JSON body
    ]


def test_the_notifier_retries_a_dropped_connection_only_before_it_was_sent(
    fake: FakeSlack,
) -> None:
    """A connection dropped after the request went out may have posted it: never sent again
    blindly (the claim is looked for in Slack by a later tick). The retry handlers must be
    slack_sdk's own for unsent_only to narrow them (a wrapper around them once hid that)."""
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, SLACK_BOT_TOKEN=fake.bot_token, SLACK_API_URL=fake.api_url
    )
    notifier = SlackNotifier.from_settings(settings)
    assert notifier.limiter is notifier.client.limiter  # type: ignore[attr-defined]
    fake.drop("chat.postMessage")
    with pytest.raises(FateUnknown):
        notifier.send_dm("U0ANNA", "Herinnering", key="r:1")
    assert len(fake.calls_to("chat.postMessage", ok=None)) <= 1


def test_the_client_waits_out_retry_after_through_the_limiter(
    fake: FakeSlack, clock: FakeClock
) -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, SLACK_BOT_TOKEN=fake.bot_token, SLACK_API_URL=fake.api_url
    )
    limit = limiter(clock)
    notifier = SlackNotifier(web_client(settings, background=True, limiter=limit))
    fake.fail("chat.postMessage", status=429, retry_after=2)
    assert notifier.post_channel("C0DIGEST", "Weekoverzicht")
    assert [c.status for c in fake.calls_to("chat.postMessage", ok=None)] == [429, 200]
    assert clock.sleeps == [pytest.approx(2.0)]  # the pause, not slack_sdk's own sleep
