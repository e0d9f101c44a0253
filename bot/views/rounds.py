"""The question before closing a round with updates missing, and its answer."""

from __future__ import annotations

from bot.views.blocks import Block, actions, button, section
from bot.views.mrkdwn import escape
from workflows import messages
from workflows.updates.rounds import RoundProgress

CLOSE_BUTTON = "round:close"  # value: the round id
KEEP_BUTTON = "round:keep"


def close_confirmation(progress: RoundProgress) -> tuple[str, list[Block]]:
    """``Voor de 2e helft 2026 ontbreken nog 19 updates: ...`` with a yes and a no button."""
    text = messages.ROUND_CLOSE_CONFIRM.format(
        half=progress.half_year.label,
        missing=messages.plural(len(progress.missing), *messages.UPDATES),
        codes=", ".join(escape(a.code) for a in progress.missing),
    )
    ref = str(progress.round.id or 0)
    blocks = [
        section(text),
        actions(
            button(messages.ROUND_CLOSE_YES, CLOSE_BUTTON, ref, style="danger"),
            button(messages.ROUND_CLOSE_NO, KEEP_BUTTON, ref),
        ),
    ]
    return text, blocks


def answered(text: str) -> tuple[str, list[Block]]:
    """The question replaced by what was done (no buttons left to press twice)."""
    return text, [section(escape(text))]
