"""The "Update geven" button (``update_open:2.4``): opens the update modal."""

from __future__ import annotations

from bot.commands.updating import open_update_modal
from bot.handlers import Context, button
from bot.outcomes import OpenModal


@button("update_open")
def open_update(ctx: Context, action_id: str, value: str) -> OpenModal:
    code = value or action_id.partition(":")[2]
    return open_update_modal(ctx, code)
