"""Installing the bot in many workspaces (OAuth mode): Bolt's OAuth flow, slack_sdk's SQLAlchemy
installation and state stores in the bot's own database (tables by migration
0008_installations), each workspace's token looked up per request and per tick, and uninstall.

OAuth mode is on when SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are set. ``/slack/install``
sends the installer to Slack's authorize page (a state is issued and stored), Slack sends them
back to ``/slack/oauth_redirect``, where Bolt exchanges the code (oauth.v2.access) and saves the
installation: a team install under its team id, an Enterprise Grid org-wide install under its
enterprise id (``is_enterprise_install``). Uninstalling (``app_uninstalled``) or revoking the
bot token (``tokens_revoked``) deletes that workspace's tokens; its programme data stays until a
coordinator exports and deletes it, and the tick skips a workspace it has no token for.
"""

from __future__ import annotations

import html
import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_bolt.oauth.callback_options import CallbackOptions, FailureArgs, SuccessArgs
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_bolt.response import BoltResponse
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import and_, desc, select, text
from sqlalchemy.engine import Engine

from workflows import messages
from workflows.settings import Settings

log = logging.getLogger(__name__)

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
STATE_SECONDS = 600  # an install that takes longer starts again
# The bot scopes of manifest.yml (tests/bot/slack/test_installs.py checks they agree).
SCOPES = (
    "commands",
    "chat:write",
    "im:write",
    "users:read",
    "users:read.email",
    "files:write",
    "im:history",
    "channels:history",
    "groups:history",
)


def _page(title: str, body: str, status: int) -> BoltResponse:
    page = (
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head><body><h1>{html.escape(title)}</h1>"
        f"<p>{body}</p></body></html>"
    )
    return BoltResponse(status=status, body=page, headers={"Content-Type": "text/html"})


def _success(args: SuccessArgs) -> BoltResponse:
    found = args.installation
    team = found.team_name or found.enterprise_name or found.team_id or found.enterprise_id
    text_ = messages.INSTALL_DONE.format(team=html.escape(str(team or "")))
    return _page(messages.INSTALL_DONE_TITLE, text_, 200)


def _failure(args: FailureArgs) -> BoltResponse:
    log.warning("Installation failed: %s", args.reason)
    reason = html.escape(str(args.reason))
    body = messages.INSTALL_FAILED.format(reason=reason, install=INSTALL_PATH)
    return _page(messages.INSTALL_FAILED_TITLE, body, args.suggested_status_code)


class Installations:
    """The installation and state stores on ``engine`` and the token of a workspace."""

    def __init__(self, settings: Settings, engine: Engine) -> None:
        self.settings = settings
        self.engine = engine
        self.client_id = settings.slack_client_id or ""
        self.store = SQLAlchemyInstallationStore(client_id=self.client_id, engine=engine)
        self.states = SQLAlchemyOAuthStateStore(expiration_seconds=STATE_SECONDS, engine=engine)

    def oauth_settings(self) -> OAuthSettings:
        oauth = OAuthSettings(
            client_id=self.client_id,
            client_secret=self.settings.slack_client_secret,
            scopes=list(SCOPES),
            redirect_uri=self.settings.slack_redirect_uri,
            install_path=INSTALL_PATH,
            redirect_uri_path=REDIRECT_PATH,
            # Straight on to Slack: Bolt's own install page is in English.
            install_page_rendering_enabled=False,
            callback_options=CallbackOptions(success=_success, failure=_failure),
            authorization_url=self.settings.slack_authorize_url,
            installation_store=self.store,
            installation_store_bot_only=True,
            state_store=self.states,
            state_expiration_seconds=STATE_SECONDS,
        )
        # Bolt checks a found token with auth.test once, not on every request; a deleted
        # installation is not found at all, so the cache never lets a revoked token through.
        oauth.authorize.cache_enabled = True  # type: ignore[attr-defined]
        return oauth

    def token_for(self, workspace_id: str) -> str | None:
        """The newest bot token for a workspace: its own install (team id), an org-wide install
        (its enterprise id, or a team of the org that has used the bot), or, for ``""`` (the
        single-token workspace), SLACK_BOT_TOKEN."""
        if not workspace_id:
            return self.settings.slack_bot_token
        c = self.store.bots.c
        enterprise = self._enterprise_of(workspace_id)
        wanted = [
            and_(c.team_id == workspace_id, c.is_enterprise_install.is_(False)),
            and_(c.enterprise_id == workspace_id, c.is_enterprise_install.is_(True)),
        ]
        if enterprise:
            wanted.append(and_(c.enterprise_id == enterprise, c.is_enterprise_install.is_(True)))
        with self.engine.connect() as conn:
            for condition in wanted:
                query = (
                    select(c.bot_token)
                    .where(c.client_id == self.client_id, c.bot_token.is_not(None), condition)
                    .order_by(desc(c.installed_at))
                    .limit(1)
                )
                token = conn.execute(query).scalar()
                if token:
                    return str(token)
        return None

    def _enterprise_of(self, team_id: str) -> str | None:
        with self.engine.connect() as conn:
            found = conn.execute(
                text("SELECT enterprise_id FROM slack_org_teams WHERE team_id = :team"),
                {"team": team_id},
            ).scalar()
        return str(found) if found else None

    def remember_org_team(self, team_id: str, enterprise_id: str) -> None:
        """A team of an org-wide install used the bot: its reminders go with the org's token."""
        with self.engine.begin() as conn:
            known = conn.execute(
                text("SELECT 1 FROM slack_org_teams WHERE team_id = :team"), {"team": team_id}
            ).scalar()
            if not known:
                conn.execute(
                    text("INSERT INTO slack_org_teams (team_id, enterprise_id) VALUES (:t, :e)"),
                    {"t": team_id, "e": enterprise_id},
                )

    def uninstalled(self, enterprise_id: str | None, team_id: str | None, org: bool) -> None:
        """Delete every token of the workspace (or of the org, for an org-wide install)."""
        team = None if org else team_id
        self.store.delete_all(enterprise_id=enterprise_id, team_id=team)
        log.info("Uninstalled from %s: its tokens are deleted", team or enterprise_id)

    def bot_revoked(self, enterprise_id: str | None, team_id: str | None, org: bool) -> None:
        team = None if org else team_id
        self.store.delete_bot(enterprise_id=enterprise_id, team_id=team)
        self.store.delete_installation(enterprise_id=enterprise_id, team_id=team)
        log.info("Bot token revoked in %s: its tokens are deleted", team or enterprise_id)


def register_uninstall(app: App, installations: Installations) -> None:
    """``app_uninstalled`` and ``tokens_revoked`` delete the workspace's tokens (Bolt's own
    listeners match an org-wide install by its team id, which such an install has none of)."""

    @app.event("app_uninstalled")
    def on_uninstalled(context: BoltContext) -> None:
        installations.uninstalled(
            context.enterprise_id, context.team_id, bool(context.is_enterprise_install)
        )

    @app.event("tokens_revoked")
    def on_revoked(event: dict[str, Any], context: BoltContext) -> None:
        tokens = event.get("tokens") or {}
        org = bool(context.is_enterprise_install)
        if tokens.get("bot"):
            installations.bot_revoked(context.enterprise_id, context.team_id, org)
        for user_id in tokens.get("oauth") or []:
            installations.store.delete_installation(
                enterprise_id=context.enterprise_id,
                team_id=None if org else context.team_id,
                user_id=user_id,
            )
