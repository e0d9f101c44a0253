"""The report for chat: compile the .docx and share it where the coordinator asked for it.

Used by ``/woonzorg rapport`` after the acknowledgement. The file goes to the channel the
command was typed in; when that was a direct message, or the bot may not post in the channel,
it goes to the coordinator's DM with the bot instead. Any failure becomes a Dutch
``WoonzorgError`` for the coordinator, never silence.
"""

from __future__ import annotations

import re
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
from workflows.report.compile import Compiled, Options, compile_report, report_filename

_DIRECT = ("D",)  # Slack conversation ids of direct messages


def requested_half_year(text: str | None, *, now: datetime, tz: ZoneInfo) -> HalfYear:
    """The half-year typed (any form HalfYear.parse reads), else the current one."""
    if text is None or not text.strip():
        return HalfYear.containing(now.astimezone(tz).date())
    return HalfYear.parse(text)


def requested_period(
    text: str | None, *, now: datetime, tz: ZoneInfo
) -> tuple[HalfYear, int | None]:
    """A year (``2026``: the jaarrapportage, its second half-year) or a half-year as above."""
    typed = (text or "").strip()
    if re.fullmatch(r"(19|20)\d\d", typed):
        return HalfYear(int(typed), 2), int(typed)
    return requested_half_year(text, now=now, tz=tz), None


def asked_in_channel(channel: str | None) -> bool:
    return bool(channel) and not str(channel).startswith(_DIRECT)


@dataclass(frozen=True)
class Shared:
    compiled: Compiled
    target: str  # the channel id, or the coordinator's user id for the DM
    fell_back: bool  # asked in a channel, but it went to the DM
    internal_sent: bool = True  # the internal version reached the coordinator's DM

    @property
    def in_dm(self) -> bool:
        return self.target.startswith(("U", "W", *_DIRECT))

    def confirmation(self) -> str:
        text = self._where()
        if not self.internal_sent:
            text += " " + messages.REPORT_SLACK_INTERNAL_FAILED
        return text

    def _where(self) -> str:
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
    workspace_id: str,
    notifier: Notifier,
    half_year: HalfYear,
    now: datetime,
    tz: ZoneInfo,
    channel: str | None,
    user_id: str,
    year: int | None = None,
    names: bool = False,
    programme_id: int | None = None,
) -> Shared:
    """Compile the .docx for ``half_year`` (or ``year``) in a temporary folder and upload it
    (see module): the council version where it was asked for, and the internal version (names,
    missing updates) to the coordinator alone, in the DM."""
    with tempfile.TemporaryDirectory(prefix="woonzorg-rapport-") as folder:
        path = Path(folder) / report_filename(half_year, year=year)
        compiled = compile_report(
            engine=engine,
            half_year=half_year,
            path=path,
            now=now,
            tz=tz,
            options=Options(year=year, names=names),
            workspace_id=workspace_id,
            programme_id=programme_id,
        )
        label = compiled.report.label
        title = (
            messages.REPORT_YEAR_TITLE.format(year=year)
            if year is not None
            else messages.REPORT_TITLE.format(half=half_year.label)
        )
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
            sent = _share_internal(
                engine=engine,
                notifier=notifier,
                half_year=half_year,
                now=now,
                tz=tz,
                year=year,
                user_id=user_id,
                folder=Path(folder),
                title=title,
                label=label,
                workspace_id=workspace_id,
                programme_id=programme_id,
            )
            return Shared(
                compiled=compiled,
                target=target,
                fell_back=bool(failure) and target == user_id,
                internal_sent=sent,
            )
    reason = failure.reason if failure else "?"
    raise OutputError(
        messages.REPORT_SLACK_UPLOAD_FAILED.format(half=half_year.label, reason=reason)
    )


def _share_internal(
    *,
    engine: Engine,
    workspace_id: str,
    notifier: Notifier,
    half_year: HalfYear,
    now: datetime,
    tz: ZoneInfo,
    year: int | None,
    user_id: str,
    folder: Path,
    title: str,
    label: str,
    programme_id: int | None = None,
) -> bool:
    """The internal version, to the coordinator's DM only: it names people. False when Slack
    refused it (the coordinator is told; ``woonzorg rapport --intern`` makes it too)."""
    path = folder / report_filename(half_year, year=year, internal=True)
    compile_report(
        engine=engine,
        half_year=half_year,
        path=path,
        now=now,
        tz=tz,
        options=Options(year=year, internal=True),
        workspace_id=workspace_id,
        programme_id=programme_id,
    )
    try:
        notifier.upload_file(
            user_id,
            path,
            f"{title} ({messages.REPORT_INTERNAL_SHORT})",
            messages.REPORT_SLACK_INTERNAL_COMMENT.format(label=label),
        )
    except DeliveryError:
        return False
    return True


def started_text(half_year: HalfYear, channel: str | None, year: int | None = None) -> str:
    """The immediate acknowledgement."""
    where = (
        messages.REPORT_SLACK_WHERE_CHANNEL
        if asked_in_channel(channel)
        else messages.REPORT_SLACK_WHERE_DM
    )
    if year is not None:
        return messages.REPORT_SLACK_STARTED_YEAR.format(year=year, where=where)
    return messages.REPORT_SLACK_STARTED.format(half=half_year.label, where=where)
