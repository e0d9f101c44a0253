"""OAuth-mode helpers for scenario tests: the install flow as a browser and Slack walk it, and
signed requests from a given workspace (team, enterprise, org-wide install)."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from tests.support.fake_slack import FakeSlack, SignedClient
from tests.support.fake_slack.signing import Response


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


@dataclass
class Page:
    status: int
    body: str
    headers: dict[str, str]


def get(url: str, cookie: str | None = None) -> Page:
    """A GET that does not follow redirects (the test follows them, step by step)."""
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with _OPENER.open(request, timeout=10) as answer:
            return Page(answer.status, answer.read().decode(), dict(answer.headers))
    except urllib.error.HTTPError as exc:
        return Page(exc.code, exc.read().decode(), dict(exc.headers))


def install(bot_url: str, fake: FakeSlack, team_id: str | None, name: str = "", **kw: Any) -> Page:
    """Click "Add to Slack" at ``bot_url``/slack/install, allow on Slack's page as this
    workspace, and land on the bot's redirect page (with the state cookie the bot set)."""
    fake.installs.will_install(team_id, name, **kw)
    start = get(bot_url + "/slack/install")
    assert start.status == 302, start
    cookie = start.headers["Set-Cookie"].split(";", 1)[0]
    allowed = get(start.headers["Location"])
    assert allowed.status == 302, allowed
    return get(allowed.headers["Location"], cookie)


def tokens_of(fake: FakeSlack, method: str) -> list[str]:
    """The bot tokens the fake saw on accepted calls of ``method``."""
    return [
        c.headers.get("authorization", "").removeprefix("Bearer ") for c in fake.calls_to(method)
    ]


@dataclass
class From:
    """Where a request comes from: a team, maybe in an Enterprise Grid org (``org``: the app is
    installed org-wide)."""

    team_id: str | None
    enterprise_id: str | None = None
    org: bool = False


def slash(client: SignedClient, where: From, text: str, user_id: str) -> Response:
    form = {
        "token": "deprecated-verification-token",
        "team_id": where.team_id or "",
        "enterprise_id": where.enterprise_id or "",
        "channel_id": "C0ALGEMEEN",
        "user_id": user_id,
        "command": "/woonzorg",
        "text": text,
        "api_app_id": "A0WOONZORG",
        "is_enterprise_install": "true" if where.org else "false",
        "response_url": client.response_url(),
        "trigger_id": client.trigger_id(),
    }
    return client.post(urlencode(form), "application/x-www-form-urlencoded")


def event(client: SignedClient, where: From, body: dict[str, Any], event_id: str) -> Response:
    payload = {
        "token": "deprecated-verification-token",
        "team_id": where.team_id,
        "enterprise_id": where.enterprise_id,
        "api_app_id": "A0WOONZORG",
        "event": body,
        "type": "event_callback",
        "event_id": event_id,
        "event_time": int(time.time()),
        "authorizations": [
            {
                "team_id": None if where.org else where.team_id,
                "enterprise_id": where.enterprise_id,
                "user_id": "U0BOT",
                "is_bot": True,
                "is_enterprise_install": where.org,
            }
        ],
    }
    return client.post(json.dumps(payload), "application/json")


def home_opened(client: SignedClient, where: From, user_id: str, event_id: str) -> Response:
    body = {"type": "app_home_opened", "user": user_id, "channel": "D" + user_id[1:], "tab": "home"}
    return event(client, where, body, event_id)
