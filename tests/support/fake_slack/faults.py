"""Fault injection for the fake Slack: queued answers, a workspace rate limit, random 429/503."""

from __future__ import annotations

import random
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any

# Slack's rate limits that matter to a bot sending many messages are per workspace on these.
MESSAGE_METHODS = frozenset({"chat.postMessage", "chat.postEphemeral", "chat.update"})


@dataclass(frozen=True)
class Fault:
    """One canned answer: an HTTP status, an error code, an optional Retry-After (seconds); or
    ``drop``: close the connection without answering (a proxy or load balancer dropping it)."""

    status: int = 200
    error: str | None = None
    retry_after: int | None = None
    drop: bool = False

    def body(self) -> dict[str, Any]:
        if self.status == 429:
            return {"ok": False, "error": self.error or "ratelimited"}
        if self.status >= 500:
            return {"ok": False, "error": self.error or "service_unavailable"}
        return {"ok": False, "error": self.error or "fatal_error"}


class Faults:
    """Decides, per call, whether the fake answers with a fault instead of doing the work."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queued: dict[str, deque[Fault]] = {}
        self._rate: int | None = None
        self._window: deque[float] = deque()
        self._burst: int | None = None
        self._tokens = 0.0
        self._filled_at = 0.0
        self._random: random.Random | None = None
        self._p429 = 0.0
        self._p503 = 0.0
        self._random_methods: frozenset[str] = MESSAGE_METHODS
        self._slow: dict[str, tuple[float, int, bool]] = {}
        self._counts: dict[str, int] = {}

    def queue(self, method: str, fault: Fault, times: int = 1) -> None:
        with self._lock:
            self._queued.setdefault(method, deque()).extend([fault] * times)

    def rate_limit(self, per_second: int | None, *, burst: int | None = None) -> None:
        with self._lock:
            self._rate = per_second
            self._window.clear()
            self._burst = burst
            self._tokens = float(burst or 0)
            self._filled_at = time.monotonic()

    def random_faults(
        self,
        *,
        p429: float = 0.0,
        p503: float = 0.0,
        seed: int = 0,
        methods: frozenset[str] = MESSAGE_METHODS,
    ) -> None:
        with self._lock:
            self._random = random.Random(seed) if (p429 or p503) else None
            self._p429, self._p503, self._random_methods = p429, p503, methods

    def slow(self, method: str, seconds: float, *, every: int = 1, before: bool = False) -> None:
        with self._lock:
            self._slow[method] = (seconds, every, before)
            self._counts[method] = 0

    def delay(self, method: str) -> tuple[float, bool]:
        """How long to hold this call's answer, and whether before doing its work."""
        with self._lock:
            if method not in self._slow:
                return 0.0, False
            seconds, every, before = self._slow[method]
            self._counts[method] += 1
            return (seconds if self._counts[method] % every == 0 else 0.0), before

    def clear(self) -> None:
        with self._lock:
            self._slow.clear()
            self._queued.clear()
            self._rate = None
            self._window.clear()
            self._random = None

    def pending(self, method: str) -> int:
        with self._lock:
            return len(self._queued.get(method, ()))

    def decide(self, method: str) -> Fault | None:
        """The fault for this call, or None to serve it normally. Queued faults come first."""
        with self._lock:
            queued = self._queued.get(method)
            if queued:
                return queued.popleft()
            if self._random is not None and method in self._random_methods:
                roll = self._random.random()
                if roll < self._p429:
                    return Fault(status=429, retry_after=1)
                if roll < self._p429 + self._p503:
                    return Fault(status=503)
            if self._rate is not None and method in MESSAGE_METHODS:
                now = time.monotonic()
                if self._burst is not None:
                    return self._take_token(now, self._rate, self._burst)
                while self._window and now - self._window[0] >= 1.0:
                    self._window.popleft()
                if len(self._window) >= self._rate:
                    return Fault(status=429, retry_after=1)
                self._window.append(now)
        return None

    def _take_token(self, now: float, rate: int, burst: int) -> Fault | None:
        """The token bucket: refilled at ``rate`` a second up to ``burst``; a call without a
        token is refused (it takes none)."""
        self._tokens = min(float(burst), self._tokens + (now - self._filled_at) * rate)
        self._filled_at = now
        if self._tokens < 1.0:
            return Fault(status=429, retry_after=1)
        self._tokens -= 1.0
        return None
