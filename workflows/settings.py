"""One typed Settings object, read from the environment (and a .env file) at the entry point.

A plain pydantic model with its own small reader (``read_environment``) rather than
pydantic-settings, which imports a dozen settings sources (the cloud secret stores, a CLI
parser) that cost ``woonzorg tick`` a fifth of its start-up. The rules are pydantic-settings':
keyword arguments win over environment variables, which win over the .env file, which wins
over the defaults; names are matched without regard to case; values are validated (and
converted from text) by pydantic, so a bad value fails at start.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, field_validator

# The programme's zone unless WOONZORG_TIMEZONE says otherwise; also the report's default.
DEFAULT_ZONE = ZoneInfo("Europe/Amsterdam")


ENV_FILE = ".env"


def read_environment(names: set[str], env_file: str | Path | None = ENV_FILE) -> dict[str, str]:
    """The values of ``names`` (matched without regard to case) from ``env_file`` (UTF-8,
    dotenv syntax; skipped when absent or None) and the environment, which wins."""
    wanted = {name.upper(): name for name in names}
    found: dict[str, str] = {}
    if env_file is not None and Path(env_file).is_file():
        from dotenv import dotenv_values

        for key, value in dotenv_values(env_file, encoding="utf-8").items():
            if key.upper() in wanted and value is not None:
                found[wanted[key.upper()]] = value
    for key, value in os.environ.items():
        if key.upper() in wanted:
            found[wanted[key.upper()]] = value
    return found


class Settings(BaseModel):
    """Environment variables or .env (docs/specification.md section 9): built once at the entry
    point and passed down. ``Settings(_env_file=None, DATABASE_URL=...)`` reads no .env file and
    sets a value by its variable's name."""

    model_config = ConfigDict(extra="ignore")

    def __init__(self, _env_file: str | Path | None = ENV_FILE, **values: Any) -> None:
        aliases = {field.alias or name for name, field in type(self).model_fields.items()}
        super().__init__(**{**read_environment(aliases, _env_file), **values})

    database_url: str = Field(default="sqlite:///woonzorg.db", alias="DATABASE_URL")
    slack_bot_token: str | None = Field(default=None, alias="SLACK_BOT_TOKEN", repr=False)
    slack_signing_secret: str | None = Field(default=None, alias="SLACK_SIGNING_SECRET", repr=False)
    slack_app_token: str | None = Field(default=None, alias="SLACK_APP_TOKEN", repr=False)
    slack_api_url: str = Field(default="https://slack.com/api/", alias="SLACK_API_URL")
    # OAuth (installing in many workspaces): with both set the bot serves /slack/install and
    # /slack/oauth_redirect and looks up each workspace's token in its own database
    # (bot/slack/installs.py); without them it is a single-workspace app on SLACK_BOT_TOKEN.
    slack_client_id: str | None = Field(default=None, alias="SLACK_CLIENT_ID")
    slack_client_secret: str | None = Field(default=None, alias="SLACK_CLIENT_SECRET", repr=False)
    slack_redirect_uri: str | None = Field(default=None, alias="SLACK_REDIRECT_URI")
    # Where the install button sends people (Slack's; tests point it at the fake Slack).
    slack_authorize_url: str = Field(
        default="https://slack.com/oauth/v2/authorize", alias="SLACK_AUTHORIZE_URL"
    )
    port: int = Field(default=3000, alias="PORT")
    coordinators: list[str] = Field(default_factory=list, alias="WOONZORG_COORDINATORS")
    digest_channel: str | None = Field(default=None, alias="WOONZORG_DIGEST_CHANNEL")
    # Typed as the zone itself: every function takes a ZoneInfo, and an unknown name
    # (WOONZORG_TIMEZONE=Europe/Amsterdm) fails here, at start, not at the first reminder.
    timezone: ZoneInfo = Field(default=DEFAULT_ZONE, alias="WOONZORG_TIMEZONE")
    # Reminders and digest (docs/specification.md section 6); see
    # workflows.reminders.policy for their meanings.
    reminder_hour: int = Field(default=9, ge=0, le=23, alias="WOONZORG_REMINDER_HOUR")
    reminder_first_days: int = Field(default=21, ge=0, alias="WOONZORG_REMINDER_FIRST_DAYS")
    reminder_second_days: int = Field(default=7, ge=0, alias="WOONZORG_REMINDER_SECOND_DAYS")
    escalation_workdays: int = Field(default=1, ge=0, alias="WOONZORG_ESCALATION_WORKDAYS")
    reminder_last_workdays: int = Field(default=3, ge=0, alias="WOONZORG_REMINDER_LAST_WORKDAYS")
    round_deadline_weeks: int = Field(default=6, ge=0, alias="WOONZORG_ROUND_DEADLINE_WEEKS")
    digest_weekday: int = Field(default=0, ge=0, le=6, alias="WOONZORG_DIGEST_WEEKDAY")
    digest_hour: int = Field(default=9, ge=0, le=23, alias="WOONZORG_DIGEST_HOUR")
    senders: int = Field(default=32, ge=1, le=128, alias="WOONZORG_SENDERS")
    # How long to wait for the database, in seconds (storage.db.DbTimeouts): a server that
    # accepts connections and never answers must cost an error message, not a hung thread.
    db_connect_timeout: float = Field(
        default=5.0, gt=0, le=300, alias="WOONZORG_DB_CONNECT_TIMEOUT"
    )
    db_statement_timeout: float = Field(
        default=10.0, gt=0, le=3600, alias="WOONZORG_DB_STATEMENT_TIMEOUT"
    )
    db_pool_timeout: float = Field(default=5.0, gt=0, le=300, alias="WOONZORG_DB_POOL_TIMEOUT")
    db_busy_timeout: float = Field(default=5.0, gt=0, le=300, alias="WOONZORG_DB_BUSY_TIMEOUT")
    # PostgreSQL connections the process may hold (storage.db.DbTimeouts.connections). The
    # reminder tick's threads (workspace_senders x senders in OAuth mode) each want one.
    db_connections: int = Field(default=15, ge=1, le=1000, alias="WOONZORG_DB_CONNECTIONS")
    # All database work for one Slack request together, so a silent database is answered in
    # Dutch inside Slack's 3 seconds (the ack goes out at 2).
    db_request_timeout: float = Field(default=1.5, gt=0, le=60, alias="WOONZORG_DB_REQUEST_TIMEOUT")
    # Workspace-wide chat.postMessage rate the senders share (bot/slack/ratelimit.py). Slack
    # names no figure ("several hundred messages per minute"); 5 a second is 300 a minute, and
    # a 429 holds back every sender, so erring low costs less than erring high.
    messages_per_second: float = Field(
        default=5.0, gt=0, le=1000, alias="WOONZORG_MESSAGES_PER_SECOND"
    )
    # A claim not confirmed after this long is taken by a later tick; it must exceed the
    # longest a single send can be in flight (the Slack client's timeout, plus its retries).
    lease_seconds: int = Field(default=120, ge=1, alias="WOONZORG_LEASE_SECONDS")
    # How often the scheduler inside `woonzorg run` runs the tick (bot/scheduler.py). Every
    # replica runs its own; the claims make that safe, so more replicas only tick more often.
    tick_seconds: int = Field(default=300, ge=1, le=24 * 3600, alias="WOONZORG_TICK_SECONDS")
    # The council version of the report shows owners' teams; names only when this is set.
    report_names: bool = Field(default=False, alias="WOONZORG_REPORT_NAMES")

    # Workspaces whose reminders are sent at the same time (OAuth mode): each has its own
    # client and rate limiter, so the round takes as long as the largest workspace, not the sum.
    workspace_senders: int = Field(default=16, ge=1, le=256, alias="WOONZORG_WORKSPACE_SENDERS")

    @property
    def oauth(self) -> bool:
        """Installed through OAuth in any number of workspaces (SLACK_CLIENT_ID and _SECRET)."""
        return bool(self.slack_client_id and self.slack_client_secret)

    @field_validator("coordinators", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value
