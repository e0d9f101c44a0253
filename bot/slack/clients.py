"""Web API clients that honour SLACK_API_URL and ride out Slack's rate limits and hiccups."""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import BackoffRetryIntervalCalculator
from slack_sdk.http_retry.handler import RetryHandler

from workflows.settings import Settings


def api_url(settings: Settings) -> str:
    """SLACK_API_URL with the trailing slash slack_sdk joins method names onto."""
    url = settings.slack_api_url
    return url if url.endswith("/") else url + "/"


def background_retries() -> list[RetryHandler]:
    """For work nobody waits on (reminders, digests, reports): patient retries.

    429: wait as long as Retry-After says, many times (a fan-out to hundreds of owners meets the
    workspace limit again and again). 5xx and dropped connections: exponential backoff.
    """
    backoff = BackoffRetryIntervalCalculator(backoff_factor=0.5)
    return [
        RateLimitErrorRetryHandler(max_retry_count=20),
        ServerErrorRetryHandler(max_retry_count=4, interval_calculator=backoff),
        ConnectionErrorRetryHandler(max_retry_count=4, interval_calculator=backoff),
    ]


def interactive_retries() -> list[RetryHandler]:
    """For calls made while a person waits (views.open has a 3-second trigger): brief retries."""
    backoff = BackoffRetryIntervalCalculator(backoff_factor=0.2)
    return [
        RateLimitErrorRetryHandler(max_retry_count=1),
        ServerErrorRetryHandler(max_retry_count=1, interval_calculator=backoff),
        ConnectionErrorRetryHandler(max_retry_count=2, interval_calculator=backoff),
    ]


def web_client(settings: Settings, *, background: bool = False, timeout: int = 15) -> WebClient:
    return WebClient(
        token=settings.slack_bot_token,
        base_url=api_url(settings),
        timeout=timeout,
        retry_handlers=background_retries() if background else interactive_retries(),
    )
