"""The App Home tab."""

from __future__ import annotations

from typing import Any

from bot.views.blocks import SURFACE_BLOCKS, Block, header, section
from bot.views.mrkdwn import escape
from workflows import messages


def home_surface(blocks: list[Block]) -> dict[str, Any]:
    return {"type": "home", "blocks": blocks[:SURFACE_BLOCKS]}


def error_home(message: str) -> dict[str, Any]:
    return home_surface([header(messages.HELP_TITLE), section(escape(message))])
