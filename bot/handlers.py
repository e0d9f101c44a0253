"""What a handler is: the ``Context`` it gets, and the decorators that declare one.

A decorator only describes its handler (nothing registers itself on import); bot/registry.py
lists every declared handler, and ``Bot`` dispatches through that list.

- ``@subcommand("overzicht", usage=..., help=messages.HELP_OVERVIEW, order=10)`` on
  ``def overview(ctx, args)``: ``args`` is the text after the subcommand word, as Slack sent it
  (mentions as ``<@U…|naam>``). ``coordinator_only=True`` makes ``Bot`` refuse everybody else
  with a polite Dutch message before the handler runs; ``changes_home=True`` makes the Slack
  adapter republish the caller's App Home afterwards. ``ctx.programme_id`` is the programme the
  command means (a slug as first word, the channel's link, the only one); with several and
  nothing to go by, ``Bot`` asks first. ``per_programme=False``: the handler needs none.
- ``@button("reminder")`` on ``def reminder_button(ctx, action_id, value)``: action ids are
  namespaced (``update_open``, ``update_open:2.4``, ``reminder:later``); an action id goes to the
  longest prefix it equals or starts with followed by ``:``. The handler gets the full action
  id and the element's value.
- ``@submission("update_modal")`` on ``def submit_update(ctx, private_metadata, values)``:
  ``values`` is Slack's ``view.state.values`` (``{block_id: {action_id: {"type": ...,
  "value"/"selected_option"/...}}}``). Return ``ModalErrors`` to keep the modal open, or replies
  (sent as a DM or an ephemeral message once the modal has closed).

A handler stays thin: parse, call one workflow function, render a view.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.engine import Engine

from bot.outcomes import Caller, Outcome
from workflows.ports.directory import Directory
from workflows.ports.notify import Notifier
from workflows.settings import Settings

Result = Outcome | list[Outcome] | None
T = TypeVar("T")


@dataclass(frozen=True)
class Context:
    """Everything a handler needs for one request: the bot's collaborators, who asks, and when."""

    settings: Settings
    engine: Engine
    notifier: Notifier
    directory: Directory
    registry: Registry
    caller: Caller
    now: datetime
    # The programme this request is about, resolved once by Bot (None: the only programme)
    programme_id: int | None = None

    @property
    def source(self) -> str:
        return self.caller.surface

    @property
    def workspace_id(self) -> str:
        """The workspace every query of this request is scoped to."""
        return self.caller.workspace_id


CommandHandler = Callable[[Context, str], Result]
ButtonHandler = Callable[[Context, str, str], Result]
FormHandler = Callable[[Context, str, dict[str, Any]], Result]


@dataclass(frozen=True)
class Subcommand:
    name: str
    handler: CommandHandler
    usage: str  # "actie N": shown in the help and when arguments are missing
    help: str  # one Dutch line
    coordinator_only: bool = False
    order: int = 100  # position in the help
    aliases: tuple[str, ...] = ()
    changes_home: bool = False  # the caller's App Home shows something new afterwards
    per_programme: bool = True  # False: needs no programme chosen first (help, mijn, koppel)


@dataclass(frozen=True)
class Button:
    prefix: str
    handler: ButtonHandler

    def matches(self, action_id: str) -> bool:
        return action_id == self.prefix or action_id.startswith(self.prefix + ":")


@dataclass(frozen=True)
class Form:
    callback_id: str
    handler: FormHandler


def subcommand(
    name: str,
    *,
    help: str,
    usage: str | None = None,
    coordinator_only: bool = False,
    order: int = 100,
    aliases: tuple[str, ...] = (),
    changes_home: bool = False,
    per_programme: bool = True,
) -> Callable[[CommandHandler], Subcommand]:
    def declare(handler: CommandHandler) -> Subcommand:
        return Subcommand(
            name=name,
            handler=handler,
            usage=usage or name,
            help=help,
            coordinator_only=coordinator_only,
            order=order,
            aliases=aliases,
            changes_home=changes_home,
            per_programme=per_programme,
        )

    return declare


def button(prefix: str) -> Callable[[ButtonHandler], Button]:
    def declare(handler: ButtonHandler) -> Button:
        return Button(prefix=prefix, handler=handler)

    return declare


def submission(callback_id: str) -> Callable[[FormHandler], Form]:
    def declare(handler: FormHandler) -> Form:
        return Form(callback_id=callback_id, handler=handler)

    return declare


class Registry:
    """Subcommands by word (name or alias), buttons by action-id prefix, forms by callback_id.

    A word, prefix or callback_id declared twice is a ValueError when the registry is built.
    """

    def __init__(
        self,
        *,
        subcommands: Iterable[Subcommand] = (),
        buttons: Iterable[Button] = (),
        forms: Iterable[Form] = (),
    ) -> None:
        self._subcommands: dict[str, Subcommand] = {}
        for entry in subcommands:
            for word in (entry.name, *entry.aliases):
                _add(self._subcommands, word.lower(), entry, "subcommand")
        self._buttons: dict[str, Button] = {}
        for declared in buttons:
            _add(self._buttons, declared.prefix, declared, "button prefix")
        self._forms: dict[str, Form] = {}
        for form in forms:
            _add(self._forms, form.callback_id, form, "modal")

    def subcommands(self) -> list[Subcommand]:
        """Each subcommand once, in help order."""
        unique = {entry.name: entry for entry in self._subcommands.values()}
        return sorted(unique.values(), key=lambda e: (e.order, e.name))

    def find_subcommand(self, word: str) -> Subcommand | None:
        return self._subcommands.get(word.lower())

    def find_button(self, action_id: str) -> Button | None:
        matching = [b for b in self._buttons.values() if b.matches(action_id)]
        return max(matching, key=lambda b: len(b.prefix), default=None)

    def find_form(self, callback_id: str) -> Form | None:
        return self._forms.get(callback_id)


def _add(table: dict[str, T], key: str, entry: T, kind: str) -> None:
    if key in table:
        raise ValueError(f"{kind} {key!r} registered twice")
    table[key] = entry
