"""``woonzorg programma lijst | hernoem SLUG NAAM | kanaal SLUG KANAAL | verwijder SLUG [--ja]``:
the programmes of one workspace (``--werkruimte TEAM-ID``; none: the single-token workspace),
workflows/programme/admin.py."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli.base import WorkspaceOption, app, dutch_errors, load_settings
from bot.cli.dutch import DutchGroup
from workflows import messages

if TYPE_CHECKING:
    from workflows.programme.admin import ProgrammeInfo

programme_app = typer.Typer(
    cls=DutchGroup,
    options_metavar=messages.CLI_OPTIONS_METAVAR,
    subcommand_metavar=messages.CLI_SUBCOMMAND_METAVAR,
    no_args_is_help=True,
    help=messages.PROGRAMME_CLI_HELP,
)
app.add_typer(programme_app, name="programma")

Slug = Annotated[
    str,
    typer.Argument(
        show_default=False, metavar=messages.CLI_METAVAR_SLUG, help=messages.PROGRAMME_SLUG_HELP
    ),
]


def _counts(info: ProgrammeInfo) -> dict[str, str]:
    return {
        "slug": info.slug,
        "name": info.name,
        "actions": messages.plural(info.actions, *messages.ACTIONS),
        "updates": messages.plural(info.updates, *messages.UPDATES),
    }


@programme_app.command("lijst", help=messages.PROGRAMME_LIST_HELP)
def programme_list(werkruimte: WorkspaceOption = None) -> None:
    from workflows.programme.admin import programme_list as listed
    from workflows.programme.workspaces import parse_workspace_id
    from workflows.runtime.database import engine_for

    with dutch_errors():
        workspace_id = parse_workspace_id(werkruimte)
        found = listed(engine_for(load_settings()), workspace_id)
    if not found:
        typer.echo(messages.PROGRAMME_LIST_EMPTY)
    for info in found:
        rounds = ", ".join(info.open_rounds)
        typer.echo(
            messages.PROGRAMME_LIST_LINE.format(
                **_counts(info),
                rounds=messages.PROGRAMME_LIST_ROUNDS.format(rounds=rounds) if rounds else "",
                channel=messages.PROGRAMME_LIST_CHANNEL.format(channel=info.digest_channel)
                if info.digest_channel
                else "",
            )
        )


@programme_app.command("hernoem", help=messages.PROGRAMME_RENAME_HELP)
def programme_rename(
    slug: Slug,
    naam: Annotated[
        str,
        typer.Argument(
            show_default=False,
            metavar=messages.CLI_METAVAR_NAME,
            help=messages.PROGRAMME_NEW_NAME_HELP,
        ),
    ],
    werkruimte: WorkspaceOption = None,
) -> None:
    from workflows.programme.admin import rename_programme
    from workflows.programme.workspaces import parse_workspace_id
    from workflows.runtime.database import engine_for

    with dutch_errors():
        workspace_id = parse_workspace_id(werkruimte)
        old, info = rename_programme(engine_for(load_settings()), workspace_id, slug, naam)
    typer.echo(messages.PROGRAMME_RENAMED.format(slug=info.slug, name=info.name, old=old))


@programme_app.command("kanaal", help=messages.PROGRAMME_CHANNEL_HELP)
def programme_channel(
    slug: Slug,
    kanaal: Annotated[
        str,
        typer.Argument(
            show_default=False,
            metavar=messages.CLI_METAVAR_CHANNEL,
            help=messages.PROGRAMME_CHANNEL_ARG_HELP,
        ),
    ],
    werkruimte: WorkspaceOption = None,
) -> None:
    from workflows.programme.admin import set_digest_channel
    from workflows.programme.workspaces import parse_workspace_id
    from workflows.runtime.database import engine_for

    with dutch_errors():
        workspace_id = parse_workspace_id(werkruimte)
        chosen = None if kanaal.strip() == "-" else kanaal
        info = set_digest_channel(engine_for(load_settings()), workspace_id, slug, chosen)
    if info.digest_channel:
        typer.echo(messages.PROGRAMME_CHANNEL_SET.format(slug=info.slug, channel=kanaal))
    else:
        typer.echo(messages.PROGRAMME_CHANNEL_DEFAULT.format(slug=info.slug))


@programme_app.command("verwijder", help=messages.PROGRAMME_DELETE_HELP)
def programme_delete(
    slug: Slug,
    ja: Annotated[bool, typer.Option("--ja", help=messages.PROGRAMME_DELETE_YES_HELP)] = False,
    werkruimte: WorkspaceOption = None,
) -> None:
    from workflows.programme.admin import delete_programme
    from workflows.programme.workspaces import parse_workspace_id
    from workflows.runtime.database import engine_for

    def confirm(info: ProgrammeInfo) -> bool:
        """Show what goes, then ask (only in a terminal; a script needs --ja). "No" leaves
        the transaction without a change and is no error."""
        typer.echo(messages.PROGRAMME_DELETE_SUMMARY.format(**_counts(info)))
        if not sys.stdin.isatty():
            return False
        if not typer.confirm(messages.PROGRAMME_DELETE_CONFIRM, default=False):
            typer.echo(messages.PROGRAMME_DELETE_CANCELLED)
            raise typer.Exit(code=0)
        return True

    with dutch_errors():
        workspace_id = parse_workspace_id(werkruimte)
        info = delete_programme(
            engine_for(load_settings()), workspace_id, slug, force=ja, confirm=confirm
        )
    typer.echo(messages.PROGRAMME_DELETED.format(**_counts(info)))
