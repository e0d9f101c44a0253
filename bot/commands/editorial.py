"""``/woonzorg redactie [HALFJAAR]``: the editorial review of this round's updates;
``redactie inleiding`` and ``redactie actielijn 2``: the coordinators' own report texts."""

from __future__ import annotations

from bot.handlers import Context, subcommand
from bot.outcomes import OpenModal, Reply
from bot.views.editorial import parse_value, review_blocks
from bot.views.programmes import with_programme
from bot.views.sections import section_modal
from workflows import messages
from workflows.editorial import Reviewed, load_review, open_section, review_step
from workflows.editorial.sections import INTRODUCTION, THEME, split_part

SECTION_WORDS = (INTRODUCTION, "introductie", THEME)


def review_page(ctx: Context, page: int, half_year: str = "") -> tuple[str, list]:  # type: ignore[type-arg]
    review = load_review(
        engine=ctx.engine,
        directory=ctx.directory,
        settings=ctx.settings,
        slack_id=ctx.caller.user_id,
        now=ctx.now,
        half_year=half_year,
        workspace_id=ctx.workspace_id,
        programme_id=ctx.programme_id,
    )
    return review_blocks(review, page, ctx.programme_id, ctx.settings.timezone)


def review(ctx: Context, value: str, step: str, text: str = "") -> tuple[Reviewed, int]:
    """One review step on the update a button value or form metadata names (``2.4|17|1``);
    returns what was reviewed and the page the coordinator was on."""
    code, update_id, page = parse_value(value)
    reviewed = review_step(
        engine=ctx.engine,
        directory=ctx.directory,
        settings=ctx.settings,
        slack_id=ctx.caller.user_id,
        code=code,
        update_id=update_id,
        now=ctx.now,
        step=step,
        text=text,
        workspace_id=ctx.workspace_id,
        programme_id=ctx.programme_id,
    )
    return reviewed, page


@subcommand(
    "redactie",
    usage="redactie [2026-H2 | inleiding | actielijn 2]",
    help=messages.HELP_REVIEW,
    coordinator_only=True,
    order=74,
)
def redactie(ctx: Context, args: str) -> Reply | OpenModal:
    first = args.split()[0].lower() if args.split() else ""
    if first in SECTION_WORDS:
        split_part(args)  # a malformed part is a Dutch ParseError before anything is read
        found = open_section(
            engine=ctx.engine,
            directory=ctx.directory,
            settings=ctx.settings,
            slack_id=ctx.caller.user_id,
            args=args,
            now=ctx.now,
            workspace_id=ctx.workspace_id,
            programme_id=ctx.programme_id,
        )
        view = section_modal(found)
        view["private_metadata"] = with_programme(ctx.programme_id, view["private_metadata"])
        return OpenModal(view=view)
    text, blocks = review_page(ctx, 1, args)
    return Reply(text=text, blocks=blocks)
