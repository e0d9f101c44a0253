"""Turns the core's outcomes into what Slack expects: an ack, a response_url post, a modal, a DM.

Slack wants every request acknowledged within 3 seconds. The listener computes the outcomes
and, when they are ready in time, puts the first answer in the ack itself (one round trip, the
fastest path). If the core is slow (a busy database, a large programme), ``Acker`` acknowledges
empty at ``ACK_BUDGET`` and the answer follows through ``response_url`` or a DM.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_sdk import WebClient

from bot.outcomes import Caller, Later, ModalErrors, OpenModal, Outcome, Reply, UpdateMessage
from bot.slack.clients import CALL_FAILED, failure
from workflows import messages

log = logging.getLogger(__name__)

ACK_BUDGET = 2.0  # seconds; leaves a margin under Slack's 3 for the network


class Acker:
    """Calls Bolt's ``ack`` exactly once: with the answer when it is ready, else empty at the
    deadline. Thread-safe, because the deadline fires on a timer thread."""

    def __init__(self, ack: Callable[..., Any], budget: float | None = None) -> None:
        self._ack = ack
        self._lock = threading.Lock()
        self.done = False
        self._timer = threading.Timer(ACK_BUDGET if budget is None else budget, self)
        self._timer.daemon = True
        self._timer.start()

    def __call__(self, **kwargs: Any) -> bool:
        """Acknowledge with ``kwargs``; False when the ack was already sent."""
        with self._lock:
            if self.done:
                return False
            self.done = True
        self._timer.cancel()
        self._ack(**kwargs)
        return True


def _message(reply: Reply) -> dict[str, Any]:
    body: dict[str, Any] = {"text": reply.text}
    if reply.blocks:
        body["blocks"] = reply.blocks
    return body


@dataclass
class Delivery:
    """Where answers to one request go."""

    acker: Acker
    client: WebClient
    caller: Caller
    respond: Callable[..., Any] | None = None  # Bolt's respond (response_url), when there is one
    trigger_id: str | None = None
    message: dict[str, Any] | None = None  # the message a pressed button was on
    in_ack: bool = True  # may the first Reply ride in the ack? (slash commands: yes)
    view: dict[str, Any] | None = None  # the modal a button was pressed in / that was submitted
    submitted: bool = False  # answering a view_submission (the ack can replace the modal)

    def run(self, outcomes: list[Outcome]) -> None:
        for outcome in outcomes:
            if isinstance(outcome, Later):
                self.reply(outcome.ack)
                self.acker()
                result = outcome.work()
                if result is not None:
                    self.reply(result)
            elif isinstance(outcome, Reply):
                self.reply(outcome)
            elif isinstance(outcome, OpenModal):
                self.open_modal(outcome)
            elif isinstance(outcome, UpdateMessage):
                self.acker()
                self.update(outcome)
            elif isinstance(outcome, ModalErrors):
                self.modal_errors(outcome)
        self.acker()

    def reply(self, reply: Reply) -> None:
        response_type = "ephemeral" if reply.ephemeral else "in_channel"
        body = _message(reply)
        if self.in_ack and self.acker(response_type=response_type, **body):
            return
        self.acker()
        if self.respond is not None:
            self.respond(response_type=response_type, replace_original=False, **body)
        elif reply.ephemeral or not self.caller.channel_id:
            # No response_url (modal submissions): a DM reaches the person reliably.
            self.client.chat_postMessage(channel=self.caller.user_id, **body)
        else:
            self.client.chat_postMessage(channel=self.caller.channel_id, **body)

    def open_modal(self, modal: OpenModal) -> None:
        if self.submitted and self.acker(response_action="update", view=modal.view):
            return
        self.acker()
        try:
            if self.view is not None:
                # From inside a modal Slack only allows stacking a new one on top.
                self.client.views_push(trigger_id=self.trigger_id, view=modal.view)
            else:
                self.client.views_open(trigger_id=self.trigger_id, view=modal.view)
        except CALL_FAILED as exc:
            # Ordinary: the trigger_id expires 3 s after the click (invalid_trigger_id, e.g. a
            # slow network on the user's side). Also, an exception escaping the listener this
            # soon after the ack makes slack_bolt's thread runner (1.30) lose the ack.
            log.warning("Could not open a form for %s: %s", self.caller.user_id, failure(exc))
            self.reply(Reply(text=messages.SLACK_MODAL_NOT_OPENED))

    def update(self, update: UpdateMessage) -> None:
        if self.respond is not None:
            self.respond(replace_original=True, text=update.text, blocks=update.blocks)
        elif self.message is not None and self.caller.channel_id:
            self.client.chat_update(
                channel=self.caller.channel_id,
                ts=self.message["ts"],
                text=update.text,
                blocks=update.blocks,
            )
        else:
            self.reply(Reply(text=update.text, blocks=update.blocks))

    def modal_errors(self, errors: ModalErrors) -> None:
        if self.acker(response_action="errors", errors=errors.errors):
            return
        # Too late to keep the modal open: it has closed; say what was wrong instead.
        text = messages.SLACK_MODAL_TOO_SLOW.format(errors=" ".join(errors.errors.values()))
        self.client.chat_postMessage(channel=self.caller.user_id, text=text)
