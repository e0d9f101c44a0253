"""Web API clients that honour SLACK_API_URL and ride out Slack's rate limits and hiccups."""

from __future__ import annotations

import http.client
import json
import random
from typing import Any
from urllib.parse import parse_qs
from urllib.request import Request

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


def _method(url: str) -> str:
    """The Web API method of a request: the last part of its URL's path."""
    return url.rsplit("/", 1)[-1].split("?", 1)[0]


def _retry_after(response: HttpResponse) -> float:
    for name, values in response.headers.items():
        if name.lower() == "retry-after" and values:
            try:
                return float(values[0])
            except ValueError:
                break
    return 1.0


class PauseOnRateLimit(RetryHandler):
    """429: every sender of the method waits out Retry-After (``RateLimiter.pause``); the
    retry then waits for its token like any other attempt (``LimitedWebClient``), so nothing
    here sleeps. Takes the place of slack_sdk's RateLimitErrorRetryHandler, which sleeps only
    the refused sender while the others run into the same limit."""

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
        self.limiter.pause(_method(request.url), _retry_after(response))
        state.increment_current_attempt()


def _channel(request: Request) -> str | None:
    """The ``channel`` a Web API request names (JSON or form body), for the per-channel limit."""
    data = request.data
    if not isinstance(data, bytes) or not data:
        return None
    if (request.get_header("Content-type") or "").startswith("application/json"):
        try:
            body = json.loads(data)
        except ValueError:
            return None
        channel = body.get("channel") if isinstance(body, dict) else None
    else:
        values = parse_qs(data.decode("utf-8", "replace")).get("channel")
        channel = values[0] if values else None
    return channel if isinstance(channel, str) else None


class LimitedWebClient(WebClient):
    """A WebClient whose every HTTP attempt, the first and each retry, first takes a token from
    ``limiter``: the one place calls are paced. The retry handlers only decide whether to
    retry (and a 429 pauses the limiter); slack_sdk's handlers for 5xx and dropped connections
    keep their backoff, then their retry waits here for its turn like any other call."""

    def __init__(self, *, limiter: RateLimiter, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.limiter = limiter

    def _perform_urllib_http_request_internal(self, url: str, req: Request) -> dict[str, Any]:
        self.limiter.acquire(_method(url), _channel(req))
        return super()._perform_urllib_http_request_internal(url, req)


def background_retries(
    backoff_factor: float = 0.5, limiter: RateLimiter | None = None
) -> list[RetryHandler]:
    """For work nobody waits on (reminders, digests, reports): patient retries.

    429: wait as long as Retry-After says, many times (a fan-out to hundreds of owners can meet
    the workspace limit again and again); with a ``limiter`` every sender waits, not only the
    one refused. 5xx and dropped connections: exponential backoff.
    """
    backoff = BackoffRetryIntervalCalculator(backoff_factor, ProportionalJitter())
    return [
        _rate_limit_handler(limiter, max_retry_count=20),
        ServerErrorRetryHandler(max_retry_count=4, interval_calculator=backoff),
        ConnectionErrorRetryHandler(max_retry_count=4, interval_calculator=backoff),
    ]


def _rate_limit_handler(limiter: RateLimiter | None, *, max_retry_count: int) -> RetryHandler:
    if limiter is None:
        return RateLimitErrorRetryHandler(max_retry_count=max_retry_count)
    return PauseOnRateLimit(limiter, max_retry_count=max_retry_count)


def interactive_retries(limiter: RateLimiter | None = None) -> list[RetryHandler]:
    """For calls made while a person waits (views.open has a 3-second trigger): brief retries."""
    backoff = BackoffRetryIntervalCalculator(0.2, ProportionalJitter())
    return [
        _rate_limit_handler(limiter, max_retry_count=1),
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
    """A client for SLACK_API_URL; with a ``limiter`` every call and every retry first takes a
    token from it (shared with whoever else holds the limiter). ``background``: patient retries
    for work nobody waits on; otherwise brief ones."""
    retries = (
        background_retries(backoff_factor, limiter) if background else interactive_retries(limiter)
    )
    options: dict[str, Any] = {
        "token": settings.slack_bot_token,
        "base_url": api_url(settings),
        "timeout": timeout,
        "retry_handlers": retries,
    }
    if limiter is not None:
        return LimitedWebClient(limiter=limiter, **options)
    return WebClient(**options)
