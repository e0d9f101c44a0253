"""Builds the App Home for a caller: reads through workflows, renders through bot.views.home."""

from __future__ import annotations

from typing import Any

from bot.commands import all_subcommands
from bot.core import Context
from bot.views.help import help_blocks
from bot.views.home import home_surface


def home_view(ctx: Context) -> dict[str, Any]:
    return home_surface(help_blocks(all_subcommands()))
