"""OAuth mode: every Slack call goes out with the token of the workspace it is for.

Replies, modals and the App Home use the client Bolt authorised for the request (the team's
token). The core's notifier and directory (a DM to a new owner, a name looked up by e-mail)
are one object each for the whole process, so in OAuth mode they are routers: the request's
workspace is put in a context variable by a middleware, carried into Bolt's listener threads
(``ContextExecutor``), and each call goes through that workspace's own notifier, with its own
client (token) and rate limiter (``WorkspaceClients``, also used by the tick's fan-out).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextvars import ContextVar, copy_context
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slack_bolt import App, BoltContext, BoltResponse

from bot.slack.clients import web_client
from bot.slack.directory import SlackDirectory
from bot.slack.notifier import SlackNotifier
from bot.slack.workspace import workspace_of
from workflows import messages
from workflows.errors import Unavailable
from workflows.ports.notify import Blocks, DeliveryError
from workflows.settings import Settings

if TYPE_CHECKING:
    from bot.slack.installs import Installations

CURRENT: ContextVar[str | None] = ContextVar("woonzorg_workspace", default=None)


class ContextExecutor(ThreadPoolExecutor):
    """A thread pool whose jobs run in a copy of the submitter's context variables (Bolt runs
    listeners on its executor after the middleware set the workspace)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        context = copy_context()
        return super().submit(context.run, fn, *args, **kwargs)


class WorkspaceClients:
    """One notifier (its own client and rate limiter) and one directory per workspace token,
    made on first use and kept while the token stays the same."""

    def __init__(self, settings: Settings, installations: Installations) -> None:
        self.settings = settings
        self.installations = installations
        self._notifiers: dict[tuple[str, str], SlackNotifier] = {}
        self._directories: dict[tuple[str, str], SlackDirectory] = {}
        self._lock = threading.Lock()

    def _settings_for(self, token: str) -> Settings:
        return self.settings.model_copy(update={"slack_bot_token": token})

    def notifier(self, workspace_id: str) -> SlackNotifier | None:
        token = self.installations.token_for(workspace_id)
        if token is None:
            return None
        with self._lock:
            found = self._notifiers.get((workspace_id, token))
            if found is None:
                found = SlackNotifier.from_settings(self._settings_for(token))
                self._notifiers = {k: v for k, v in self._notifiers.items() if k[0] != workspace_id}
                self._notifiers[(workspace_id, token)] = found
            return found

    def directory(self, workspace_id: str) -> SlackDirectory | None:
        token = self.installations.token_for(workspace_id)
        if token is None:
            return None
        with self._lock:
            found = self._directories.get((workspace_id, token))
            if found is None:
                found = SlackDirectory(web_client(self._settings_for(token)))
                self._directories[(workspace_id, token)] = found
            return found


class RoutingNotifier:
    """The Notifier of the request's workspace (``CURRENT``)."""

    def __init__(self, clients: WorkspaceClients) -> None:
        self.clients = clients

    def _target(self) -> SlackNotifier:
        workspace = CURRENT.get() or ""
        notifier = self.clients.notifier(workspace)
        if notifier is None:
            raise DeliveryError(messages.INSTALL_NO_TOKEN.format(workspace=workspace or "-"))
        return notifier

    def send_dm(
        self, user_id: str, text: str, blocks: Blocks | None = None, *, key: str | None = None
    ) -> str | None:
        return self._target().send_dm(user_id, text, blocks, key=key)

    def post_channel(
        self, channel: str, text: str, blocks: Blocks | None = None, *, key: str | None = None
    ) -> str | None:
        return self._target().post_channel(channel, text, blocks, key=key)

    def find_sent(self, channel_or_user: str, key: str, since: datetime) -> str | None:
        return self._target().find_sent(channel_or_user, key, since)

    def update_message(
        self, channel: str, ref: str, text: str, blocks: Blocks | None = None
    ) -> None:
        self._target().update_message(channel, ref, text, blocks)

    def upload_file(self, channel: str, path: Path, title: str, comment: str) -> None:
        self._target().upload_file(channel, path, title, comment)


class RoutingDirectory:
    """The Directory of the request's workspace (``CURRENT``)."""

    def __init__(self, clients: WorkspaceClients) -> None:
        self.clients = clients

    def _target(self) -> SlackDirectory:
        workspace = CURRENT.get() or ""
        directory = self.clients.directory(workspace)
        if directory is None:
            raise Unavailable(messages.INSTALL_NO_TOKEN.format(workspace=workspace or "-"))
        return directory

    def lookup_by_email(self, email: str) -> str | None:
        return self._target().lookup_by_email(email)

    def user_info(self, slack_id: str) -> tuple[str, str | None] | None:
        return self._target().user_info(slack_id)


def register(app: App, settings: Settings, installations: Installations) -> None:
    """The middleware that names the request's workspace (after Bolt's authorization, so an
    unknown workspace never gets here) and remembers the teams of an org-wide install."""
    org_teams: set[str] = set()

    @app.middleware
    def in_workspace(context: BoltContext, next: Callable[[], BoltResponse]) -> BoltResponse:
        team, enterprise = context.team_id, context.enterprise_id
        if context.is_enterprise_install and team and enterprise and team not in org_teams:
            installations.remember_org_team(team, enterprise)
            org_teams.add(team)
        CURRENT.set(workspace_of(context, settings))
        return next()
