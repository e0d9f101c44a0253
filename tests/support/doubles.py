"""Test doubles for the bot's collaborators: a recording Notifier and a dict-backed Directory."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from workflows.ports.notify import Blocks, DeliveryError


@dataclass
class Sent:
    kind: str  # "dm" | "channel" | "update" | "file"
    to: str
    text: str
    blocks: Blocks | None = None
    ref: str | None = None
    key: str | None = None  # the notification key sent as message metadata


@dataclass
class RecordingNotifier:
    """Records every message; ``unreachable`` user ids raise a permanent DeliveryError."""

    sent: list[Sent] = field(default_factory=list)
    unreachable: set[str] = field(default_factory=set)
    lookups: list[str] = field(default_factory=list)  # keys asked for by find_sent

    def _ref(self) -> str:
        return f"{len(self.sent) + 1}.000"

    def send_dm(
        self, user_id: str, text: str, blocks: Blocks | None = None, *, key: str | None = None
    ) -> str | None:
        if user_id in self.unreachable:
            raise DeliveryError("user_not_found", permanent=True)
        ref = self._ref()
        self.sent.append(Sent("dm", user_id, text, blocks, ref, key))
        return ref

    def post_channel(
        self, channel: str, text: str, blocks: Blocks | None = None, *, key: str | None = None
    ) -> str | None:
        ref = self._ref()
        self.sent.append(Sent("channel", channel, text, blocks, ref, key))
        return ref

    def find_sent(self, channel_or_user: str, key: str, since: datetime) -> str | None:
        self.lookups.append(key)
        for sent in self.sent:
            if sent.kind in ("dm", "channel") and sent.to == channel_or_user and sent.key == key:
                return sent.ref
        return None

    def update_message(
        self, channel: str, ref: str, text: str, blocks: Blocks | None = None
    ) -> None:
        self.sent.append(Sent("update", channel, text, blocks, ref))

    def upload_file(self, channel: str, path: Path, title: str, comment: str) -> None:
        self.sent.append(Sent("file", channel, f"{title}: {comment}", None, str(path)))

    def dms_to(self, user_id: str) -> list[Sent]:
        return [s for s in self.sent if s.kind == "dm" and s.to == user_id]


@dataclass
class DictDirectory:
    """Workspace users as ``{slack_id: (name, email)}``."""

    users: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    lookups: list[str] = field(default_factory=list)

    def lookup_by_email(self, email: str) -> str | None:
        self.lookups.append(email)
        for slack_id, (_name, mail) in self.users.items():
            if mail and mail.lower() == email.lower():
                return slack_id
        return None

    def user_info(self, slack_id: str) -> tuple[str, str | None] | None:
        self.lookups.append(slack_id)
        return self.users.get(slack_id)


def fixed_clock(moment: datetime) -> Any:
    return lambda: moment
