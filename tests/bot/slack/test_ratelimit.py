"""The shared rate limiter, on a fake clock: who waits, how long, and that a 429 holds back
every sender of the method."""

from __future__ import annotations

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
    limit = limiter(clock, per_second=20)  # a burst of 18 (0.9 s worth), then 1.05 / 20 apart
    for i in range(21):
        limit.acquire("chat.postMessage", f"U{i}")
    assert granted[:18] == [0.0] * 18
    assert granted[18:] == pytest.approx([0.0525, 0.105, 0.1575])


def test_a_sender_that_wakes_late_does_not_push_the_rest_back(
    clock: FakeClock, granted: list[float]
) -> None:
    limit = limiter(clock, per_second=1)  # a burst of one: half an interval's tolerance
    limit.acquire("chat.postMessage", "U1")
    clock.now = 0.6  # allowed from 0.525 (due at 1.05): a sender woke 75 ms late
    limit.acquire("chat.postMessage", "U2")
    limit.acquire("chat.postMessage", "U3")
    assert granted == pytest.approx([0.0, 0.6, 1.575])  # the third keeps its time


def test_many_senders_keep_within_a_bucket_of_the_rate(
    clock: FakeClock, granted: list[float]
) -> None:
    """Slack's side, as the fan-out bench models it: a bucket refilled at 20 a second that
    holds 20. The limiter's stream must pass it without a refusal."""
    limit = limiter(clock, per_second=20)

    def sender(n: int) -> None:
        for i in range(25):
            limit.acquire("chat.postMessage", f"U{n}-{i}")

    threads = [threading.Thread(target=sender, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(granted) == 200
    tokens, last = 20.0, 0.0
    for moment in sorted(granted):
        tokens = min(20.0, tokens + (moment - last) * 20)
        last = moment
        assert tokens >= 1.0, f"refused at {moment:.3f}"
        tokens -= 1.0


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
    assert after_pause[:18] == pytest.approx([after_pause[0]] * 18)  # filled while paused
    # 40 messages 1 s + 22 intervals after the pause began, against 1 s + 40 without a burst
    assert clock.now == pytest.approx(before + 1 + 22 * 1.05 / 20)


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
