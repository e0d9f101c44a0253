"""Web API clients that honour SLACK_API_URL and ride out Slack's rate limits and hiccups."""

from __future__ import annotations

import http.client
import random

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


def background_retries(backoff_factor: float = 0.5) -> list[RetryHandler]:
    """For work nobody waits on (reminders, digests, reports): patient retries.

    429: wait as long as Retry-After says, many times (a fan-out to hundreds of owners meets the
    workspace limit again and again). 5xx and dropped connections: exponential backoff.
    """
    backoff = BackoffRetryIntervalCalculator(backoff_factor, ProportionalJitter())
    return [
        RateLimitErrorRetryHandler(max_retry_count=20),
        ServerErrorRetryHandler(max_retry_count=4, interval_calculator=backoff),
        ConnectionErrorRetryHandler(max_retry_count=4, interval_calculator=backoff),
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
    settings: Settings, *, background: bool = False, timeout: int = 15, backoff_factor: float = 0.5
) -> WebClient:
    retries = background_retries(backoff_factor) if background else interactive_retries()
    return WebClient(
        token=settings.slack_bot_token,
        base_url=api_url(settings),
        timeout=timeout,
        retry_handlers=retries,
    )
