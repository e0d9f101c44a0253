"""The help message: every registered subcommand with its usage and one Dutch line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from bot.views.blocks import Block, context, header, section, sections
from bot.views.mrkdwn import escape
from workflows import messages


class HelpEntry(Protocol):
    @property
    def usage(self) -> str: ...
    @property
    def help(self) -> str: ...
    @property
    def coordinator_only(self) -> bool: ...


def help_lines(entries: Sequence[HelpEntry]) -> list[str]:
    lines = []
    for entry in entries:
        marks = messages.HELP_COORDINATOR_MARK if entry.coordinator_only else ""
        lines.append(f"• `/woonzorg {entry.usage}`: {entry.help}{marks}")
    return lines


def help_blocks(entries: Sequence[HelpEntry], intro: str | None = None) -> list[Block]:
    blocks: list[Block] = [header(messages.HELP_TITLE)]
    if intro:
        blocks.append(section(escape(intro)))
    blocks.append(section(messages.HELP_INTRO))
    blocks.extend(sections("\n".join(help_lines(entries))))
    blocks.append(context(messages.HELP_EXAMPLES))
    return blocks


def help_text(entries: Sequence[HelpEntry], intro: str | None = None) -> str:
    head = f"{escape(intro)}\n" if intro else ""
    return head + messages.HELP_INTRO + "\n" + "\n".join(help_lines(entries))
