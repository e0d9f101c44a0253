"""The Slack implementation of ``workflows.ports.notify.Notifier``.

Direct messages go to the user id itself (chat.postMessage opens the DM), so a fan-out to many
owners costs one call per owner. Slack errors become ``DeliveryError``: permanent when retrying
cannot help (the person or channel is gone), transient otherwise (after the client's own retries
for 429, 5xx and dropped connections are used up). Every call first waits for the notifier's
rate limiter (bot/slack/ratelimit.py), shared by all threads that send through it.

Exactly once: every scheduled message carries its claim key as Slack message metadata
(``{"event_type": "woonzorg_notification", "event_payload": {"key": ...}}``). A send that got
no answer (a timeout, a connection dropped after the request went out) raises ``FateUnknown``
and is never retried blindly, not by slack_sdk either: the send client retries a dropped
connection only when it failed before the request was sent (urllib's ``URLError``).
``find_sent`` then looks for the key in the conversation (conversations.history with
``include_all_metadata``; scopes im:history, channels:history, groups:history).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from http.client import HTTPException
from pathlib import Path
from typing import Any
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler
from slack_sdk.http_retry.handler import RetryHandler

from bot.slack.clients import web_client
from bot.slack.ratelimit import RateLimiter
from workflows.ports.notify import Blocks, DeliveryError, FateUnknown
from workflows.settings import Settings

EVENT_TYPE = "woonzorg_notification"
# Seconds to wait for each Slack answer: a send that hangs is given up as "fate unknown"
# (looked for in Slack by a later tick) instead of holding its claim past the lease (2 min).
SEND_TIMEOUT = 15
# conversations.history: a few small pages. A DM with the bot holds a handful of messages a
# week, and the search starts shortly before the earlier attempt was claimed.
HISTORY_LIMIT = 20
HISTORY_PAGES = 5

PERMANENT = frozenset(
    {
        "user_not_found",
        "users_not_found",
        "account_inactive",
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "user_disabled",
        "cannot_dm_bot",
    }
)


def _failure(exc: Exception) -> DeliveryError:
    if isinstance(exc, SlackApiError):
        reason = str(exc.response.get("error") or f"http_{exc.response.status_code}")
        return DeliveryError(reason, permanent=reason in PERMANENT)
    return DeliveryError(type(exc).__name__ + ": " + str(exc), permanent=False)


def _send_failure(exc: Exception) -> DeliveryError:
    """A send that failed after its request may have reached Slack is of unknown fate. urllib
    raises URLError only when the request could not be sent; a timeout or a dropped
    connection while waiting for the answer comes through as the bare OSError/HTTPException."""
    if isinstance(exc, (SlackClientError, URLError)):
        return _failure(exc)
    if isinstance(exc, (OSError, HTTPException)):
        return FateUnknown(type(exc).__name__ + ": " + str(exc))
    return _failure(exc)


def unsent_only(handlers: list[RetryHandler]) -> list[RetryHandler]:
    """The client's retry handlers, with connection retries limited to requests that never
    left (URLError): retrying a request Slack may have received could post it twice."""
    return [
        ConnectionErrorRetryHandler(
            max_retry_count=h.max_retry_count,
            interval_calculator=h.interval_calculator,
            error_types=[URLError],
        )
        if isinstance(h, ConnectionErrorRetryHandler)
        else h
        for h in handlers
    ]


def metadata(key: str) -> dict[str, Any]:
    return {"event_type": EVENT_TYPE, "event_payload": {"key": key}}


class SlackNotifier:
    def __init__(self, client: WebClient, limiter: RateLimiter | None = None) -> None:
        self.client = client
        # The limiter its client takes tokens from: the App Home shares it (bot/slack/app.py).
        self.limiter = limiter

    @classmethod
    def from_settings(
        cls, settings: Settings, *, backoff_factor: float = 0.5, timeout: int = SEND_TIMEOUT
    ) -> SlackNotifier:
        """A notifier whose calls (from however many sender threads) share one rate limiter:
        WOONZORG_MESSAGES_PER_SECOND workspace-wide, Slack's tiers for the other methods."""
        limiter = RateLimiter(messages_per_second=settings.messages_per_second)
        client = web_client(
            settings,
            background=True,
            backoff_factor=backoff_factor,
            limiter=limiter,
            timeout=timeout,
        )
        client.retry_handlers = unsent_only(client.retry_handlers)
        return cls(client, limiter)

    def _call(self, method: Callable[..., Any], **kwargs: Any) -> Any:
        try:
            return method(**kwargs)
        except (SlackClientError, OSError) as exc:
            raise _failure(exc) from exc

    def _message(self, text: str, blocks: Blocks | None) -> dict[str, Any]:
        return {"text": text, "blocks": blocks} if blocks else {"text": text}

    def _post(self, channel: str, text: str, blocks: Blocks | None, key: str | None) -> Any:
        extra: dict[str, Any] = {"metadata": metadata(key)} if key else {}
        try:
            answer = self.client.chat_postMessage(
                channel=channel, **self._message(text, blocks), **extra
            )
        except (SlackClientError, OSError, HTTPException) as exc:
            raise _send_failure(exc) from exc
        return answer.get("ts")

    def send_dm(
        self, user_id: str, text: str, blocks: Blocks | None = None, *, key: str | None = None
    ) -> str | None:
        return self._post(user_id, text, blocks, key)

    def post_channel(
        self, channel: str, text: str, blocks: Blocks | None = None, *, key: str | None = None
    ) -> str | None:
        return self._post(channel, text, blocks, key)

    def find_sent(self, channel_or_user: str, key: str, since: datetime) -> str | None:
        """The ts of the message carrying ``key`` in this conversation since ``since``."""
        conversation = self._conversation(channel_or_user)
        cursor: str | None = None
        for _page in range(HISTORY_PAGES):
            answer = self._call(
                self.client.conversations_history,
                channel=conversation,
                oldest=f"{since.timestamp():.6f}",
                limit=HISTORY_LIMIT,
                include_all_metadata=True,
                **({"cursor": cursor} if cursor else {}),
            )
            for message in answer.get("messages") or []:
                found = message.get("metadata") or {}
                payload = found.get("event_payload") or {}
                if found.get("event_type") == EVENT_TYPE and payload.get("key") == key:
                    return str(message.get("ts"))
            cursor = (answer.get("response_metadata") or {}).get("next_cursor") or None
            if not answer.get("has_more") or cursor is None:
                return None
        raise DeliveryError("history_too_long")

    def _conversation(self, channel: str) -> str:
        """chat.update and file shares need the DM's channel id, not the user id."""
        if channel[:1] not in ("U", "W"):
            return channel
        return str(self._call(self.client.conversations_open, users=channel)["channel"]["id"])

    def update_message(
        self, channel: str, ref: str, text: str, blocks: Blocks | None = None
    ) -> None:
        target = self._conversation(channel)
        self._call(self.client.chat_update, channel=target, ts=ref, **self._message(text, blocks))

    def upload_file(self, channel: str, path: Path, title: str, comment: str) -> None:
        target = self._conversation(channel)
        try:
            self.client.files_upload_v2(
                channel=target,
                file=str(path),
                filename=path.name,
                title=title,
                initial_comment=comment,
            )
        except (SlackClientError, OSError) as exc:
            raise _failure(exc) from exc
