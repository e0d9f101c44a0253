"""One rate limiter for every sender of a notifier: Slack's limits are per workspace, so the
threads of a reminder fan-out share one budget instead of each finding the limit by a 429.

Slack's documented limits (https://docs.slack.dev/apis/web-api/rate-limits): each Web API
method has a tier, counted per app per workspace per minute: Tier 2 allows 20 calls a minute,
Tier 3 50, Tier 4 100, with bursts. chat.postMessage has a special tier: about one message per
second per channel ("short bursts >1 allowed") and a workspace-wide limit Slack does not put a
number on (Slack's Java SDK: "several hundred messages per minute"), so that one is a setting.
Beyond a limit Slack answers 429 with Retry-After (seconds); the limiter then holds back every
sender of that method until the time has passed, not only the one that was refused.

What Slack counts: "your app's requests to the Web API are evaluated per method, per
workspace", so every request is charged, also one answered 429 or 5xx: the limiter takes a
token for every HTTP attempt, the first and each retry (bot/slack/clients.py). (The fake
Slack's bucket charges only the calls it accepts; the limiter does not lean on that.)

Each limit is a sliding window, "at most N calls in any W seconds", the way Slack counts: a
burst of N may go at once, after which calls go out as earlier ones leave the window. The
workspace-wide message limit is a token bucket instead (``Spacing``): messages go out evenly
spaced a hair under the rate, and time in which none could go (a 429 pause, a quiet spell)
fills the bucket up to a burst of ``MESSAGE_BURST_SECONDS`` worth, which may then go at once.
So a pause after a 429 costs the fan-out little: Slack counts its limits over a minute and
tolerates short bursts, and the messages held back go out right after it. A pause of P seconds
costs P minus the burst's worth: 1 s - 19 x 1.01 / 20 = 0.04 s at 20 a second.

Why the stream passes a bucket of one second's worth on Slack's side: the limiter lets through
at most ``burst + t x rate / MESSAGE_WINDOW`` messages in any t seconds. Requests that travel
for different times (d seconds more for some than for others) arrive bunched by at most
``d x rate`` more, so the burst is kept ``1 - MESSAGE_BURST_SECONDS`` (50 ms) short of a
second's worth: that headroom, not the spacing, absorbs the travel time's variation
(milliseconds on loopback, tens of them on the internet). The spacing's 1% is a margin on
top of that (the two clocks' rates, rounding); the argument above needs none.

A limiter is a plain object: make one per workspace (each has its own limits).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

MESSAGE_METHODS = frozenset({"chat.postMessage"})

# Calls per minute by tier, and the tier of each method the bot calls in the background.
TIER_PER_MINUTE = {2: 20, 3: 50, 4: 100}
METHOD_TIERS = {
    "chat.update": 3,
    "conversations.open": 3,
    "conversations.history": 3,
    "users.lookupByEmail": 3,
    "users.info": 4,
    "views.publish": 4,
    "files.getUploadURLExternal": 4,
    "files.completeUploadExternal": 4,
}

# chat.postMessage per channel: one a second on average, three at once at most.
CHANNEL_BURST = 3
CHANNEL_WINDOW = 3.0
# Workspace-wide messages are spaced 1% wider than the rate: a margin on top of the burst's
# headroom below, which is what absorbs the requests' travel times (the module's docstring).
MESSAGE_WINDOW = 1.01
# The workspace-wide bucket holds this many seconds' worth of messages (at least one): what may
# go at once after a pause. 50 ms short of a second's worth: the headroom for requests whose
# travel times differ, within a bucket of one second's worth on Slack's side.
MESSAGE_BURST_SECONDS = 0.95
# Channels remembered for their per-channel window before the oldest are forgotten.
MAX_CHANNELS = 4096


@dataclass(frozen=True)
class Limit:
    """At most ``calls`` in any ``window`` seconds."""

    calls: int
    window: float


class Window:
    """The times of the last calls under one limit; not thread-safe (the limiter locks)."""

    def __init__(self, limit: Limit) -> None:
        self.limit = limit
        self.times: deque[float] = deque()

    def wait(self, now: float) -> float:
        """Seconds until one more call fits in the window (0: it fits now)."""
        # The same sum as the wait below, so that a call is either out of the window or
        # waited for, whatever the floating-point rounding.
        while self.times and self.times[0] + self.limit.window <= now:
            self.times.popleft()
        if len(self.times) < self.limit.calls:
            return 0.0
        return self.times[0] + self.limit.window - now

    def take(self, now: float) -> None:
        self.times.append(now)


class Spacing:
    """A token bucket in its GCRA ("virtual scheduling") form: each call is due ``interval``
    after the previous one was due, and may go up to ``tolerance`` early. The tolerance is
    ``burst - 1`` intervals, so after a pause up to ``burst`` calls go at once before the rhythm
    resumes; and at least half an interval, so a sender that wakes a few milliseconds late (a
    busy machine) does not push every later call back. Not thread-safe (the limiter locks)."""

    def __init__(self, interval: float, burst: int = 1) -> None:
        self.interval = interval
        self.tolerance = max(interval / 2, (burst - 1) * interval)
        self.due = float("-inf")

    def wait(self, now: float) -> float:
        return max(0.0, self.due - self.tolerance - now)

    def take(self, now: float) -> None:
        self.due = max(self.due, now) + self.interval


class RateLimiter:
    """Thread-safe: ``acquire`` before each call blocks until the call is within every limit
    that applies and no 429 pause is in force; ``pause`` after a 429 holds back every sender of
    that method. ``clock`` and ``sleep`` are injectable for tests."""

    def __init__(
        self,
        *,
        messages_per_second: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.clock = clock
        self.sleep = sleep
        # Workspace-wide messages go out evenly spaced; the bucket fills while none can go.
        # (+1e-9: 20 x 0.95 is 19 on paper, and must not round down to 18)
        self.burst = max(1, int(messages_per_second * MESSAGE_BURST_SECONDS + 1e-9))
        self._messages = Spacing(MESSAGE_WINDOW / messages_per_second, self.burst)
        self._channels: dict[str, Window] = {}
        self._methods: dict[str, Window] = {}
        self._paused_until: dict[str, float] = {}
        self._lock = threading.Lock()

    def _windows(self, method: str, channel: str | None) -> list[Window | Spacing]:
        if method in MESSAGE_METHODS:
            windows: list[Window | Spacing] = [self._messages]
            if channel:
                windows.append(self._channel(channel))
            return windows
        tier = METHOD_TIERS.get(method)
        if tier is None:
            return []
        window = self._methods.get(method)
        if window is None:
            window = self._methods[method] = Window(Limit(TIER_PER_MINUTE[tier], 60.0))
        return [window]

    def _channel(self, channel: str) -> Window:
        window = self._channels.pop(channel, None)
        if window is None:
            window = Window(Limit(CHANNEL_BURST, CHANNEL_WINDOW))
            if len(self._channels) >= MAX_CHANNELS:
                del self._channels[next(iter(self._channels))]  # the least recently used
        self._channels[channel] = window  # (re)inserted last: the dict is in order of use
        return window

    def acquire(self, method: str, channel: str | None = None) -> None:
        """Wait until ``method`` (to ``channel``, for messages) may be called, and count it."""
        while True:
            with self._lock:
                now = self.clock()
                windows = self._windows(method, channel)
                wait = max(
                    [self._paused_until.get(method, 0.0) - now, *(w.wait(now) for w in windows)]
                )
                if wait <= 0:
                    for window in windows:
                        window.take(now)
                    return
            self.sleep(wait)

    def pause(self, method: str, seconds: float) -> None:
        """Slack refused ``method`` with 429: no sender calls it for ``seconds`` from now."""
        with self._lock:
            until = self.clock() + max(0.0, seconds)
            self._paused_until[method] = max(self._paused_until.get(method, 0.0), until)
