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


def test_messages_go_out_evenly_spaced_a_little_under_the_rate(
    clock: FakeClock, granted: list[float]
) -> None:
    limit = limiter(clock, per_second=20)
    for i in range(5):
        limit.acquire("chat.postMessage", f"U{i}")
    # 1.05 / 20 s apart; the second may go half an interval early, then the rhythm holds
    assert granted == pytest.approx([0.0, 0.02625, 0.07875, 0.13125, 0.18375])


def test_a_sender_that_wakes_late_does_not_push_the_rest_back(
    clock: FakeClock, granted: list[float]
) -> None:
    limit = limiter(clock, per_second=20)
    limit.acquire("chat.postMessage", "U1")
    clock.now = 0.04  # allowed from 0.02625 (due at 0.0525): a sender woke 14 ms late
    limit.acquire("chat.postMessage", "U2")
    limit.acquire("chat.postMessage", "U3")
    assert granted == pytest.approx([0.0, 0.04, 0.07875])  # the third keeps its time


def test_many_senders_never_exceed_the_rate_in_any_second(
    clock: FakeClock, granted: list[float]
) -> None:
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
    times = sorted(granted)
    assert all(later - earlier >= 1.0 for earlier, later in zip(times, times[20:], strict=False))


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
