"""The ``/woonzorg`` subcommand registry.

One module per group of subcommands, each handler registered with ``@subcommand``::

    @subcommand("overzicht", usage="overzicht [actielijn N] [status] [@persoon]",
                help=messages.HELP_OVERVIEW, order=20)
    def overview(ctx: Context, args: str) -> Outcome | list[Outcome]: ...

``args`` is the text after the subcommand word, as Slack sent it. A handler stays thin: parse,
call one workflow function, render a view. ``coordinator_only=True`` makes the registry refuse
everybody else with a polite Dutch message before the handler runs.

A registration with ``placeholder=True`` (subcommands that are announced but not built yet) is
replaced by a real registration of the same name, whatever the import order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.core import Context
from bot.outcomes import Outcome, Reply
from workflows import messages
from workflows.programme.callers import require_coordinator

Handler = Callable[[Context, str], "Outcome | list[Outcome] | None"]


@dataclass(frozen=True)
class Subcommand:
    name: str
    handler: Handler
    usage: str  # "actie N": shown in the help and when arguments are missing
    help: str  # one Dutch line
    coordinator_only: bool = False
    order: int = 100  # position in the help
    aliases: tuple[str, ...] = ()
    placeholder: bool = False


_REGISTRY: dict[str, Subcommand] = {}


def subcommand(
    name: str,
    *,
    help: str,
    usage: str | None = None,
    coordinator_only: bool = False,
    order: int = 100,
    aliases: tuple[str, ...] = (),
    placeholder: bool = False,
) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        entry = Subcommand(
            name=name,
            handler=handler,
            usage=usage or name,
            help=help,
            coordinator_only=coordinator_only,
            order=order,
            aliases=aliases,
            placeholder=placeholder,
        )
        for key in (name, *aliases):
            existing = _REGISTRY.get(key)
            clash = existing is not None and not existing.placeholder and not placeholder
            if clash and existing.handler is not handler:  # type: ignore[union-attr]
                raise ValueError(f"subcommand {key!r} registered twice")
            if existing is None or existing.placeholder or not placeholder:
                _REGISTRY[key] = entry
        return handler

    return register


def all_subcommands() -> list[Subcommand]:
    """Each subcommand once, in help order."""
    unique = {id(entry): entry for entry in _REGISTRY.values()}
    return sorted(unique.values(), key=lambda e: (e.order, e.name))


def lookup(word: str) -> Subcommand | None:
    return _REGISTRY.get(word.lower())


def split_command(text: str) -> tuple[str, str]:
    """``"status 2.4 vertraagd"`` -> ``("status", "2.4 vertraagd")``."""
    parts = text.strip().split(None, 1)
    if not parts:
        return "", ""
    return parts[0].lower(), parts[1].strip() if len(parts) > 1 else ""


def dispatch_command(ctx: Context, text: str) -> Outcome | list[Outcome] | None:
    word, args = split_command(text)
    entry = lookup(word or "help")
    if entry is None:
        from bot.commands.help import help_reply

        return help_reply(ctx, intro=messages.UNKNOWN_SUBCOMMAND.format(word=word))
    if entry.coordinator_only:
        require_coordinator(
            engine=ctx.engine,
            settings=ctx.settings,
            directory=ctx.directory,
            slack_id=ctx.caller.user_id,
            refusal=messages.ONLY_COORDINATORS.format(command=entry.name),
        )
    return entry.handler(ctx, args)


def usage_reply(usage: str) -> Reply:
    """The Dutch answer to missing or malformed arguments."""
    return Reply(text=messages.USAGE.format(usage=f"/woonzorg {usage}"))
