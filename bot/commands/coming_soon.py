"""Subcommands announced in the help but built by later work (rounds, reminders, digest,
report). Each is a placeholder registration: a module that registers the real handler under the
same name replaces it, whatever the import order."""

from __future__ import annotations

from bot.commands import subcommand
from bot.core import Context, Reply
from workflows import messages


def _coming(name: str) -> Reply:
    return Reply(text=messages.COMING_SOON.format(command=name))


@subcommand(
    "ronde",
    usage="ronde [start 2026-H1 [deadline 15-05-2026] | sluit]",
    help=messages.HELP_ROUND,
    coordinator_only=True,
    order=70,
    placeholder=True,
)
def ronde(ctx: Context, args: str) -> Reply:
    return _coming("ronde")


@subcommand(
    "herinner",
    usage="herinner [2.4 | iedereen]",
    help=messages.HELP_REMIND,
    coordinator_only=True,
    order=71,
    placeholder=True,
)
def herinner(ctx: Context, args: str) -> Reply:
    return _coming("herinner")


@subcommand("digest", help=messages.HELP_DIGEST, coordinator_only=True, order=72, placeholder=True)
def digest(ctx: Context, args: str) -> Reply:
    return _coming("digest")


@subcommand(
    "rapport",
    usage="rapport [2026-H1]",
    help=messages.HELP_REPORT,
    coordinator_only=True,
    order=73,
    placeholder=True,
)
def rapport(ctx: Context, args: str) -> Reply:
    return _coming("rapport")
