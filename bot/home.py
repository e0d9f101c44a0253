"""Builds the App Home for a caller: reads through workflows, renders through bot.views.home."""

from __future__ import annotations

from typing import Any

from bot.handlers import Context
from bot.views import home as views
from workflows.programme.my_actions import home_data


def home_view(ctx: Context) -> dict[str, Any]:
    mine, overviews = home_data(
        engine=ctx.engine,
        directory=ctx.directory,
        settings=ctx.settings,
        workspace_id=ctx.workspace_id,
        slack_id=ctx.caller.user_id,
        now=ctx.now,
    )
    return views.home_view(mine, overviews)
