"""Dutch for the words Typer and its bundled Click print themselves.

Typer 0.29 bundles its own Click (``typer._click``) with hard-coded English f-strings, so
gettext cannot reach them. Instead: the help-screen words are module constants or a few small
methods, replaced here; usage errors are translated at the one place they are shown
(``typer.rich_utils.rich_format_error``), by the explicit pattern table in workflows/text/cli.py.
An English message no pattern knows is shown unchanged rather than hidden.

These are Typer's private internals (typer 0.15.1 has no ``typer._click``), so pyproject.toml
bounds typer to the minor range this was written for, and tests/bot/cli/test_typer_internals.py
names any patched attribute a new Typer lacks.

Help screens are Click's plain ones (no rich boxes): ``typer.rich_utils`` imports rich and
markdown-it (0.4 s, more than Typer itself), which doubled the time of ``woonzorg --help``.
Their words come from ``typer.core``'s ``gettext`` calls, which ``install`` points at
``messages.CLI_PLAIN_WORDS``; the list of commands shows each command's whole first paragraph
(Click cuts it short with "..."). Usage errors are still drawn by ``typer.rich_utils`` (in a red
box, in Dutch): ``install_rich`` changes its words just before one is shown (``DutchGroup``).
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable
from typing import Any

import typer
from typer import core as typer_core
from typer import exceptions as typer_exceptions
from typer._click import exceptions as click_exceptions
from typer._click import formatting

from workflows import messages

_installed = False
_rich_installed = False


@functools.cache
def _patterns() -> tuple[list[tuple[re.Pattern[str], str]], list[tuple[re.Pattern[str], str]]]:
    """The compiled suffix and message patterns; compiled when a usage error is first shown
    (compiling them took a tenth of ``woonzorg --help``'s time beyond ``import typer``)."""
    suffixes = [
        (re.compile(pattern, re.DOTALL), dutch)
        for pattern, dutch in (messages.CLI_DID_YOU_MEAN, messages.CLI_POSSIBLE_OPTIONS)
    ]
    errors = [(re.compile(pattern, re.DOTALL), dutch) for pattern, dutch in messages.CLI_ERRORS]
    return suffixes, errors


def translate(message: str) -> str:
    """The Dutch for one Click/Typer message; unknown messages come back unchanged."""
    suffixes, errors = _patterns()
    for pattern, dutch in suffixes:
        match = pattern.fullmatch(message)
        if match:
            head = match["message"].rstrip(".") + "."
            return translate(head) + dutch.format(names=match["names"])
    for pattern, dutch in errors:
        match = pattern.fullmatch(message)
        if match:
            parts = match.groupdict()
            if "detail" in parts:
                parts["detail"] = translate(parts["detail"])
            return dutch.format(**parts)
    return message


def _type_label(label: str | None) -> str | None:
    if label is None or not (label.startswith("<") and label.endswith(">")):
        return label
    inner = label[1:-1]
    return f"<{messages.CLI_TYPE_NAMES.get(inner, inner)}>"


def install_rich() -> None:
    """The words ``typer.rich_utils`` shows on help screens and errors; imports rich, so it is
    called only when one is about to be shown. Idempotent."""
    global _rich_installed
    if _rich_installed:
        return
    _rich_installed = True
    from typer import rich_utils

    class DutchOptionHighlighter(rich_utils.OptionHighlighter):
        """Typer's highlighter colours the usage line's prefix by a pattern that names the
        English word; this one knows the Dutch prefix too."""

        highlights = [
            *rich_utils.OptionHighlighter.highlights,
            rf"(?P<usage>{re.escape(messages.CLI_USAGE_PREFIX)})",
        ]

    rich_utils.ARGUMENTS_PANEL_TITLE = messages.CLI_PANEL_ARGUMENTS
    rich_utils.OPTIONS_PANEL_TITLE = messages.CLI_PANEL_OPTIONS
    rich_utils.COMMANDS_PANEL_TITLE = messages.CLI_PANEL_COMMANDS
    rich_utils.ERRORS_PANEL_TITLE = messages.CLI_PANEL_ERROR
    rich_utils.ABORTED_TEXT = messages.CLI_ABORTED
    rich_utils.RICH_HELP = messages.CLI_TRY_HELP
    rich_utils.DEFAULT_STRING = messages.CLI_DEFAULT
    rich_utils.REQUIRED_LONG_STRING = messages.CLI_REQUIRED
    rich_utils.ENVVAR_STRING = messages.CLI_ENVVAR
    rich_utils.DEPRECATED_STRING = messages.CLI_DEPRECATED
    rich_utils.highlighter = DutchOptionHighlighter()

    show_error: Callable[[click_exceptions.ClickException], None] = rich_utils.rich_format_error

    # ``self``: the parameter keeps the name of the function it replaces.
    def dutch_error(self: click_exceptions.ClickException) -> None:
        english = self.format_message

        def format_message() -> str:
            return translate(english())

        self.format_message = format_message  # type: ignore[method-assign]
        show_error(self)

    rich_utils.rich_format_error = dutch_error


class DutchGroup(typer_core.TyperGroup):
    """The root command: any usage error or abort on the way to a command (its own or a
    subcommand's) gets the Dutch rich words before Typer shows it."""

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_context(*args, **kwargs)
        except click_exceptions.NoArgsIsHelpError as exc:
            # ``woonzorg`` alone: the help screen on stdout, exit code 2 (Typer's rich error
            # path would print nothing for it now that help is not drawn by rich).
            typer.echo(exc.ctx.get_help())
            raise typer.Exit(code=2) from None
        except (click_exceptions.ClickException, typer_exceptions.Abort):
            install_rich()
            raise

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (click_exceptions.ClickException, typer_exceptions.Abort):
            install_rich()
            raise


def install() -> None:
    """Make the command line speak Dutch; idempotent, called when the CLI is imported."""
    global _installed
    if _installed:
        return
    _installed = True

    write_usage = formatting.HelpFormatter.write_usage

    def dutch_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        write_usage(self, prog, args, messages.CLI_USAGE_PREFIX if prefix is None else prefix)

    formatting.HelpFormatter.write_usage = dutch_usage  # type: ignore[method-assign]

    get_help_option = typer_core._click.core.Command.get_help_option

    def dutch_help_option(self: Any, ctx: Any) -> Any:
        option = get_help_option(self, ctx)
        if option is not None:
            option.help = messages.CLI_HELP_OPTION
        return option

    typer_core._click.core.Command.get_help_option = dutch_help_option  # type: ignore[method-assign]

    display_type = typer_core._TyperParameter.display_type

    def dutch_display_type(self: Any, ctx: Any) -> str:
        return _type_label(display_type(self, ctx)) or ""

    typer_core._TyperParameter.display_type = dutch_display_type  # type: ignore[method-assign]

    option_type = typer_core.TyperOption.display_type_rich

    def flag_without_type(self: Any, ctx: Any) -> str | None:
        # A flag takes no value, so "<ja/nee>" next to --help would only confuse.
        return None if self.is_flag and self.metavar is None else option_type(self, ctx)

    typer_core.TyperOption.display_type_rich = flag_without_type  # type: ignore[method-assign]

    typer_core._ = _dutch_word  # type: ignore[assignment]
    typer_core.TyperCommand.get_short_help_str = _whole_first_paragraph  # type: ignore[method-assign]
    for command_class in (typer_core.TyperCommand, typer_core.TyperGroup):
        _plain_help(command_class)


def _dutch_word(english: str) -> str:
    """``typer.core``'s ``gettext``: the Dutch for the words of a plain help screen."""
    return messages.CLI_PLAIN_WORDS.get(english, english)


def first_paragraph(help: str) -> str:
    """A command's line in the list of commands: the first paragraph of its help, whole
    (``write_dl`` wraps it); Click would cut it short."""
    return " ".join(inspect.cleandoc(help).split("\n\n", 1)[0].split())


def _whole_first_paragraph(self: Any, limit: int = 45) -> str:
    """``get_short_help_str``: ``first_paragraph``, whatever the ``limit``."""
    return first_paragraph(self.short_help or self.help or "")


def _plain_help(command_class: type[Any]) -> None:
    """Click's own help screen for ``command_class`` (Typer's would import rich for it)."""
    base: Any = command_class.__mro__[1]
    click_format_help = base.format_help

    def plain_format_help(self: Any, ctx: Any, formatter: Any) -> None:
        click_format_help(self, ctx, formatter)

    command_class.format_help = plain_format_help
