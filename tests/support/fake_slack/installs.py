"""Many workspaces in the fake Slack: bot tokens per team, the OAuth v2 install (Slack's
authorize page and ``oauth.v2.access``), revoking a token, and a message limit per token.

    code = fake.installs.will_install("T0ALPHA", "Gemeente Alpha")  # who clicks "Allow" next
    # GET {fake.authorize_url}?client_id=...&state=...&redirect_uri=... -> 302 to
    #     redirect_uri?code=...&state=...   (what Slack does after "Allow")
    fake.installs.revoke(token)            # later calls with it: token_revoked
"""

from __future__ import annotations

import itertools
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any

APP_ID = "A0WOONZORG"


@dataclass
class Team:
    """What one bot token stands for."""

    team_id: str | None
    team_name: str
    enterprise_id: str | None = None
    org_wide: bool = False
    revoked: bool = False


class Installs:
    def __init__(self, default_token: str, default_team: str) -> None:
        self.tokens: dict[str, Team] = {default_token: Team(default_team, "Gemeente")}
        self.client_id = "1111.2222"
        self.client_secret = "fake-client-secret"
        # The app's configured redirect URL, for an authorize request that names none.
        self.redirect_uri: str | None = None
        self._codes: dict[str, Team] = {}
        self._next: deque[Team] = deque()
        self._seq = itertools.count(1)
        self._lock = threading.Lock()
        self._per_token: int | None = None
        self._windows: dict[str, deque[float]] = {}

    # --- set-up by tests ----------------------------------------------------------------------

    def add_token(self, token: str, team_id: str, name: str = "", **kwargs: Any) -> None:
        with self._lock:
            self.tokens[token] = Team(team_id, name or team_id, **kwargs)

    def will_install(
        self,
        team_id: str | None,
        team_name: str = "",
        *,
        enterprise_id: str | None = None,
        org_wide: bool = False,
    ) -> None:
        """The next visit to the authorize page is by this workspace (or org), which allows."""
        with self._lock:
            self._next.append(Team(team_id, team_name or str(team_id), enterprise_id, org_wide))

    def revoke(self, token: str) -> None:
        with self._lock:
            self.tokens[token].revoked = True

    def team_of(self, token: str | None) -> Team | None:
        with self._lock:
            return self.tokens.get(token or "")

    def limit_per_token(self, per_second: int | None) -> None:
        """chat.postMessage per token (Slack counts per workspace): beyond it 429."""
        with self._lock:
            self._per_token = per_second
            self._windows.clear()

    # --- what the server asks -----------------------------------------------------------------

    def check(self, token: str | None) -> str | None:
        """The error for a call made with ``token``; None when it may go ahead."""
        if not token:
            return "not_authed"
        team = self.team_of(token)
        if team is None:
            return "invalid_auth"
        return "token_revoked" if team.revoked else None

    def over_limit(self, token: str, method: str) -> bool:
        if method != "chat.postMessage":
            return False
        with self._lock:
            if self._per_token is None:
                return False
            window = self._windows.setdefault(token, deque())
            now = time.monotonic()
            while window and now - window[0] >= 1.0:
                window.popleft()
            if len(window) >= self._per_token:
                return True
            window.append(now)
            return False

    def authorize(self, query: dict[str, str]) -> str | None:
        """Slack's authorize page: the redirect target with a fresh code, or None (refused)."""
        redirect = query.get("redirect_uri") or self.redirect_uri
        if query.get("client_id") != self.client_id or not redirect:
            return None
        with self._lock:
            if not self._next:
                return None
            team = self._next.popleft()
            code = f"code-{next(self._seq)}"
            self._codes[code] = team
        state = query.get("state", "")
        return f"{redirect}?code={code}&state={state}"

    def access(self, params: dict[str, Any], basic: tuple[str, str] | None) -> dict[str, Any]:
        """oauth.v2.access: the code once, for this app's id and secret."""
        client_id, secret = basic or (params.get("client_id"), params.get("client_secret"))
        if client_id != self.client_id or secret != self.client_secret:
            return {"ok": False, "error": "invalid_client_id"}
        with self._lock:
            team = self._codes.pop(str(params.get("code")), None)
            if team is None:
                return {"ok": False, "error": "invalid_code"}
            token = f"xoxb-{team.team_id or team.enterprise_id}-{next(self._seq)}"
            self.tokens[token] = team
        return {
            "ok": True,
            "app_id": APP_ID,
            "access_token": token,
            "token_type": "bot",
            "scope": "commands,chat:write",
            "bot_user_id": "U0BOT",
            "team": None if team.org_wide else {"id": team.team_id, "name": team.team_name},
            "enterprise": {"id": team.enterprise_id, "name": "Org"} if team.enterprise_id else None,
            "is_enterprise_install": team.org_wide,
            "authed_user": {"id": "U0INSTALLER"},
        }

    def auth_test(self, token: str) -> dict[str, Any]:
        team = self.team_of(token)
        assert team is not None
        return {
            "ok": True,
            "url": "https://woonzorg.slack.com/",
            "team": team.team_name,
            "user": "woonzorg",
            "team_id": team.team_id,
            "enterprise_id": team.enterprise_id,
            "user_id": "U0BOT",
            "bot_id": "B0BOT",
            "is_enterprise_install": team.org_wide,
        }
