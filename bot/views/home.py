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


def home_blocks(mine: MyActions, overviews: list[Overview]) -> list[Block]:
    """Greeting, the caller's own actions, then (for a coordinator) the overview of each
    programme they coordinate, each under its programme's name."""
    greeting = (
        messages.HOME_GREETING.format(name=escape(mine.name))
        if mine.name
        else messages.HOME_GREETING_ANONYMOUS
    )
    blocks: list[Block] = [header(messages.HOME_TITLE), section(greeting)]
    blocks.append(header(messages.MINE_TITLE))
    tail = 1  # the hint at the bottom
    mine_budget = SURFACE_BLOCKS - len(blocks) - tail
    if overviews:
        mine_budget = MINE_BUDGET - len(blocks)
    blocks += mine_blocks(mine, budget=mine_budget, with_header=False)
    for index, overview in enumerate(overviews):
        left = len(overviews) - index
        room = (SURFACE_BLOCKS - len(blocks) - tail) // left - 2
        if room < 4:
            break  # no room left for even the totals: the hint says how to ask
        title = messages.HOME_PROGRAMME.format(name=overview.programme)
        blocks += [divider(), header(title)]
        blocks += overview_blocks(overview, budget=room, with_header=False)
    blocks.append(context(messages.HOME_HINT))
    return blocks


def home_view(mine: MyActions, overviews: list[Overview]) -> dict[str, Any]:
    return home_surface(home_blocks(mine, overviews))
