"""The modal submission registry: ``@submission("update_modal")`` by callback_id.

The handler gets the modal's private_metadata and Slack's ``view.state.values``
(``{block_id: {action_id: {"type": ..., "value"/"selected_option"/...}}}``) and returns
``ModalErrors`` to keep the modal open, or replies (which the adapter sends as a DM or an
ephemeral message once the modal has closed)::

    @submission("update_modal")
    def submit_update(ctx: Context, private_metadata: str, values: dict) -> ...
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.core import Context
from bot.outcomes import Outcome, Reply
from workflows import messages

SubmitHandler = Callable[[Context, str, dict[str, Any]], "Outcome | list[Outcome] | None"]

_REGISTRY: dict[str, SubmitHandler] = {}


def submission(callback_id: str) -> Callable[[SubmitHandler], SubmitHandler]:
    def register(handler: SubmitHandler) -> SubmitHandler:
        existing = _REGISTRY.get(callback_id)
        if existing is not None and existing is not handler:
            raise ValueError(f"modal {callback_id!r} registered twice")
        _REGISTRY[callback_id] = handler
        return handler

    return register


def dispatch_submission(
    ctx: Context, callback_id: str, private_metadata: str, values: dict[str, Any]
) -> Outcome | list[Outcome] | None:
    handler = _REGISTRY.get(callback_id)
    if handler is None:
        return Reply(text=messages.UNKNOWN_MODAL)
    return handler(ctx, private_metadata, values)
