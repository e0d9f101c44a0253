"""The App Home tab: your own actions and this round for everyone; the programme overview for
coordinators."""

from __future__ import annotations

from typing import Any

from bot.views.blocks import SURFACE_BLOCKS, Block, context, divider, header, section
from bot.views.mine import mine_blocks
from bot.views.mrkdwn import escape
from bot.views.overview import overview_blocks
from workflows import messages
from workflows.programme.my_actions import MyActions
from workflows.programme.overview import Overview

MINE_BUDGET = 55  # blocks for the own actions when the overview follows


def home_surface(blocks: list[Block]) -> dict[str, Any]:
    return {"type": "home", "blocks": blocks[:SURFACE_BLOCKS]}


def error_home(message: str) -> dict[str, Any]:
    return home_surface([header(messages.HOME_TITLE), section(escape(message))])


def home_blocks(mine: MyActions, overview: Overview | None) -> list[Block]:
    greeting = (
        messages.HOME_GREETING.format(name=escape(mine.name))
        if mine.name
        else messages.HOME_GREETING_ANONYMOUS
    )
    blocks: list[Block] = [header(messages.HOME_TITLE), section(greeting)]
    blocks.append(header(messages.MINE_TITLE))
    tail = 1  # the hint at the bottom
    overview_part: list[Block] = []
    mine_budget = SURFACE_BLOCKS - len(blocks) - tail
    if overview is not None:
        mine_budget = MINE_BUDGET - len(blocks)
    own = mine_blocks(mine, budget=mine_budget, with_header=False)
    blocks += own
    if overview is not None:
        room = SURFACE_BLOCKS - len(blocks) - tail - 2
        overview_part = [divider(), header(messages.HOME_PROGRAMME)]
        overview_part += overview_blocks(overview, budget=room, with_header=False)
    blocks += overview_part
    blocks.append(context(messages.HOME_HINT))
    return blocks


def home_view(mine: MyActions, overview: Overview | None) -> dict[str, Any]:
    return home_surface(home_blocks(mine, overview))
