"""What the core answers: plain data that says what to show, for every adapter to deliver.

A handler returns one outcome or a list of them; the adapter decides how to show each: Slack
sends ephemeral messages and opens views, the terminal prints them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workflows.ports.notify import Blocks


@dataclass(frozen=True)
class Caller:
    """Who is asking, and where."""

    user_id: str  # Slack user id (console: the demo person's Slack id)
    channel_id: str | None = None
    surface: str = "slack"  # "slack" | "console"; becomes StatusUpdate.source
    # The Slack team (or Enterprise Grid org) the request came from; "" in a single-token
    # deployment and in the console (bot/slack/workspace.py: workspace_of).
    workspace_id: str = ""


@dataclass
class Reply:
    """A message to the caller."""

    text: str  # plain-text fallback
    blocks: Blocks | None = None
    ephemeral: bool = True  # False: visible in the channel


@dataclass
class OpenModal:
    """Open a Block Kit modal (its callback_id and private_metadata are set)."""

    view: dict[str, Any]


@dataclass
class UpdateMessage:
    """Replace the message the pressed button was on."""

    text: str
    blocks: Blocks


@dataclass
class ModalErrors:
    """Keep the modal open and show these errors (Slack ``response_action: errors``)."""

    errors: dict[str, str]  # block_id -> Dutch message


@dataclass
class Later:
    """Slow work (report, bulk reminders): ``ack`` is answered at once, ``work`` runs after it.

    The Reply that ``work`` returns goes to the caller. ``Bot`` wraps ``work`` so that it, too,
    never raises.
    """

    ack: Reply
    work: Callable[[], Reply | None]


Outcome = Reply | OpenModal | UpdateMessage | ModalErrors | Later
