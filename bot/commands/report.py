"""``/woonzorg rapport [HALFJAAR]``: the half-yearly report, compiled after the acknowledgement."""

from __future__ import annotations

from bot.handlers import Context, subcommand
from bot.outcomes import Later, Reply
from workflows import messages
from workflows.report.share import requested_period, share_report, started_text


@subcommand(
    "rapport",
    usage="rapport [2026-H1 | 2026]",
    help=messages.HELP_REPORT,
    coordinator_only=True,
    order=73,
    aliases=("report",),
)
def rapport(ctx: Context, args: str) -> Later:
    # A half-year that does not parse is refused at once (ParseError quotes it back).
    half_year, year = requested_period(args, now=ctx.now, tz=ctx.settings.timezone)
    channel = ctx.caller.channel_id

    def work() -> Reply:
        shared = share_report(
            engine=ctx.engine,
            notifier=ctx.notifier,
            half_year=half_year,
            now=ctx.now,
            tz=ctx.settings.timezone,
            channel=channel,
            user_id=ctx.caller.user_id,
            year=year,
            names=ctx.settings.report_names,
            programme_id=ctx.programme_id,
            workspace_id=ctx.workspace_id,
        )
        return Reply(text=shared.confirmation())

    return Later(ack=Reply(text=started_text(half_year, channel, year)), work=work)
