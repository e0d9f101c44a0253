"""The Typer app, and ``dutch_errors``: domain errors become Dutch messages and exit code 1."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli.dutch import install as install_dutch
from bot.cli.lazy import RootGroup
from workflows import messages
from workflows.errors import DatabaseMisconfigured, WoonzorgError

if TYPE_CHECKING:
    from workflows.settings import Settings

install_dutch()  # before any help or usage error can be shown

# Start-up time: modules here and in the *_cmd modules import only typer and the Dutch text at
# the top; each command imports its own stack (sqlalchemy, slack_sdk, docx...) when it runs, and
# its module is imported only then (RootGroup, bot/cli/lazy.py).
app = typer.Typer(
    cls=RootGroup,
    add_completion=False,
    options_metavar=messages.CLI_OPTIONS_METAVAR,
    subcommand_metavar=messages.CLI_SUBCOMMAND_METAVAR,
    no_args_is_help=True,
    help=messages.CLI_HELP,
    pretty_exceptions_enable=False,
)


# ``--werkruimte TEAM-ID`` of import, export and rapport (an OAuth deployment holds many).
WorkspaceOption = Annotated[
    str | None,
    typer.Option(
        "--werkruimte",
        help=messages.WORKSPACE_OPTION_HELP,
        metavar=messages.CLI_METAVAR_WORKSPACE,
    ),
]


def load_settings() -> Settings:
    from workflows.settings import Settings

    return Settings()


@contextmanager
def dutch_errors() -> Iterator[None]:
    """Show a WoonzorgError as its Dutch message on stderr and exit 1; never a traceback.

    A misconfigured database shows its detail (paths, hosts): here the operator is reading."""
    try:
        yield
    except DatabaseMisconfigured as exc:
        typer.echo(exc.detail, err=True)
        raise typer.Exit(code=1) from None
    except WoonzorgError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(code=1) from None


def configure_logging() -> None:
    """Log lines on stderr from INFO up (``run`` and ``tick``; not imported for ``--help``)."""
    import logging

    logging.basicConfig(
        level=logging.INFO,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


@app.callback()
def _root() -> None:
    """The root command: its help is ``CLI_HELP`` (the docstring would be shown otherwise)."""
