"""Long lists within a block budget: lines are packed into sections, and what does not fit is
announced ("… en nog 12 acties"), never dropped silently."""

from __future__ import annotations

from bot.views.blocks import SECTION_TEXT, Block, context, section
from workflows import messages
from workflows.programme.statuses import Status

STATUS_ICONS = {
    Status.NOT_STARTED: "⚪",
    Status.ON_TRACK: "🟢",
    Status.ATTENTION: "🟠",
    Status.DELAYED: "🔴",
    Status.DONE: "✅",
    Status.CANCELLED: "⚫",
}


def status_badge(status: Status) -> str:
    return f"{STATUS_ICONS[status]} {status.label}"


def more_line(count: int, noun: tuple[str, str] = messages.NOUN_ACTIONS) -> Block:
    return context(
        messages.AND_MORE.format(
            count=messages.plural(count, *noun), fit=messages.form(count, *messages.FITS)
        )
    )


def pack_lines(
    lines: list[str], budget: int, noun: tuple[str, str] = messages.NOUN_ACTIONS
) -> list[Block]:
    """Sections holding the lines (each line whole), at most ``budget`` blocks in all."""
    if budget <= 0 or not lines:
        return []
    if budget == 1:
        text = "\n".join(lines)
        return [section(text)] if len(text) <= SECTION_TEXT else [more_line(len(lines), noun)]
    blocks: list[Block] = []
    current: list[str] = []
    size = 0
    for index, line in enumerate(lines):
        line = line[: SECTION_TEXT - 10]
        if current and size + len(line) + 1 > SECTION_TEXT:
            blocks.append(section("\n".join(current)))
            current, size = [], 0
            if len(blocks) >= budget - 1:
                blocks.append(more_line(len(lines) - index, noun))
                return blocks
        current.append(line)
        size += len(line) + 1
    blocks.append(section("\n".join(current)))
    return blocks


def budgeted(
    items: list[Block], budget: int, noun: tuple[str, str] = messages.NOUN_ACTIONS
) -> list[Block]:
    """One block per item; when they do not all fit, the last slot says how many are left."""
    if len(items) <= budget:
        return items
    keep = max(budget - 1, 0)
    return [*items[:keep], more_line(len(items) - keep, noun)]
