"""The root command, whose commands are imported when they are used, not when ``woonzorg`` starts.

``COMMANDS`` names each command's module and the help its line in ``woonzorg --help`` shows, so
the list of commands is drawn without importing any of them; a command's module is imported (and
Typer turns its function into a Click command) only when it runs or shows its own help. Importing
all of them, and Typer building every command from its function's signature, was a third of
``woonzorg --help`` beyond ``import typer`` (issue 11: start-up). Each module still registers its
command on ``app`` with the same help; tests/bot/cli/test_lazy_commands.py checks that this table
and the modules agree, and that the list looks as Click draws it from the modules.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

from typer import core as typer_core
from typer._click import Command, Context, HelpFormatter

from bot.cli.dutch import DutchGroup, first_paragraph
from workflows import messages

# name: (module, help), in the order of the list of commands.
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("bot.cli.demo_cmd", messages.DEMO_HELP),
    "export": ("bot.cli.export_cmd", messages.EXPORT_HELP),
    "import": ("bot.cli.import_cmd", messages.IMPORT_HELP),
    "migrate": ("bot.cli.migrate_cmd", messages.MIGRATE_HELP),
    "rapport": ("bot.cli.report_cmd", messages.REPORT_HELP),
    "run": ("bot.cli.run_cmd", messages.RUN_HELP),
    "tick": ("bot.cli.tick_cmd", messages.TICK_HELP),
    "programma": ("bot.cli.programme_cmd", messages.PROGRAMME_CLI_HELP),
}


def load_command(name: str) -> Command:
    """Import the module of command ``name`` and build the Click command it registered."""
    from typer import main as typer_main

    from bot.cli.base import app

    importlib.import_module(COMMANDS[name][0])
    for info in app.registered_commands:
        if info.name == name:
            return typer_main.get_command_from_info(
                info,
                pretty_exceptions_short=app.pretty_exceptions_short,
                rich_markup_mode=app.rich_markup_mode,
            )
    for group in app.registered_groups:
        if group.name == name:
            return typer_main.get_group_from_info(
                group,
                pretty_exceptions_short=app.pretty_exceptions_short,
                rich_markup_mode=app.rich_markup_mode,
                suggest_commands=app.suggest_commands,
            )
    raise LookupError(f"{COMMANDS[name][0]} registers no command {name!r}")


class Commands(MutableMapping[str, Command]):
    """The root's commands by name: all of ``COMMANDS`` are listed, each is built on first use."""

    def __init__(self, built: MutableMapping[str, Command], load: Callable[[str], Command]):
        self._built = dict(built)  # commands whose module was imported before the root was made
        self._load = load

    def __getitem__(self, name: str) -> Command:
        if name not in self._built:
            if name not in COMMANDS:
                raise KeyError(name)
            self._built[name] = self._load(name)
        return self._built[name]

    def __setitem__(self, name: str, command: Command) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._built[name]

    def __iter__(self) -> Iterator[str]:
        yield from COMMANDS
        yield from (name for name in self._built if name not in COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS.keys() | self._built.keys())


class RootGroup(DutchGroup):
    """``woonzorg``: Dutch (``DutchGroup``), and its commands imported on first use."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands = Commands(self.commands, load_command)

    def list_commands(self, ctx: Context) -> list[str]:
        return list(self.commands)  # the names only: Typer's own would build every command

    def format_commands(self, ctx: Context, formatter: HelpFormatter) -> None:
        """Click's list of commands (``Group.format_commands``), from ``COMMANDS``: each line the
        first paragraph of the command's help, as ``dutch`` makes Click show it."""
        rows = [(name, first_paragraph(help)) for name, (_, help) in COMMANDS.items()]
        with formatter.section(typer_core._("Commands")):
            formatter.write_dl(rows)
