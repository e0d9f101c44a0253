"""The Slack implementation of ``workflows.ports.notify.Notifier``.

Direct messages go to the user id itself (chat.postMessage opens the DM), so a fan-out to many
owners costs one call per owner. Slack errors become ``DeliveryError``: permanent when retrying
cannot help (the person or channel is gone), transient otherwise (after the client's own retries
for 429, 5xx and dropped connections are used up). Every call first waits for the notifier's
rate limiter (bot/slack/ratelimit.py), shared by all threads that send through it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.slack.clients import web_client
from bot.slack.ratelimit import RateLimiter
from workflows.ports.notify import Blocks, DeliveryError
from workflows.settings import Settings

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


class SlackNotifier:
    def __init__(self, client: WebClient) -> None:
        self.client = client

    @classmethod
    def from_settings(cls, settings: Settings, *, backoff_factor: float = 0.5) -> SlackNotifier:
        """A notifier whose calls (from however many sender threads) share one rate limiter:
        WOONZORG_MESSAGES_PER_SECOND workspace-wide, Slack's tiers for the other methods."""
        limiter = RateLimiter(messages_per_second=settings.messages_per_second)
        return cls(
            web_client(settings, background=True, backoff_factor=backoff_factor, limiter=limiter)
        )

    def _call(self, method: Callable[..., Any], **kwargs: Any) -> Any:
        try:
            return method(**kwargs)
        except (SlackClientError, OSError) as exc:
            raise _failure(exc) from exc

    def _message(self, text: str, blocks: Blocks | None) -> dict[str, Any]:
        return {"text": text, "blocks": blocks} if blocks else {"text": text}

    def send_dm(self, user_id: str, text: str, blocks: Blocks | None = None) -> str | None:
        answer = self._call(
            self.client.chat_postMessage, channel=user_id, **self._message(text, blocks)
        )
        return answer.get("ts")

    def post_channel(self, channel: str, text: str, blocks: Blocks | None = None) -> str | None:
        answer = self._call(
            self.client.chat_postMessage, channel=channel, **self._message(text, blocks)
        )
        return answer.get("ts")

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
