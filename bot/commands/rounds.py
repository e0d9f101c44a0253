"""``/woonzorg ronde``: show, open (``ronde start 2027-H1 [deadline 14-05-2027]``), extend
(``ronde verleng 30-06-2027``), close (``ronde sluit``, asking first when updates are missing)
or reopen (``ronde heropen [deadline 30-06-2027]``) the update round. Coordinators only."""

from __future__ import annotations

import re

from bot.handlers import Context, subcommand
from bot.outcomes import Reply
from bot.views.mrkdwn import escape, unescape
from bot.views.rounds import close_confirmation
from workflows import messages
from workflows.dates.dutch import format_long
from workflows.dates.halfyear import HalfYear
from workflows.dates.workdays import local_date
from workflows.programme.queries import person_by_slack_id
from workflows.runtime.database import transaction
from workflows.updates.round_changes import before_closing, extend_round, reopen_round
from workflows.updates.rounds import (
    RoundProgress,
    close_round,
    latest_round,
    round_progress,
    start_round,
)

_DEADLINE = re.compile(r"\s+(?:deadline|uiterlijk)\s+", re.IGNORECASE)
_START = {"start", "open", "begin", "nieuw"}
_CLOSE = {"sluit", "sluiten", "dicht", "stop", "close"}
_EXTEND = {"verleng", "verlengen", "uitstel"}
_REOPEN = {"heropen", "heropenen", "hervat"}


@subcommand(
    "ronde",
    usage="ronde [start 2026-H1 [deadline 15-05-2026] | verleng 30-06-2026 | sluit | heropen]",
    help=messages.HELP_ROUND,
    coordinator_only=True,
    order=70,
)
def ronde(ctx: Context, args: str) -> Reply:
    words = unescape(args).strip().split(None, 1)
    verb = words[0].lower() if words else ""
    rest = words[1] if len(words) > 1 else ""
    if not verb:
        return _show(ctx)
    if verb in _START:
        return _start(ctx, rest)
    if verb in _CLOSE and not rest:
        return _close(ctx)
    if verb in _EXTEND:
        return _extend(ctx, _DEADLINE.sub("", " " + rest).strip())
    if verb in _REOPEN:
        return _reopen(ctx, _DEADLINE.sub("", " " + rest).strip() or None)
    return Reply(text=messages.ROUND_USAGE)


def _start(ctx: Context, rest: str) -> Reply:
    parts = _DEADLINE.split(" " + rest.strip(), maxsplit=1)
    half_text = parts[0].strip()
    deadline_text = parts[1].strip() if len(parts) > 1 else None
    if not half_text:
        return Reply(text=messages.ROUND_NEEDS_HALF_YEAR)
    tz = ctx.settings.timezone
    with transaction(ctx.engine) as session:
        by = person_by_slack_id(
            session=session, slack_id=ctx.caller.user_id, workspace_id=ctx.workspace_id
        )
        round_ = start_round(
            session=session,
            half_year_text=half_text,
            deadline_text=deadline_text,
            now=ctx.now,
            tz=tz,
            by=by,
            weeks_before_end=ctx.settings.round_deadline_weeks,
            programme_id=ctx.programme_id,
            workspace_id=ctx.workspace_id,
        )
        text = messages.ROUND_STARTED.format(
            half=HalfYear.from_code(round_.half_year).label,
            deadline=format_long(round_.deadline),
            hour=ctx.settings.reminder_hour,
        )
    return Reply(text=text, ephemeral=False)


def _extend(ctx: Context, deadline_text: str) -> Reply:
    with transaction(ctx.engine) as session:
        round_ = extend_round(
            session=session,
            deadline_text=deadline_text,
            now=ctx.now,
            tz=ctx.settings.timezone,
            programme_id=ctx.programme_id,
            workspace_id=ctx.workspace_id,
        )
        text = messages.ROUND_EXTENDED.format(
            half=HalfYear.from_code(round_.half_year).label, deadline=format_long(round_.deadline)
        )
    return Reply(text=text, ephemeral=False)


def _reopen(ctx: Context, deadline_text: str | None) -> Reply:
    tz = ctx.settings.timezone
    with transaction(ctx.engine) as session:
        round_ = reopen_round(
            session=session,
            now=ctx.now,
            tz=tz,
            deadline_text=deadline_text,
            programme_id=ctx.programme_id,
            workspace_id=ctx.workspace_id,
        )
        progress = round_progress(session=session, round_=round_, now=ctx.now, tz=tz)
        text = messages.ROUND_REOPENED.format(
            half=progress.half_year.label,
            deadline=format_long(round_.deadline),
            progress=progress.sentence(),
        )
    return Reply(text=text, ephemeral=False)


def _close(ctx: Context) -> Reply:
    """Close at once when every update is in; otherwise ask first (a button closes)."""
    tz = ctx.settings.timezone
    with transaction(ctx.engine) as session:
        progress = before_closing(
            session=session,
            now=ctx.now,
            tz=tz,
            programme_id=ctx.programme_id,
            workspace_id=ctx.workspace_id,
        )
    if progress.missing:
        text, blocks = close_confirmation(progress)
        return Reply(text=text, blocks=blocks)
    return close_now(ctx, progress.round.id)


def close_now(ctx: Context, round_id: int | None) -> Reply:
    """Close the open round (``round_id``: the one the confirmation asked about)."""
    with transaction(ctx.engine) as session:
        round_ = close_round(
            session=session,
            now=ctx.now,
            round_id=round_id,
            programme_id=ctx.programme_id,
            workspace_id=ctx.workspace_id,
        )
        progress = round_progress(
            session=session, round_=round_, now=ctx.now, tz=ctx.settings.timezone
        )
        text = messages.ROUND_CLOSED.format(
            half=progress.half_year.label, progress=_received(progress)
        )
    return Reply(text=text, ephemeral=False)


def _received(progress: RoundProgress) -> str:
    return messages.ROUND_RECEIVED.format(
        received=progress.received,
        expected=progress.expected,
        updates=messages.form(progress.expected, *messages.UPDATES),
    )


def _show(ctx: Context) -> Reply:
    tz = ctx.settings.timezone
    with transaction(ctx.engine) as session:
        round_ = latest_round(
            session=session, programme_id=ctx.programme_id, workspace_id=ctx.workspace_id
        )
        if round_ is None:
            return Reply(text=messages.ROUND_NONE)
        progress = round_progress(session=session, round_=round_, now=ctx.now, tz=tz)
        half = progress.half_year.label
        if round_.closed_at is None:
            text = messages.ROUND_SHOW_OPEN.format(
                half=half, deadline=format_long(round_.deadline), progress=progress.sentence()
            )
        else:
            text = messages.ROUND_SHOW_CLOSED.format(
                half=half,
                closed=format_long(local_date(round_.closed_at, tz)),
                progress=_received(progress),
            )
        if progress.missing and round_.closed_at is None:
            codes = ", ".join(escape(a.code) for a in progress.missing)
            text += " " + messages.ROUND_SHOW_MISSING.format(codes=codes)
    return Reply(text=text)
