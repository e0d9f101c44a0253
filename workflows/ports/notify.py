"""How workflows talk to people, without knowing Slack: the Notifier protocol.

``bot/`` implements it for Slack and for the terminal; tests use a recording stub. Messages
are Block Kit blocks plus a plain-text fallback, built by the views in ``bot/``... or, for
scheduled work that runs without a request, handed over as ``blocks`` built by the caller.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

Blocks = list[dict[str, Any]]


class DeliveryError(Exception):
    """A message could not be delivered. ``permanent`` means retrying will not help
    (user_not_found, account_inactive, channel_not_found)."""

    def __init__(self, reason: str, *, permanent: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent


class FateUnknown(DeliveryError):
    """The request may have reached Slack but no answer came (a timeout, a dropped connection
    after the request was sent): the message may or may not be there. Never resent blindly;
    the next attempt first looks for it (``Notifier.find_sent``)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason, permanent=False)


class Notifier(Protocol):
    def send_dm(
        self, user_id: str, text: str, blocks: Blocks | None = None, *, key: str | None = None
    ) -> str | None:
        """Send a direct message; returns the message reference (Slack ``ts``) when known.
        ``key`` (a notification's claim key) travels with the message, so ``find_sent`` can
        tell later whether it arrived."""

    def post_channel(
        self, channel: str, text: str, blocks: Blocks | None = None, *, key: str | None = None
    ) -> str | None:
        """Post to a channel; returns the message reference when known."""

    def find_sent(self, channel_or_user: str, key: str, since: datetime) -> str | None:
        """The reference of a message sent with ``key`` to this channel or user (its DM) since
        ``since``; None when there is none. Raises DeliveryError when it cannot tell."""

    def update_message(
        self, channel: str, ref: str, text: str, blocks: Blocks | None = None
    ) -> None:
        """Replace an earlier message (a reminder after a button press)."""

    def upload_file(self, channel: str, path: Path, title: str, comment: str) -> None:
        """Share a file (the report) in a channel or DM."""
