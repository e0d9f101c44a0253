"""Parsing helpers, and the answer to missing arguments, shared by the subcommand modules."""

from __future__ import annotations

from bot.outcomes import Reply
from workflows import messages
from workflows.errors import ParseError
from workflows.programme.statuses import Status


def split_first(args: str) -> tuple[str, str]:
    """``"2.4 de rest"`` -> ``("2.4", "de rest")``."""
    parts = args.strip().split(None, 1)
    if not parts:
        return "", ""
    return parts[0], parts[1].strip() if len(parts) > 1 else ""


def split_status(text: str) -> tuple[Status, str]:
    """``"aandacht nodig wachten op de vergunning"`` -> (ATTENTION, "wachten op de vergunning").

    The longest run of leading words (up to three) that is a status wins; when none is, the
    first word is reported back with the valid statuses.
    """
    words = text.split()
    for size in (3, 2, 1):
        if len(words) >= size:
            try:
                return Status.parse(" ".join(words[:size])), " ".join(words[size:])
            except ParseError:
                continue
    raise_on = words[0] if words else ""
    Status.parse(raise_on)  # raises ParseError quoting the word and listing the statuses
    raise AssertionError("unreachable")


def usage_reply(usage: str) -> Reply:
    """The Dutch answer to missing or malformed arguments."""
    return Reply(text=messages.USAGE.format(usage=f"/woonzorg {usage}"))
