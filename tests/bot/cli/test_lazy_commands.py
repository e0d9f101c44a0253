"""The root command's table of commands (bot/cli/lazy.py) agrees with the command modules: each
command is in its module and has its help, and the list of commands ``woonzorg --help`` draws
from the table is the one Click draws from the commands themselves."""

from __future__ import annotations

import importlib

import typer.main
from typer import core as typer_core
from typer._click import Context, HelpFormatter
from typer.testing import CliRunner

from bot.cli import app
from bot.cli.lazy import COMMANDS, RootGroup


def _import_all() -> None:
    for module, _ in COMMANDS.values():
        importlib.import_module(module)


def test_each_command_is_in_its_module_with_the_tables_help() -> None:
    _import_all()
    registered = {
        info.name: (info.callback.__module__ if info.callback else "", info.help)
        for info in app.registered_commands
    }
    for group in app.registered_groups:
        instance = group.typer_instance
        assert instance is not None
        registered[group.name] = (
            instance.registered_commands[0].callback.__module__,  # type: ignore[union-attr]
            instance.info.help,
        )
    assert registered == {name: (module, help) for name, (module, help) in COMMANDS.items()}


def test_the_list_of_commands_is_the_one_click_draws_from_the_commands() -> None:
    _import_all()
    group = typer.main.get_command(app)
    assert isinstance(group, RootGroup)
    ctx = Context(group, info_name="woonzorg")
    ours, clicks = HelpFormatter(width=80), HelpFormatter(width=80)
    group.format_commands(ctx, ours)
    typer_core.TyperGroup.format_commands(group, ctx, clicks)
    assert ours.getvalue() == clicks.getvalue()
    assert "rapport" in ours.getvalue() and "programma" in ours.getvalue()


def test_a_command_not_yet_imported_runs_and_a_typo_is_still_suggested() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["programma", "--help"], prog_name="woonzorg")
    assert result.exit_code == 0 and "verwijder" in result.output
    result = runner.invoke(app, ["rapot"], prog_name="woonzorg")
    assert result.exit_code == 2 and "'rapport'" in result.output
