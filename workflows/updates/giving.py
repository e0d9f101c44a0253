"""Giving an update: the modal's prefill, recording it, and telling the coordinators when the
owner asks for help."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session

from workflows import messages
from workflows.dates.halfyear import HalfYear
from workflows.errors import ParseError, Unavailable
from workflows.ports.directory import Directory
from workflows.programme.callers import action_and_caller, coordinator_slack_ids
from workflows.programme.permissions import check_may_update
from workflows.programme.queries import person_by_slack_id
from workflows.programme.statuses import Status
from workflows.runtime.database import transaction
from workflows.settings import Settings
from workflows.updates.history import (
    check_length,
    hold_action,
    latest_quantity,
    record_update,
)
from workflows.updates.rounds import open_round
from workflows.updates.slack_markup import plain_text


@dataclass(frozen=True)
class UpdateForm:
    """What the update modal is prefilled with."""

    code: str
    title: str
    status: Status
    text: str
    numeric_target: bool
    target: str | None
    unit: str | None
    realised_quantity: float | None
    round: HalfYear | None


@dataclass(frozen=True)
class UpdateReceipt:
    code: str
    title: str
    status: Status
    text: str
    realised_quantity: float | None
    round: HalfYear | None
    help_needed: bool
    bottlenecks: str | None
    author: str  # the caller's name, for the coordinators' message
    coordinators: list[str]  # Slack ids to tell when help is needed (the caller excluded)


def parse_quantity(text: str | None) -> float | None:
    """A realised quantity as people type it: ``12``, ``12,5``, ``1.500``. Empty gives None."""
    raw = (text or "").strip()
    if not raw:
        return None
    cleaned = raw.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", cleaned):
        cleaned = cleaned.replace(".", "")
    cleaned = cleaned.replace(",", ".")
    if not re.fullmatch(r"\d+(?:\.\d+)?", cleaned):
        raise ParseError(messages.BAD_QUANTITY.format(text=raw))
    return float(cleaned)


def update_form(
    *,
    engine: Engine,
    workspace_id: str,
    directory: Directory,
    settings: Settings,
    slack_id: str,
    code: str,
    programme_id: int | None = None,
) -> UpdateForm:
    """The modal's prefill, after checking that the caller may update this action."""
    with transaction(engine) as session:
        programme, action, caller = action_and_caller(
            session=session,
            workspace_id=workspace_id,
            code=code,
            slack_id=slack_id,
            directory=directory,
            settings=settings,
            programme_id=programme_id,
        )
        check_may_update(session=session, who=caller, action=action)
        current = open_round(session=session, programme=programme)
        return UpdateForm(
            code=action.code,
            title=action.title,
            status=action.status,
            text=action.status_text,
            numeric_target=action.target_min is not None,
            target=action.target_text,
            unit=action.target_unit,
            realised_quantity=latest_quantity(session=session, action=action),
            round=HalfYear.from_code(current.half_year) if current else None,
        )


def _names(
    session: Session, workspace_id: str, directory: Directory
) -> Callable[[str], str | None]:
    """A mentioned person's name by Slack id: the people table, else the workspace."""

    def name_for(slack_id: str) -> str | None:
        person = person_by_slack_id(session=session, workspace_id=workspace_id, slack_id=slack_id)
        if person is not None and person.name:
            return person.name
        try:
            info = directory.user_info(slack_id)
        except Unavailable:
            return None
        return info[0] if info else None

    return name_for


def give_update(
    *,
    engine: Engine,
    workspace_id: str,
    directory: Directory,
    settings: Settings,
    slack_id: str,
    code: str,
    now: datetime,
    source: str,
    text: str | None = None,
    status: Status | None = None,
    realised_quantity: float | None = None,
    bottlenecks: str | None = None,
    help_needed: bool = False,
    escaped: bool = False,
    programme_id: int | None = None,
    reason: str | None = None,
    correction: str | None = None,
) -> UpdateReceipt:
    """Record an update (append-only). When help is asked, the receipt names the coordinators
    to tell (the caller sends the message after this commit, so the update is safe even if a
    coordinator cannot be reached).

    ``text=None`` keeps the stand van zaken, ``status=None`` keeps the status. ``reason`` (the
    knelpunt: why the status is what it is, or a status change's toelichting) and
    ``correction`` (the bijsturing) are kept apart from the stand van zaken, for the report's
    deviations. Over-long texts are refused before anything is written. ``escaped``: ``text``
    is command text as Slack sends it (mentions, channels and links as ``<...>``, ``& < >`` as
    entities); the plain text it stands for is stored (``slack_markup.plain_text``).
    """
    if text is not None and not escaped:
        check_length(text.strip())
    for extra in (bottlenecks, reason, correction):
        if extra:
            check_length(extra.strip())
    with transaction(engine, silent=messages.UPDATE_NOT_SAVED_SILENT) as session:
        if text is not None and escaped:
            text = plain_text(text, _names(session, workspace_id, directory))
            check_length(text.strip())
        if reason and escaped:
            reason = plain_text(reason, _names(session, workspace_id, directory))
        programme, action, caller = action_and_caller(
            session=session,
            workspace_id=workspace_id,
            code=code,
            slack_id=slack_id,
            directory=directory,
            settings=settings,
            programme_id=programme_id,
        )
        check_may_update(session=session, who=caller, action=action)
        update = record_update(
            session=session,
            action=action,
            author=caller.person,
            now=hold_action(session=session, action=action, now=now),
            text=text,
            status=status,
            realised_quantity=realised_quantity,
            bottlenecks=bottlenecks,
            help_needed=help_needed,
            source=source,
            reason=reason,
            tz=settings.timezone,
            correction=correction,
        )
        current = open_round(session=session, programme=programme)
        coordinators = coordinator_slack_ids(
            session=session, workspace_id=workspace_id, settings=settings, programme_id=programme.id
        )
        name = (caller.person.name if caller.person else None) or slack_id
        receipt = UpdateReceipt(
            code=action.code,
            title=action.title,
            status=update.status,
            text=update.text,
            realised_quantity=update.realised_quantity,
            round=HalfYear.from_code(current.half_year) if current else None,
            help_needed=help_needed,
            bottlenecks=update.bottlenecks,
            author=name,
            coordinators=[c for c in coordinators if c != slack_id],
        )
    return receipt
