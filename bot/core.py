"""The transport-independent core of the bot: what every adapter (Slack, terminal, tests) calls.

An adapter turns a slash command, a button press or a modal submission into one call on ``Bot``
and gets back a list of *outcomes*: plain data that says what to show (a reply, a modal, a
replaced message, modal errors, or slow work to run after the acknowledgement). The adapter
decides how: Slack sends ephemeral messages and opens views; the terminal prints them.

Nothing raises out of ``Bot``'s methods: domain errors become their Dutch message, anything else
is logged with its traceback and answered with a Dutch apology.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine

from bot.outcomes import Caller, Later, Outcome, Reply
from workflows import messages
from workflows.errors import WoonzorgError
from workflows.ports.directory import Directory
from workflows.ports.notify import Notifier
from workflows.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Context:
    """Everything a handler needs for one request: the bot's collaborators, who asks, and when."""

    bot: Bot
    caller: Caller
    now: datetime

    @property
    def settings(self) -> Settings:
        return self.bot.settings

    @property
    def engine(self) -> Engine:
        return self.bot.engine

    @property
    def notifier(self) -> Notifier:
        return self.bot.notifier

    @property
    def directory(self) -> Directory:
        return self.bot.directory

    @property
    def source(self) -> str:
        return self.caller.surface


def as_list(result: Outcome | list[Outcome] | None) -> list[Outcome]:
    if result is None:
        return []
    if isinstance(result, list):
        return result
    return [result]


class Bot:
    """The core: one per process; every adapter calls only these methods."""

    def __init__(
        self,
        settings: Settings,
        engine: Engine,
        notifier: Notifier,
        directory: Directory,
        clock: Callable[[], datetime],
    ) -> None:
        from bot import registry

        self.settings = settings
        self.engine = engine
        self.notifier = notifier
        self.directory = directory
        self.clock = clock
        registry.load_all()

    def context(self, caller: Caller) -> Context:
        return Context(bot=self, caller=caller, now=self.clock())

    # -- the four entry points -------------------------------------------------------------

    def command(self, text: str, caller: Caller) -> list[Outcome]:
        """``text`` is what followed ``/woonzorg`` (as Slack sends it: mentions as <@U…|naam>)."""
        from bot.commands import dispatch_command

        return self._guarded(lambda: dispatch_command(self.context(caller), text), "command")

    def action(self, action_id: str, value: str, caller: Caller) -> list[Outcome]:
        """A button press (or select) with this action_id and value."""
        from bot.actions import dispatch_action

        return self._guarded(
            lambda: dispatch_action(self.context(caller), action_id, value), "action"
        )

    def submit(
        self, callback_id: str, private_metadata: str, values: dict[str, Any], caller: Caller
    ) -> list[Outcome]:
        """A modal submission; ``values`` is Slack's ``view.state.values``."""
        from bot.modals import dispatch_submission

        return self._guarded(
            lambda: dispatch_submission(
                self.context(caller), callback_id, private_metadata, values
            ),
            "submit",
        )

    def home(self, caller: Caller) -> dict[str, Any]:
        """The App Home view for this person."""
        from bot.home import home_view
        from bot.views.home import error_home

        try:
            return home_view(self.context(caller))
        except WoonzorgError as exc:
            return error_home(str(exc))
        except Exception:
            log.exception("App Home failed for %s", caller.user_id)
            return error_home(messages.BOT_GENERIC_ERROR)

    # -- the error boundary ----------------------------------------------------------------

    def _guarded(
        self, run: Callable[[], Outcome | list[Outcome] | None], what: str
    ) -> list[Outcome]:
        try:
            outcomes = as_list(run())
        except WoonzorgError as exc:
            return [Reply(text=_plain(str(exc)))]
        except Exception:
            log.exception("Unexpected error while handling a %s", what)
            return [Reply(text=messages.BOT_GENERIC_ERROR)]
        return [self._safe_later(o) if isinstance(o, Later) else o for o in outcomes]

    def _safe_later(self, later: Later) -> Later:
        work = later.work

        def guarded_work() -> Reply | None:
            try:
                return work()
            except WoonzorgError as exc:
                return Reply(text=_plain(str(exc)))
            except Exception:
                log.exception("Unexpected error in work after the acknowledgement")
                return Reply(text=messages.BOT_GENERIC_ERROR)

        return Later(ack=later.ack, work=guarded_work)


def _plain(text: str) -> str:
    from bot.views.mrkdwn import escape

    return escape(text)
