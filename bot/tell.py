"""Best-effort messages to other people (coordinators, a newly assigned owner).

What the caller did is already saved when these go out, so a failed delivery is logged and
reported back in the confirmation, never turned into an error.
"""

from __future__ import annotations

import logging

from bot.handlers import Context
from workflows.ports.notify import DeliveryError

log = logging.getLogger(__name__)


def tell(ctx: Context, user_id: str, text: str) -> bool:
    try:
        ctx.notifier.send_dm(user_id, text)
    except DeliveryError as exc:
        log.warning("Could not deliver a message to %s: %s", user_id, exc.reason)
        return False
    return True


def tell_all(ctx: Context, user_ids: list[str], text: str) -> int:
    return sum(1 for user_id in user_ids if tell(ctx, user_id, text))
