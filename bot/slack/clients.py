"""Web API clients that honour SLACK_API_URL and ride out Slack's rate limits and hiccups."""

from __future__ import annotations

import http.client
import random
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import BackoffRetryIntervalCalculator
from slack_sdk.http_retry.handler import RetryHandler
from slack_sdk.http_retry.jitter import Jitter
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.web import SlackResponse

from bot.slack.ratelimit import RateLimiter
from workflows.settings import Settings


def api_url(settings: Settings) -> str:
    """SLACK_API_URL with the trailing slash slack_sdk joins method names onto."""
    url = settings.slack_api_url
    return url if url.endswith("/") else url + "/"


# What a Web API call raises when Slack says no (SlackApiError, a SlackClientError) or the
# connection fails after slack_sdk's retries: URLError, a reset or dropped connection and a
# timeout are all OSErrors; a truncated answer is an http.client.HTTPException.
CALL_FAILED: tuple[type[Exception], ...] = (SlackClientError, OSError, http.client.HTTPException)


def failure(exc: Exception) -> str:
    """A short description of a failed call for a log line: Slack's error code when it gave one."""
    if isinstance(exc, SlackApiError):
        return str(exc.response.get("error") or exc.response.status_code)
    return f"{type(exc).__name__}: {exc}"


class ProportionalJitter(Jitter):
    """Sleep between 1x and 2x the backoff interval. slack_sdk's default adds up to a whole
    second whatever the interval, which spreads retries no better and makes short backoffs long."""

    def __init__(self, rng: random.Random | None = None) -> None:
        self.rng = rng or random.Random()

    def recalculate(self, duration: float) -> float:
        return duration * (1 + self.rng.random())


def _method(request: HttpRequest) -> str:
    """The Web API method of a request: the last part of its URL's path."""
    return request.url.rsplit("/", 1)[-1].split("?", 1)[0]


def _retry_after(response: HttpResponse) -> float:
    for name, values in response.headers.items():
        if name.lower() == "retry-after" and values:
            try:
                return float(values[0])
            except ValueError:
                break
    return 1.0


class SharedRateLimitRetryHandler(RetryHandler):
    """429: every sender of the method waits out Retry-After (``RateLimiter.pause``), then the
    retry takes a token like any other call. Replaces slack_sdk's RateLimitErrorRetryHandler,
    which puts only the refused sender to sleep while the others run into the same limit."""

    def __init__(self, limiter: RateLimiter, max_retry_count: int = 20) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.limiter = limiter

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        return response is not None and response.status_code == 429

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        if response is None:
            raise error or RuntimeError("429 without a response")
        state.next_attempt_requested = True
        method = _method(request)
        self.limiter.pause(method, _retry_after(response))
        self.limiter.acquire(method)
        state.increment_current_attempt()


class PacedRetryHandler(RetryHandler):
    """A transport-fault handler (5xx, dropped connection) whose retry, after its backoff,
    takes a token from the limiter like any other call."""

    def __init__(self, inner: RetryHandler, limiter: RateLimiter) -> None:
        super().__init__(inner.max_retry_count, inner.interval_calculator)
        self.inner = inner
        self.limiter = limiter

    def can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        return self.inner.can_retry(state=state, request=request, response=response, error=error)

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        self.inner.prepare_for_next_attempt(
            state=state, request=request, response=response, error=error
        )
        self.limiter.acquire(_method(request))


class LimitedWebClient(WebClient):
    """A WebClient that takes a token from ``limiter`` before each call (its retries take
    theirs in the retry handlers above)."""

    def __init__(self, *, limiter: RateLimiter, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.limiter = limiter

    def api_call(self, api_method: str, **kwargs: Any) -> SlackResponse:  # type: ignore[override]
        body = kwargs.get("json") or kwargs.get("params") or kwargs.get("data") or {}
        channel = body.get("channel") if isinstance(body, dict) else None
        self.limiter.acquire(api_method, channel if isinstance(channel, str) else None)
        return super().api_call(api_method, **kwargs)


def background_retries(
    backoff_factor: float = 0.5, limiter: RateLimiter | None = None
) -> list[RetryHandler]:
    """For work nobody waits on (reminders, digests, reports): patient retries.

    429: wait as long as Retry-After says, many times (a fan-out to hundreds of owners meets the
    workspace limit again and again); with a ``limiter`` every sender waits, not only the one
    refused. 5xx and dropped connections: exponential backoff.
    """
    backoff = BackoffRetryIntervalCalculator(backoff_factor, ProportionalJitter())
    faults: list[RetryHandler] = [
        ServerErrorRetryHandler(max_retry_count=4, interval_calculator=backoff),
        ConnectionErrorRetryHandler(max_retry_count=4, interval_calculator=backoff),
    ]
    if limiter is None:
        return [RateLimitErrorRetryHandler(max_retry_count=20), *faults]
    return [
        SharedRateLimitRetryHandler(limiter, max_retry_count=20),
        *(PacedRetryHandler(handler, limiter) for handler in faults),
    ]


def interactive_retries() -> list[RetryHandler]:
    """For calls made while a person waits (views.open has a 3-second trigger): brief retries."""
    backoff = BackoffRetryIntervalCalculator(0.2, ProportionalJitter())
    return [
        RateLimitErrorRetryHandler(max_retry_count=1),
        ServerErrorRetryHandler(max_retry_count=1, interval_calculator=backoff),
        ConnectionErrorRetryHandler(max_retry_count=2, interval_calculator=backoff),
    ]


def web_client(
    settings: Settings,
    *,
    background: bool = False,
    timeout: int = 15,
    backoff_factor: float = 0.5,
    limiter: RateLimiter | None = None,
) -> WebClient:
    """A client for SLACK_API_URL; with a ``limiter`` (background work only) every call and
    every retry first takes a token from it."""
    retries = background_retries(backoff_factor, limiter) if background else interactive_retries()
    options: dict[str, Any] = {
        "token": settings.slack_bot_token,
        "base_url": api_url(settings),
        "timeout": timeout,
        "retry_handlers": retries,
    }
    if background and limiter is not None:
        return LimitedWebClient(limiter=limiter, **options)
    return WebClient(**options)
