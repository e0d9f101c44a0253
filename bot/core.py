"""The transport-independent core of the bot: what every adapter (Slack, terminal, tests) calls.

An adapter turns a slash command, a button press or a modal submission into one call on ``Bot``
and gets back a list of *outcomes* (bot/outcomes.py): plain data that says what to show (a
reply, a modal, a replaced message, modal errors, or slow work to run after the
acknowledgement). ``Bot`` finds the handler in its registry (bot/registry.py). The adapter
decides how to show the outcomes: Slack sends ephemeral messages and opens views; the terminal
prints them.

Nothing raises out of ``Bot``'s methods: domain errors become their Dutch message, anything else
is logged with its traceback and answered with a Dutch apology.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine

from bot.commands.help import help_reply
from bot.handlers import Context, Registry, Result
from bot.home import home_view
from bot.outcomes import Caller, Later, Outcome, Reply
from bot.registry import REGISTRY
from bot.views.home import error_home
from bot.views.mrkdwn import escape
from bot.views.programmes import (
    PROGRAMME_CHOICE,
    choose_programme,
    split_programme,
    tag_buttons,
)
from workflows import messages
from workflows.errors import Unavailable, WoonzorgError
from workflows.ports.directory import Directory
from workflows.ports.notify import Notifier
from workflows.programme.callers import require_coordinator
from workflows.programme.programmes import Resolution, resolve_programme
from workflows.runtime.database import answering
from workflows.settings import Settings

log = logging.getLogger(__name__)


def as_list(result: Result) -> list[Outcome]:
    if result is None:
        return []
    if isinstance(result, list):
        return result
    return [result]


def split_command(text: str) -> tuple[str, str]:
    """``"status 2.4 vertraagd"`` -> ``("status", "2.4 vertraagd")``."""
    parts = text.strip().split(None, 1)
    if not parts:
        return "", ""
    return parts[0].lower(), parts[1].strip() if len(parts) > 1 else ""


class Bot:
    """The core: one per process; every adapter calls only these methods."""

    def __init__(
        self,
        settings: Settings,
        engine: Engine,
        notifier: Notifier,
        directory: Directory,
        clock: Callable[[], datetime],
        registry: Registry = REGISTRY,
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.notifier = notifier
        self.directory = directory
        self.clock = clock
        self.registry = registry

    def context(self, caller: Caller) -> Context:
        return Context(
            settings=self.settings,
            engine=self.engine,
            notifier=self.notifier,
            directory=self.directory,
            registry=self.registry,
            caller=caller,
            now=self.clock(),
        )

    # -- the four entry points -------------------------------------------------------------

    def command(self, text: str, caller: Caller) -> list[Outcome]:
        """``text`` is what followed ``/woonzorg`` (as Slack sends it: mentions as <@U…|naam>)."""
        return self._guarded(lambda: self._command(self.context(caller), text), "command")

    def action(self, action_id: str, value: str, caller: Caller) -> list[Outcome]:
        """A button press (or select) with this action_id and value."""
        return self._guarded(lambda: self._action(self.context(caller), action_id, value), "action")

    def submit(
        self, callback_id: str, private_metadata: str, values: dict[str, Any], caller: Caller
    ) -> list[Outcome]:
        """A modal submission; ``values`` is Slack's ``view.state.values``."""
        return self._guarded(
            lambda: self._submit(self.context(caller), callback_id, private_metadata, values),
            "submit",
        )

    def home(self, caller: Caller) -> dict[str, Any]:
        """The App Home view for this person."""
        try:
            with answering(self.settings):
                return home_view(self.context(caller))
        except WoonzorgError as exc:
            return error_home(str(exc))
        except Exception:
            log.exception("App Home failed for %s", caller.user_id)
            return error_home(messages.BOT_GENERIC_ERROR)

    def changes_home(self, text: str) -> bool:
        """Does the subcommand in ``text`` change the caller's App Home?"""
        entry = self.registry.find_subcommand(split_command(text)[0])
        return entry is not None and entry.changes_home

    # -- dispatch --------------------------------------------------------------------------

    def _command(self, ctx: Context, text: str) -> Result:
        word, args = split_command(text)
        entry = self.registry.find_subcommand(word or "help")
        resolution = None
        if entry is None and word:
            # "/woonzorg opvang overzicht": a programme's slug first
            resolution = self._resolve(ctx, first_word=word)
            if resolution.word_used:
                word, args = split_command(args)
                entry = self.registry.find_subcommand(word or "help")
        if entry is None:
            return help_reply(ctx, intro=messages.UNKNOWN_SUBCOMMAND.format(word=word))
        if entry.per_programme:
            if resolution is None or not resolution.word_used:
                resolution = self._resolve(ctx)
            if resolution.programme is None and len(resolution.choices) > 1:
                return choose_programme(resolution.choices, f"{word} {args}".strip())
        if resolution is not None and resolution.programme is not None:
            ctx = replace(ctx, programme_id=resolution.programme.id)
        if entry.coordinator_only:
            require_coordinator(
                engine=ctx.engine,
                settings=ctx.settings,
                directory=ctx.directory,
                slack_id=ctx.caller.user_id,
                refusal=messages.ONLY_COORDINATORS.format(command=entry.name),
                programme_id=ctx.programme_id,
                workspace_id=ctx.workspace_id,
            )
        result = entry.handler(ctx, args)
        if ctx.programme_id is not None:
            tag_buttons(as_list(result), ctx.programme_id)
        return result

    def _resolve(self, ctx: Context, first_word: str = "") -> Resolution:
        try:
            return resolve_programme(
                engine=ctx.engine,
                directory=ctx.directory,
                slack_id=ctx.caller.user_id,
                channel_id=ctx.caller.channel_id,
                first_word=first_word,
                workspace_id=ctx.workspace_id,
            )
        except Unavailable:
            # The handler meets the same database and says what it could not do (an update
            # not saved, ...), which is more than a general apology from here.
            return Resolution(None, [])

    def _with_programme(self, ctx: Context, value: str) -> tuple[Context, str]:
        """A button value or form metadata made by ``with_programme`` names its programme;
        otherwise the channel's or the caller's only programme is meant, when there is one."""
        programme_id, rest = split_programme(value)
        if programme_id is None:
            resolution = self._resolve(ctx)
            programme_id = resolution.programme.id if resolution.programme else None
        return replace(ctx, programme_id=programme_id), rest

    def _action(self, ctx: Context, action_id: str, value: str) -> Result:
        if action_id == PROGRAMME_CHOICE:
            return self._command(ctx, value)  # the question's answer: the command, with a slug
        ctx, value = self._with_programme(ctx, value)
        button = self.registry.find_button(action_id)
        if button is None:
            # Links and other buttons that need no answer land here too; Slack only needs the ack.
            log.info("No handler for action %s", action_id)
            return None
        return button.handler(ctx, action_id, value)

    def _submit(
        self, ctx: Context, callback_id: str, private_metadata: str, values: dict[str, Any]
    ) -> Result:
        form = self.registry.find_form(callback_id)
        if form is None:
            return Reply(text=messages.UNKNOWN_MODAL)
        ctx, private_metadata = self._with_programme(ctx, private_metadata)
        return form.handler(ctx, private_metadata, values)

    # -- the error boundary ----------------------------------------------------------------

    def _guarded(self, run: Callable[[], Result], what: str) -> list[Outcome]:
        try:
            with answering(self.settings):  # a silent database is answered within Slack's 3 s
                outcomes = as_list(run())
        except WoonzorgError as exc:
            return [Reply(text=escape(str(exc)))]
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
                return Reply(text=escape(str(exc)))
            except Exception:
                log.exception("Unexpected error in work after the acknowledgement")
                return Reply(text=messages.BOT_GENERIC_ERROR)

        return Later(ack=later.ack, work=guarded_work)
