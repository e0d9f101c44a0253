"""All tables of woonzorg-bot in one module.

Vocabulary follows docs/specification.md section 1: a Programme has Themes (actielijnen)
with Actions; a Person owns actions; StatusUpdate is the append-only history of every action.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Index, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from storage.types import (
    NotificationKind,
    NotificationKindColumn,
    Status,
    StatusColumn,
    UTCDateTime,
    utcnow,
)


def slug_for(name: str) -> str:
    """``Van opvang naar wonen`` -> ``van-opvang-naar-wonen``: lower case ASCII and hyphens."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:50] or "programma"


def _slug_from_name(context: Any) -> str:
    """The column default: the name's slug, numbered (``-2``) when another programme of the
    same workspace has it."""
    parameters = context.get_current_parameters()
    base = slug_for(parameters.get("name") or "")
    taken = {
        row[0]
        for row in context.connection.execute(
            text("SELECT slug FROM programme WHERE slug LIKE :pattern AND workspace_id = :ws"),
            {"pattern": base + "%", "ws": parameters.get("workspace_id") or ""},
        )
    }
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


class Programme(SQLModel, table=True):
    """One uitvoeringsprogramma; a deployment holds any number, each known by its slug within
    its workspace."""

    __table_args__ = (Index("uq_programme_workspace_slug", "workspace_id", "slug", unique=True),)
    id: int | None = Field(default=None, primary_key=True)
    # The Slack team id; "" is the one workspace of a single-token deployment (SLACK_BOT_TOKEN).
    workspace_id: str = Field(
        default="", max_length=32, index=True, sa_column_kwargs={"server_default": ""}
    )
    name: str = Field(max_length=300)
    # "opvang", "woonzorgvisie"; made from the name when not given
    slug: str = Field(max_length=60, index=True, sa_column_kwargs={"default": _slug_from_name})
    digest_channel: str | None = Field(default=None, max_length=40)  # else the configured one
    # When the previous import was applied: a Slack update after it wins over an older file.
    imported_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ProgrammeCoordinator(SQLModel, table=True):
    """A coordinator of one programme (the configured coordinators coordinate all)."""

    programme_id: int = Field(foreign_key="programme.id", primary_key=True)
    person_id: int = Field(foreign_key="person.id", primary_key=True)


class ChannelLink(SQLModel, table=True):
    """``/woonzorg koppel SLUG``: commands typed in this channel mean this programme.

    Keyed by workspace too: a channel shared between workspaces (Slack Connect) has one id in
    both, and each workspace links it to a programme of its own."""

    workspace_id: str = Field(default="", max_length=32, primary_key=True)
    channel_id: str = Field(max_length=40, primary_key=True)
    programme_id: int = Field(foreign_key="programme.id", index=True)


class Theme(SQLModel, table=True):
    """An actielijn / speerpunt: a numbered group of actions."""

    __table_args__ = (UniqueConstraint("programme_id", "number"),)
    id: int | None = Field(default=None, primary_key=True)
    programme_id: int = Field(foreign_key="programme.id", index=True)
    number: str = Field(max_length=20)
    title: str = Field(max_length=500)
    position: int = 0


class Person(SQLModel, table=True):
    """Someone who owns, deputises or coordinates; a Slack user when slack_id is known.

    Slack id and e-mail are unique within a workspace (an Enterprise Grid user has one Slack
    id in every workspace of the org, and is a separate person in each)."""

    __table_args__ = (
        Index("uq_person_workspace_slack_id", "workspace_id", "slack_id", unique=True),
        Index("uq_person_workspace_email", "workspace_id", "email", unique=True),
    )
    id: int | None = Field(default=None, primary_key=True)
    # The Slack team id; "" is the one workspace of a single-token deployment (SLACK_BOT_TOKEN).
    workspace_id: str = Field(
        default="", max_length=32, index=True, sa_column_kwargs={"server_default": ""}
    )
    name: str | None = Field(default=None, max_length=300)
    email: str | None = Field(default=None, max_length=320, index=True)
    slack_id: str | None = Field(default=None, max_length=32, index=True)
    is_coordinator: bool = False
    # "person", or "team": a team or organisation ("team Wonen", "corporaties") that owns
    # actions but has no Slack account; its reminders go to ``contact_id``.
    kind: str = Field(
        default="person", max_length=10, sa_column_kwargs={"server_default": "person"}
    )
    contact_id: int | None = Field(default=None, foreign_key="person.id")
    # The team or organisation the council version of the report shows instead of the name.
    organisation: str | None = Field(default=None, max_length=300)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Action(SQLModel, table=True):
    """One line of the programme, identified by its code (``2.4``) within the programme."""

    __table_args__ = (UniqueConstraint("programme_id", "code"),)
    id: int | None = Field(default=None, primary_key=True)
    programme_id: int = Field(foreign_key="programme.id", index=True)
    theme_id: int = Field(foreign_key="theme.id", index=True)
    code: str = Field(max_length=30)
    title: str = Field(sa_type=Text)
    description: str = Field(default="", sa_type=Text)
    steps: list[str] = Field(default_factory=list, sa_type=JSON)
    partners: list[str] = Field(default_factory=list, sa_type=JSON)
    # {"2026-H1": "preparation", "2026-H2": "realisation"}
    planning: dict[str, str] = Field(default_factory=dict, sa_type=JSON)
    target_text: str | None = Field(default=None, sa_type=Text)
    target_min: float | None = None
    target_max: float | None = None
    target_unit: str | None = Field(default=None, max_length=200)
    target_per_year: bool = False
    target_qualifier: str | None = Field(default=None, max_length=10)  # circa/minimaal/maximaal
    # "doorlopend": the action runs on instead of ending by a deadline
    continuous: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    deadline: str | None = Field(default=None, max_length=7)  # a half-year code, "2027-H2"
    status: Status = Field(default=Status.NOT_STARTED, sa_type=StatusColumn(20))
    status_text: str = Field(default="", sa_type=Text)  # latest stand van zaken (denormalised)
    owner_id: int | None = Field(default=None, foreign_key="person.id", index=True)
    # Money in EUR: the whole budget and what was spent so far; per year optional, {"2026": 1e5}.
    budget: float | None = None
    spent: float | None = None
    budget_years: dict[str, float] | None = Field(default=None, sa_type=JSON)
    spent_years: dict[str, float] | None = Field(default=None, sa_type=JSON)
    position: int = 0
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ActionDeputy(SQLModel, table=True):
    """A plaatsvervanger: may update the action on the owner's behalf."""

    action_id: int = Field(foreign_key="action.id", primary_key=True)
    person_id: int = Field(foreign_key="person.id", primary_key=True)


class ActionChange(SQLModel, table=True):
    """Audit of changes to an action's fields (planning moved, owner changed, re-import...)."""

    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="action.id", index=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    field: str = Field(max_length=40)  # "planning", "owner", "title", "created", "cancelled", ...
    old: Any = Field(default=None, sa_type=JSON)
    new: Any = Field(default=None, sa_type=JSON)
    source: str = Field(default="import", max_length=20)


class Round(SQLModel, table=True):
    """An updateronde: the collection of updates for one half-year, with a deadline."""

    __table_args__ = (UniqueConstraint("programme_id", "half_year"),)
    id: int | None = Field(default=None, primary_key=True)
    programme_id: int = Field(foreign_key="programme.id", index=True)
    half_year: str = Field(max_length=7)
    deadline: date
    opened_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    opened_by_id: int | None = Field(default=None, foreign_key="person.id")
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class StatusUpdate(SQLModel, table=True):
    """One submitted update. Append-only: rows are never updated or deleted."""

    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="action.id", index=True)
    round_id: int | None = Field(default=None, foreign_key="round.id", index=True)
    author_id: int | None = Field(default=None, foreign_key="person.id")
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    status: Status = Field(sa_type=StatusColumn(20))
    text: str = Field(default="", sa_type=Text)
    realised_quantity: float | None = None
    bottlenecks: str | None = Field(default=None, sa_type=Text)  # knelpunten
    # Why the status is what it is (a status change's toelichting; the knelpunt when delayed),
    # kept apart from the stand van zaken, and the bijsturing: what is done about it.
    reason: str | None = Field(default=None, sa_type=Text)
    correction: str | None = Field(default=None, sa_type=Text)
    help_needed: bool = False
    carried_over: bool = False  # "geen wijziging": the previous text recorded again
    source: str = Field(default="slack", max_length=20)  # import / slack / console


class ReportText(SQLModel, table=True):
    """The text of one action in one half-year's report, as edited in the editorial review.

    When it exists the report shows it instead of the owner's stand van zaken; until
    ``approved_at`` is set it is a concept, marked as such in a draft report.
    """

    __table_args__ = (UniqueConstraint("action_id", "half_year"),)
    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="action.id", index=True)
    half_year: str = Field(max_length=7)
    text: str = Field(default="", sa_type=Text)
    edited_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    edited_by_id: int | None = Field(default=None, foreign_key="person.id")
    approved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    approved_by_id: int | None = Field(default=None, foreign_key="person.id")
    # The owner's update this review is about: when the owner gives a newer one, the review
    # (approval, edit, question) no longer applies and the newer update waits for review.
    update_id: int | None = Field(default=None, foreign_key="statusupdate.id")
    edited: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})  # by the editor
    # "Terugsturen": the editor asked the owner a question; a new update answers it.
    sent_back_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    sent_back_by_id: int | None = Field(default=None, foreign_key="person.id")
    question: str | None = Field(default=None, sa_type=Text)


class ReportSection(SQLModel, table=True):
    """A coordinator's own text in one half-year's report of a programme: the introduction
    (``part`` "inleiding") or the text under one actielijn's heading (``part`` "actielijn:<theme
    id>", with ``theme_id``)."""

    __table_args__ = (UniqueConstraint("programme_id", "half_year", "part"),)
    id: int | None = Field(default=None, primary_key=True)
    programme_id: int = Field(foreign_key="programme.id", index=True)
    half_year: str = Field(max_length=7)
    part: str = Field(max_length=40)
    theme_id: int | None = Field(default=None, foreign_key="theme.id")
    text: str = Field(default="", sa_type=Text)
    edited_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    edited_by_id: int | None = Field(default=None, foreign_key="person.id")


class Spending(SQLModel, table=True):
    """An amount spent on an action in a year, recorded in Slack (``/woonzorg besteed``).

    Append-only; ``Action.spent_years`` and ``Action.spent`` hold the sums the report and the
    export use (the same fields the import's ``Besteed`` column fills).
    """

    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="action.id", index=True)
    year: int
    amount: float
    note: str | None = Field(default=None, sa_type=Text)  # the toelichting
    person_id: int | None = Field(default=None, foreign_key="person.id")
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    source: str = Field(default="slack", max_length=20)  # slack / console


class Indicator(SQLModel, table=True):
    """A programme-level measure such as "Geclusterde woningen"."""

    __table_args__ = (UniqueConstraint("programme_id", "name"),)
    id: int | None = Field(default=None, primary_key=True)
    programme_id: int = Field(foreign_key="programme.id", index=True)
    name: str = Field(max_length=300)
    unit: str | None = Field(default=None, max_length=100)
    baseline: float | None = None
    baseline_year: int | None = None
    target_min: float | None = None
    target_max: float | None = None
    target_year: int | None = None
    # the first target, where it was revised ("750-900, was 1000-1500")
    original_target_min: float | None = None
    original_target_max: float | None = None
    position: int = 0


class Measurement(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("indicator_id", "date"),)
    id: int | None = Field(default=None, primary_key=True)
    indicator_id: int = Field(foreign_key="indicator.id", index=True)
    value: float
    date: date


class Notification(SQLModel, table=True):
    """A reminder, escalation or digest, claimed under a unique key before it is sent.

    The key (round, person, kind, occasion) makes sending idempotent: two ticks at once, or a
    tick after a crash, find the claim and never send twice. A claim whose send failed keeps
    ``sent_at`` empty and is retried by the next tick.
    """

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=200, unique=True, index=True)
    kind: NotificationKind = Field(sa_type=NotificationKindColumn(30))
    occasion: str = Field(max_length=60)  # e.g. "first", "2026-W47"
    round_id: int | None = Field(default=None, foreign_key="round.id", index=True)
    person_id: int | None = Field(default=None, foreign_key="person.id", index=True)
    due_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    claimed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    attempts: int = 0
    last_error: str | None = Field(default=None, sa_type=Text)
    given_up: bool = False  # recipient unreachable; reported once, not retried
    channel: str | None = Field(default=None, max_length=40)
    message_ts: str | None = Field(default=None, max_length=40)
    payload: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)


class ProcessedEvent(SQLModel, table=True):
    """Slack deliveries already handled (event_id / retried requests), so retries run once."""

    id: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(max_length=100, unique=True, index=True)
    received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
