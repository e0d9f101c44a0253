"""The console's Notifier and Directory: messages to others are printed, people come from the
database (the demo people, or whoever an imported programme names)."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from rich.console import Console
from rich.panel import Panel
from sqlalchemy.engine import Engine

from bot.console.render import render_message
from workflows import messages
from workflows.ports.notify import Blocks
from workflows.programme.mentions import PersonCard, everyone
from workflows.programme.workspaces import SINGLE_WORKSPACE

# The console is the one workspace of a single-token deployment: it sees what that one sees.
CONSOLE_WORKSPACE = SINGLE_WORKSPACE


class ConsoleDirectory:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _cards(self) -> list[PersonCard]:
        return everyone(engine=self.engine, workspace_id=CONSOLE_WORKSPACE)

    def lookup_by_email(self, email: str) -> str | None:
        for card in self._cards():
            if card.email and card.email.lower() == email.lower():
                return card.slack_id
        return None

    def user_info(self, slack_id: str) -> tuple[str, str | None] | None:
        for card in self._cards():
            if card.slack_id == slack_id:
                return card.name, card.email
        return None


def handle_of(name: str) -> str:
    """How to name someone at the console: ``@anna`` for "Anna Jansen (demo)"."""
    return "@" + name.split(" ")[0].lower()


class ConsoleNotifier:
    """Prints what Slack would deliver to others: ``[DM aan Anna] ...``."""

    def __init__(
        self, out: Console, directory: ConsoleDirectory, downloads: Path | None = None
    ) -> None:
        self.out = out
        self.directory = directory
        self.downloads = downloads or Path.cwd()  # where shared files (the report) are kept
        self.me: Callable[[], str] = lambda: ""
        # Messages to the person at the keyboard go through the session, so their buttons get
        # numbers to press; messages to others are shown for information only.
        self.show_mine: Callable[[str, str, Blocks | None, tuple[str, str]], None] | None = None
        self.count = 0
        # Reminders go out from up to 32 sender threads (settings.senders): numbering a message,
        # keeping it for its recipient and printing it happen under one lock, or two threads
        # take the same number and one kept DM replaces the other.
        self.lock = threading.RLock()
        # DMs with buttons to people other than the one at the keyboard, by recipient and ref:
        # shown again, pressable, when the console switches to that person.
        self.waiting: dict[str, dict[str, tuple[str, Blocks]]] = {}
        # Notification keys printed in this session, by recipient: what find_sent answers.
        self.keys: dict[tuple[str, str], str] = {}

    def _print(
        self,
        title: str,
        text: str,
        blocks: Blocks | None,
        mine: str | None = None,
        subtitle: str | None = None,
        ref: str | None = None,
    ) -> str:
        """Print one message; ``mine`` is the recipient when that is the person at the
        keyboard, whose buttons get numbers to press."""
        self.count += 1
        if mine and self.show_mine is not None:
            self.show_mine(title, text, blocks, (mine, ref or f"console.{self.count}"))
        else:
            rendering = render_message(text, blocks, numbered=False, names=self.name_of)
            if not rendering.buttons:
                subtitle = None
            self.out.print(
                Panel(
                    rendering.renderable(),
                    title=title,
                    title_align="left",
                    subtitle=subtitle,
                    subtitle_align="left",
                    style="yellow",
                )
            )
        return f"console.{self.count}"

    def _keep_for(self, user_id: str, ref: str, text: str, blocks: Blocks | None) -> str | None:
        """Keep a DM with buttons for its recipient, shown again whenever the console becomes
        that person, as a Slack DM stays in its channel; the hint says how to press them."""
        with self.lock:
            self.waiting.get(user_id, {}).pop(ref, None)  # a new version replaces the one kept
            pressable = render_message(text, blocks, numbered=False).buttons if blocks else []
            if not blocks or not pressable:
                return None
            self.waiting.setdefault(user_id, {})[ref] = (text, blocks)
        if user_id == self.me():
            return None
        return messages.CONSOLE_PRESS_AS.format(handle=handle_of(self._name(user_id)))

    def replace_waiting(self, user_id: str, ref: str, text: str, blocks: Blocks | None) -> None:
        """A kept DM was changed by pressing one of its buttons: keep its new version."""
        self._keep_for(user_id, ref, text, blocks)

    def waiting_for(self, user_id: str) -> list[tuple[str, str, Blocks]]:
        """The DMs with buttons ``user_id`` has received, as (ref, text, blocks)."""
        with self.lock:
            return [
                (ref, text, blocks) for ref, (text, blocks) in self.waiting.get(user_id, {}).items()
            ]

    def name_of(self, user_id: str) -> str | None:
        info = self.directory.user_info(user_id)
        return info[0] if info else None

    def _mine(self, user_id: str) -> str | None:
        return user_id if user_id == self.me() else None

    def _name(self, user_id: str) -> str:
        if user_id == self.me():
            return messages.CONSOLE_YOU
        info = self.directory.user_info(user_id)
        return info[0] if info else user_id

    def send_dm(
        self, user_id: str, text: str, blocks: Blocks | None = None, *, key: str | None = None
    ) -> str | None:
        title = messages.CONSOLE_DM_TO.format(name=self._name(user_id))
        with self.lock:
            ref = f"console.{self.count + 1}"
            hint = self._keep_for(user_id, ref, text, blocks)
            printed = self._print(title, text, blocks, mine=self._mine(user_id), subtitle=hint)
            return self._remember(user_id, key, printed)

    def post_channel(
        self, channel: str, text: str, blocks: Blocks | None = None, *, key: str | None = None
    ) -> str | None:
        with self.lock:
            printed = self._print(messages.CONSOLE_CHANNEL.format(channel=channel), text, blocks)
            return self._remember(channel, key, printed)

    def _remember(self, to: str, key: str | None, ref: str) -> str:
        if key is not None:
            self.keys[(to, key)] = ref
        return ref

    def find_sent(self, channel_or_user: str, key: str, since: datetime) -> str | None:
        """What this session printed with ``key``; the console keeps no older history."""
        with self.lock:
            return self.keys.get((channel_or_user, key))

    def update_message(
        self, channel: str, ref: str, text: str, blocks: Blocks | None = None
    ) -> None:
        # A DM's channel is its recipient's id here: show their name, not the id.
        if self.directory.user_info(channel) is None:
            with self.lock:
                self._print(messages.CONSOLE_UPDATED.format(channel=channel), text, blocks)
            return
        title = messages.CONSOLE_UPDATED_DM.format(name=self._name(channel))
        with self.lock:
            hint = self._keep_for(channel, ref, text, blocks)
            self._print(title, text, blocks, mine=self._mine(channel), subtitle=hint, ref=ref)

    def upload_file(self, channel: str, path: Path, title: str, comment: str) -> None:
        # The caller may delete its file after the upload (Slack keeps a copy; so do we).
        with self.lock:
            target = self.downloads / path.name
            counter = 1
            while target.exists():
                target = self.downloads / f"{path.stem}-{counter}{path.suffix}"
                counter += 1
            shutil.copyfile(path, target)
            title_line = messages.CONSOLE_FILE.format(title=title, channel=channel)
            body = comment + "\n" + messages.CONSOLE_FILE_SAVED.format(path=target)
            self._print(title_line, body, None)
