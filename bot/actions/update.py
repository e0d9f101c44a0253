"""The "Update geven" button (``update_open:2.4``): opens the update modal."""

from __future__ import annotations

from bot.actions import button
from bot.commands.updating import open_update_modal
from bot.core import Context
from bot.outcomes import OpenModal


@button("update_open")
def open_update(ctx: Context, action_id: str, value: str) -> OpenModal:
    code = value or action_id.partition(":")[2]
    return open_update_modal(ctx, code)
