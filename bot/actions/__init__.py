"""The button (block action) registry.

Action ids are namespaced: ``update_open``, ``update_open:2.4``, ``reminder:snooze``. A handler
registers a prefix with ``@button("reminder")``; an action id is dispatched to the longest
registered prefix it equals or starts with followed by ``:``. The handler gets the full
action id and the button's value::

    @button("update_open")
    def open_update(ctx: Context, action_id: str, value: str) -> Outcome | list[Outcome]: ...
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.core import Context
from bot.outcomes import Outcome

log = logging.getLogger(__name__)

ButtonHandler = Callable[[Context, str, str], "Outcome | list[Outcome] | None"]

_REGISTRY: dict[str, ButtonHandler] = {}


def button(prefix: str) -> Callable[[ButtonHandler], ButtonHandler]:
    def register(handler: ButtonHandler) -> ButtonHandler:
        existing = _REGISTRY.get(prefix)
        if existing is not None and existing is not handler:
            raise ValueError(f"button prefix {prefix!r} registered twice")
        _REGISTRY[prefix] = handler
        return handler

    return register


def find_handler(action_id: str) -> ButtonHandler | None:
    best: str | None = None
    for prefix in _REGISTRY:
        if (action_id == prefix or action_id.startswith(prefix + ":")) and (
            best is None or len(prefix) > len(best)
        ):
            best = prefix
    return _REGISTRY[best] if best is not None else None


def dispatch_action(ctx: Context, action_id: str, value: str) -> Outcome | list[Outcome] | None:
    handler = find_handler(action_id)
    if handler is None:
        # Links and other buttons that need no answer land here too; Slack only needs the ack.
        log.info("No handler for action %s", action_id)
        return None
    return handler(ctx, action_id, value)
