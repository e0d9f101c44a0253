"""Requests to the bot's ``/slack/events`` signed exactly as Slack signs them.

Slack signs ``v0:{timestamp}:{raw body}`` with HMAC-SHA256 under the app's signing secret and
sends ``X-Slack-Request-Timestamp`` and ``X-Slack-Signature: v0=<hex>``. Slash commands and
interactivity payloads are form-encoded; Events API callbacks are JSON.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from tests.support.fake_slack.api import TEAM_ID
from tests.support.fake_slack.blockkit import check_message
from tests.support.fake_slack.server import FakeSlack

APP_ID = "A0WOONZORG"


def sign(secret: str, timestamp: str, body: str) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


@dataclass
class Response:
    status: int
    body: str
    headers: dict[str, str]
    elapsed: float

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None

    @property
    def text(self) -> str:
        """The answer's text (an ack with a message), or the raw body."""
        try:
            data = self.json()
        except ValueError:
            return self.body
        return data.get("text", "") if isinstance(data, dict) else self.body


class SignedClient:
    """Sends what Slack would send. ``fake`` supplies response URLs and trigger ids;
    ``team_id`` is the workspace the requests come from."""

    def __init__(
        self,
        url: str,
        signing_secret: str,
        fake: FakeSlack | None = None,
        *,
        team_id: str = TEAM_ID,
    ) -> None:
        self.url = url
        self.team_id = team_id
        self.secret = signing_secret
        self.fake = fake
        self.violations: list[str] = []
        self._seq = itertools.count(1)

    # --- plumbing -----------------------------------------------------------------------------

    def post(
        self,
        body: str,
        content_type: str,
        *,
        timestamp: int | None = None,
        secret: str | None = None,
        headers: dict[str, str] | None = None,
        timeout: float = 10.0,
    ) -> Response:
        ts = str(int(time.time()) if timestamp is None else timestamp)
        all_headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": sign(secret or self.secret, ts, body),
            **(headers or {}),
        }
        request = urllib.request.Request(self.url, body.encode(), all_headers, method="POST")
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                status, data, got = answer.status, answer.read(), dict(answer.headers)
        except urllib.error.HTTPError as exc:
            status, data, got = exc.code, exc.read(), dict(exc.headers)
        return Response(status, data.decode(), got, time.perf_counter() - started)

    def _check_ack(self, response: Response) -> Response:
        try:
            data = response.json()
        except ValueError:
            return response
        if isinstance(data, dict) and ("blocks" in data or "text" in data):
            self.violations.extend(f"ack: {p}" for p in check_message(data))
        return response

    def response_url(self) -> str:
        return self.fake.new_response_url() if self.fake else "https://hooks.invalid/1"

    def trigger_id(self) -> str:
        return self.fake.new_trigger_id() if self.fake else f"{next(self._seq)}.trigger"

    # --- what Slack sends ---------------------------------------------------------------------

    def slash(
        self,
        text: str,
        user_id: str,
        *,
        command: str = "/woonzorg",
        channel_id: str = "C0ALGEMEEN",
        trigger_id: str | None = None,
        **kwargs: Any,
    ) -> Response:
        """``trigger_id``: one the fake never issued answers views.open with invalid_trigger_id."""
        form = {
            "token": "deprecated-verification-token",
            "team_id": self.team_id,
            "team_domain": "woonzorg",
            "channel_id": channel_id,
            "channel_name": "algemeen",
            "user_id": user_id,
            "user_name": user_id.lower(),
            "command": command,
            "text": text,
            "api_app_id": APP_ID,
            "is_enterprise_install": "false",
            "response_url": self.response_url(),
            "trigger_id": trigger_id or self.trigger_id(),
        }
        return self._check_ack(
            self.post(urlencode(form), "application/x-www-form-urlencoded", **kwargs)
        )

    def interactive(self, payload: dict[str, Any], **kwargs: Any) -> Response:
        body = urlencode({"payload": json.dumps(payload)})
        return self.post(body, "application/x-www-form-urlencoded", **kwargs)

    def block_action(
        self,
        action_id: str,
        value: str | None,
        user_id: str,
        *,
        message: dict[str, Any] | None = None,
        channel_id: str = "C0ALGEMEEN",
        view: dict[str, Any] | None = None,
        trigger_id: str | None = None,
        **kwargs: Any,
    ) -> Response:
        """A button press (or a select: pass ``value``) in a message, or in a view."""
        action = {
            "type": "button",
            "action_id": action_id,
            "block_id": f"b{next(self._seq)}",
            "value": value,
            "action_ts": f"{time.time():.6f}",
        }
        payload: dict[str, Any] = {
            "type": "block_actions",
            "team": {"id": self.team_id, "domain": "woonzorg"},
            "user": {"id": user_id, "username": user_id.lower(), "team_id": self.team_id},
            "api_app_id": APP_ID,
            "token": "deprecated-verification-token",
            "trigger_id": trigger_id or self.trigger_id(),
            "actions": [action],
        }
        if view is not None:
            payload["container"] = {"type": "view", "view_id": view.get("id")}
            payload["view"] = view
        else:
            ts = (message or {}).get("ts", "1700000000.000100")
            payload["container"] = {
                "type": "message",
                "message_ts": ts,
                "channel_id": channel_id,
                "is_ephemeral": message is None,
            }
            payload["channel"] = {"id": channel_id, "name": "algemeen"}
            payload["message"] = message or {"ts": ts, "text": "", "type": "message"}
            payload["response_url"] = self.response_url()
        return self._check_ack(self.interactive(payload, **kwargs))

    def view_submission(
        self, view: dict[str, Any], values: dict[str, Any], user_id: str, **kwargs: Any
    ) -> Response:
        """Submit a modal the bot opened. ``values`` maps block_id (or action_id) -> the value
        typed or chosen (a list for checkboxes)."""
        payload = {
            "type": "view_submission",
            "team": {"id": self.team_id, "domain": "woonzorg"},
            "user": {"id": user_id, "username": user_id.lower(), "team_id": self.team_id},
            "api_app_id": APP_ID,
            "token": "deprecated-verification-token",
            "trigger_id": self.trigger_id(),
            "view": {**view, "state": {"values": state_values(view, values)}},
            "response_urls": [],
        }
        return self.interactive(payload, **kwargs)

    def event(
        self,
        event: dict[str, Any],
        *,
        event_id: str,
        retry_num: int | None = None,
        retry_reason: str = "http_timeout",
        **kwargs: Any,
    ) -> Response:
        body = {
            "token": "deprecated-verification-token",
            "team_id": self.team_id,
            "api_app_id": APP_ID,
            "event": event,
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "authorizations": [{"team_id": self.team_id, "user_id": "U0BOT", "is_bot": True}],
        }
        headers = dict(kwargs.pop("headers", {}) or {})
        if retry_num is not None:
            headers["X-Slack-Retry-Num"] = str(retry_num)
            headers["X-Slack-Retry-Reason"] = retry_reason
        return self.post(json.dumps(body), "application/json", headers=headers, **kwargs)

    def app_home_opened(self, user_id: str, *, event_id: str, **kwargs: Any) -> Response:
        event = {
            "type": "app_home_opened",
            "user": user_id,
            "channel": "D" + user_id[1:],
            "tab": "home",
            "event_ts": f"{time.time():.6f}",
        }
        return self.event(event, event_id=event_id, **kwargs)


def state_values(view: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """Slack's ``view.state.values`` for the input blocks of ``view``, filled from ``values``."""
    state: dict[str, Any] = {}
    for block in view.get("blocks", []):
        element = block.get("element") if block.get("type") == "input" else None
        if element is None or "action_id" not in element:
            continue
        action_id = element["action_id"]
        kind = element.get("type")
        block_id = block.get("block_id", action_id)
        value = values.get(block_id, values.get(action_id))
        entry: dict[str, Any] = {"type": kind}
        if kind == "static_select":
            entry["selected_option"] = None if value is None else _option(element, value)
        elif kind in ("checkboxes", "multi_static_select"):
            chosen = value or []
            entry["selected_options"] = [_option(element, v) for v in chosen]
        elif kind == "number_input":
            entry["value"] = None if value is None else str(value)
        else:
            entry["value"] = value
        state[block_id] = {action_id: entry}
    return state


def _option(element: dict[str, Any], value: str) -> dict[str, Any]:
    for option in element.get("options", []):
        if option.get("value") == value:
            return option
    return {"text": {"type": "plain_text", "text": value}, "value": value}
