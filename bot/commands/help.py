"""``/woonzorg`` and ``/woonzorg help``."""

from __future__ import annotations

from bot.handlers import Context, subcommand
from bot.outcomes import Reply
from bot.views.help import help_blocks, help_text
from workflows import messages


def help_reply(ctx: Context, intro: str | None = None) -> Reply:
    entries = ctx.registry.subcommands()
    return Reply(text=help_text(entries, intro), blocks=help_blocks(entries, intro))


@subcommand("help", help=messages.HELP_HELP, order=0, aliases=("hulp", "?"), per_programme=False)
def show_help(ctx: Context, args: str) -> Reply:
    return help_reply(ctx)
