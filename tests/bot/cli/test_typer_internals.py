"""bot/cli/dutch.py patches Typer's private internals (its bundled Click, ``typer._click``, and
a few methods of ``typer.core`` and ``typer.rich_utils``); Typer does not promise them between
minor releases (typer 0.15.1 has no ``typer._click``). pyproject.toml therefore bounds typer to
the minor range the patches were written for; these tests say so clearly when that changes."""

from __future__ import annotations

import importlib
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.requirements import Requirement

PYPROJECT = Path(__file__).resolve().parents[3] / "pyproject.toml"

# (module, dotted attribute) for everything dutch.py reads or replaces.
PATCHED = [
    ("typer._click.formatting", "HelpFormatter.write_usage"),
    ("typer._click.exceptions", "ClickException.format_message"),
    ("typer._click.core", "Command.get_help_option"),
    ("typer.core", "_TyperParameter.display_type"),
    ("typer.core", "TyperOption.display_type_rich"),
    ("typer.core", "_"),
    ("typer.core", "TyperCommand.get_short_help_str"),
    ("typer.core", "TyperCommand.format_help"),
    ("typer.core", "TyperGroup.format_help"),
    ("typer.rich_utils", "rich_format_error"),
    ("typer.rich_utils", "OptionHighlighter.highlights"),
    ("typer.rich_utils", "ARGUMENTS_PANEL_TITLE"),
    ("typer.rich_utils", "OPTIONS_PANEL_TITLE"),
    ("typer.rich_utils", "COMMANDS_PANEL_TITLE"),
    ("typer.rich_utils", "ERRORS_PANEL_TITLE"),
    ("typer.rich_utils", "ABORTED_TEXT"),
    ("typer.rich_utils", "RICH_HELP"),
    ("typer.rich_utils", "DEFAULT_STRING"),
    ("typer.rich_utils", "REQUIRED_LONG_STRING"),
    ("typer.rich_utils", "ENVVAR_STRING"),
    ("typer.rich_utils", "DEPRECATED_STRING"),
]


def _requirement(name: str) -> Requirement:
    project = tomllib.loads(PYPROJECT.read_text())["project"]
    [found] = [r for r in map(Requirement, project["dependencies"]) if r.name == name]
    return found


def test_typer_is_bounded_to_a_minor_range() -> None:
    specifier = _requirement("typer").specifier
    assert any(s.operator == "<" for s in specifier), "typer needs an upper bound in pyproject"
    assert any(s.operator == ">=" for s in specifier), "typer needs a lower bound in pyproject"


def test_installed_typer_is_within_the_range_dutch_py_was_written_for() -> None:
    requirement = _requirement("typer")
    installed = version("typer")
    assert requirement.specifier.contains(installed), (
        f"typer {installed} is installed, but bot/cli/dutch.py was written for typer "
        f"{requirement.specifier}: check its patches against this version, then move the bound."
    )


@pytest.mark.parametrize(("module", "attribute"), PATCHED, ids=lambda p: str(p))
def test_what_dutch_py_patches_exists(module: str, attribute: str) -> None:
    try:
        target: object = importlib.import_module(module)
        for part in attribute.split("."):
            target = getattr(target, part)
    except (ImportError, AttributeError) as exc:
        pytest.fail(
            f"bot/cli/dutch.py patches {module}.{attribute}, which this typer "
            f"({version('typer')}) does not have ({exc}); the CLI would not speak Dutch."
        )
