"""Which half-year the editors work on: the round named, else the open one, else the newest."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from storage.models import Programme, Round
from workflows import messages
from workflows.dates.halfyear import HalfYear
from workflows.dates.workdays import local_date
from workflows.errors import NotFound
from workflows.updates.rounds import latest_round


def review_round(
    *, session: Session, programme: Programme, text: str, now: datetime, tz: ZoneInfo
) -> Round:
    """The round of the half-year in ``text`` (any form HalfYear.parse reads); without one,
    the open round, else the most recent one. NotFound (in Dutch) when there is none."""
    if text.strip():
        half = HalfYear.parse(text)
        found = session.exec(
            select(Round).where(Round.programme_id == programme.id, Round.half_year == half.code)
        ).first()
        if found is None:
            raise NotFound(messages.REVIEW_NO_ROUND_FOR.format(half=half.label))
        return found
    found = latest_round(
        session=session, workspace_id=programme.workspace_id, programme_id=programme.id
    )
    if found is None:
        raise NotFound(messages.REVIEW_NO_ROUND)
    return found


def report_half_year(
    *, session: Session, programme: Programme, text: str, now: datetime, tz: ZoneInfo
) -> HalfYear:
    """The half-year a coordinator's report text is for: the one typed, else the half-year of
    the open (or newest) round, else the half-year running now."""
    if text.strip():
        return HalfYear.parse(text)
    found = latest_round(
        session=session, workspace_id=programme.workspace_id, programme_id=programme.id
    )
    if found is not None:
        return HalfYear.from_code(found.half_year)
    return HalfYear.containing(local_date(now, tz))
