"""The report for chat: compile the .docx and share it where the coordinator asked for it.

Used by ``/woonzorg rapport`` after the acknowledgement. The file goes to the channel the
command was typed in; when that was a direct message, or the bot may not post in the channel,
it goes to the coordinator's DM with the bot instead. Any failure becomes a Dutch
``WoonzorgError`` for the coordinator, never silence.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine

from workflows import messages
from workflows.dates.halfyear import HalfYear
from workflows.errors import OutputError
from workflows.ports.notify import DeliveryError, Notifier
from workflows.report.compile import Compiled, compile_report, report_filename

_DIRECT = ("D",)  # Slack conversation ids of direct messages


def requested_half_year(text: str | None, *, now: datetime, tz: ZoneInfo) -> HalfYear:
    """The half-year typed (any form HalfYear.parse reads), else the current one."""
    if text is None or not text.strip():
        return HalfYear.containing(now.astimezone(tz).date())
    return HalfYear.parse(text)


def asked_in_channel(channel: str | None) -> bool:
    return bool(channel) and not str(channel).startswith(_DIRECT)


@dataclass(frozen=True)
class Shared:
    compiled: Compiled
    target: str  # the channel id, or the coordinator's user id for the DM
    fell_back: bool  # asked in a channel, but it went to the DM

    @property
    def in_dm(self) -> bool:
        return self.target.startswith(("U", "W", *_DIRECT))

    def confirmation(self) -> str:
        half = self.compiled.report.half_year.label
        summary = self.compiled.summary
        if self.fell_back:
            return messages.REPORT_SLACK_FALLBACK_DM.format(summary=summary)
        if self.in_dm:
            return messages.REPORT_SLACK_DONE_DM.format(half=half, summary=summary)
        return messages.REPORT_SLACK_DONE_CHANNEL.format(
            half=half, channel=self.target, summary=summary
        )


def share_report(
    *,
    engine: Engine,
    notifier: Notifier,
    half_year: HalfYear,
    now: datetime,
    tz: ZoneInfo,
    channel: str | None,
    user_id: str,
    programme_id: int | None = None,
) -> Shared:
    """Compile the .docx for ``half_year`` in a temporary folder and upload it (see module)."""
    with tempfile.TemporaryDirectory(prefix="woonzorg-rapport-") as folder:
        path = Path(folder) / report_filename(half_year)
        compiled = compile_report(
            engine=engine,
            half_year=half_year,
            path=path,
            now=now,
            tz=tz,
            programme_id=programme_id,
        )
        title = messages.REPORT_TITLE.format(half=half_year.label)
        comment = messages.REPORT_SLACK_COMMENT.format(
            half=half_year.label, summary=compiled.summary
        )
        targets = [channel] if channel and asked_in_channel(channel) else []
        targets.append(user_id)  # the DM: the notifier opens it from the user id
        failure: DeliveryError | None = None
        for target in targets:
            try:
                notifier.upload_file(target, path, title, comment)
            except DeliveryError as exc:
                failure = exc
                continue
            return Shared(
                compiled=compiled, target=target, fell_back=bool(failure) and target == user_id
            )
    reason = failure.reason if failure else "?"
    raise OutputError(
        messages.REPORT_SLACK_UPLOAD_FAILED.format(half=half_year.label, reason=reason)
    )


def started_text(half_year: HalfYear, channel: str | None) -> str:
    """The immediate acknowledgement."""
    where = (
        messages.REPORT_SLACK_WHERE_CHANNEL
        if asked_in_channel(channel)
        else messages.REPORT_SLACK_WHERE_DM
    )
    return messages.REPORT_SLACK_STARTED.format(half=half_year.label, where=where)
