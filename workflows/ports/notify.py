"""How workflows talk to people, without knowing Slack: the Notifier protocol.

``bot/`` implements it for Slack and for the terminal; tests use a recording stub. Messages
are Block Kit blocks plus a plain-text fallback, built by the views in ``bot/``... or, for
scheduled work that runs without a request, handed over as ``blocks`` built by the caller.
"""

from __future__ import annotations

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


class Notifier(Protocol):
    def send_dm(self, user_id: str, text: str, blocks: Blocks | None = None) -> str | None:
        """Send a direct message; returns the message reference (Slack ``ts``) when known."""

    def post_channel(self, channel: str, text: str, blocks: Blocks | None = None) -> str | None:
        """Post to a channel; returns the message reference when known."""

    def update_message(
        self, channel: str, ref: str, text: str, blocks: Blocks | None = None
    ) -> None:
        """Replace an earlier message (a reminder after a button press)."""

    def upload_file(self, channel: str, path: Path, title: str, comment: str) -> None:
        """Share a file (the report) in a channel or DM."""
