"""A fake Slack Web API on 127.0.0.1 (random port) that records every call.

    with FakeSlack(users={"U0ANNA": ("Anna", "anna@example.nl")}) as slack:
        client = WebClient(token=slack.bot_token, base_url=slack.api_url)
        ...
        wait_for(lambda: slack.calls_to("chat.postMessage"))
        assert slack.violations == []

Besides ``/api/<method>`` it serves response URLs (``/hooks/<id>``, so Bolt's ``respond()``
works) and the upload URLs that files.getUploadURLExternal hands out (``/api/upload/<id>``).
"""

from __future__ import annotations

import base64
import contextlib
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.support.fake_slack.api import TEAM_ID, Api, User
from tests.support.fake_slack.blockkit import check_message
from tests.support.fake_slack.faults import Fault, Faults
from tests.support.fake_slack.installs import Installs
from tests.support.fake_slack.socket_mode import SocketModeServer

JSON_FIELDS = ("blocks", "attachments", "view", "files", "metadata")


@dataclass
class Call:
    """One request the fake received: the API method (or ``response_url`` / ``upload``)."""

    method: str
    params: dict[str, Any]
    headers: dict[str, str]
    status: int = 200
    response: dict[str, Any] = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)

    @property
    def ok(self) -> bool:
        return self.status == 200 and bool(self.response.get("ok"))


def _decode(params: dict[str, Any]) -> dict[str, Any]:
    for key in JSON_FIELDS:
        value = params.get(key)
        if isinstance(value, str) and value[:1] in ("[", "{"):
            with contextlib.suppress(ValueError):
                params[key] = json.loads(value)
    return params


class _Server(ThreadingHTTPServer):
    """Slack takes many connections at once; socketserver's listen backlog of 5 would reset
    them when a burst of senders connects together (a fault of the fake, not of the bot)."""

    request_queue_size = 128


class FakeSlack:
    def __init__(
        self,
        *,
        bot_token: str = "xoxb-fake-bot-token",
        app_token: str = "xapp-1-A0WOONZORG-1-fake",
        users: dict[str, tuple[str, str | None]] | None = None,
    ) -> None:
        self.bot_token = bot_token
        self.app_token = app_token
        self.socket = SocketModeServer()
        self.faults = Faults()
        self._calls: list[Call] = []
        self._violations: list[str] = []
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._hooks = 0
        self.api = Api("")
        # Bot tokens of more workspaces, the OAuth install, revoking (installs.py).
        self.installs = Installs(bot_token, TEAM_ID)
        for user_id, (name, email) in (users or {}).items():
            self.add_user(user_id, name, email)

    # --- lifecycle ----------------------------------------------------------------------------

    def start(self) -> FakeSlack:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._server = _Server(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self.api.base_url = self.api_url
        # The poll interval is how long stop() waits for the serving loop to notice.
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.01,), daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.socket.close_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def root_url(self) -> str:
        assert self._server is not None, "FakeSlack is not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    @property
    def authorize_url(self) -> str:
        """Slack's OAuth authorize page (SLACK_AUTHORIZE_URL)."""
        return self.root_url + "oauth/v2/authorize"

    @property
    def api_url(self) -> str:
        """The base_url for WebClient / SLACK_API_URL (ends with a slash, like Slack's)."""
        return self.root_url + "api/"

    # --- workspace ----------------------------------------------------------------------------

    def add_user(
        self, user_id: str, name: str, email: str | None = None, *, deleted: bool = False
    ) -> None:
        self.api.ws.users[user_id] = User(user_id, name, email, deleted)

    def new_trigger_id(self) -> str:
        return self.api.new_trigger_id()

    def new_response_url(self) -> str:
        with self._lock:
            self._hooks += 1
            return f"{self.root_url}hooks/T0WOONZORG/{self._hooks}"

    @property
    def home_views(self) -> dict[str, dict[str, Any]]:
        return dict(self.api.ws.home)

    @property
    def files(self) -> dict[str, Any]:
        return dict(self.api.ws.files)

    # --- faults -------------------------------------------------------------------------------

    def fail(
        self,
        method: str,
        error: str | None = None,
        *,
        status: int = 200,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` with this fault (429 + Retry-After...)."""
        self.faults.queue(method, Fault(status, error, retry_after), times)

    def drop(self, method: str, *, times: int = 1) -> None:
        """Close the connection of the next ``times`` calls of ``method`` without an answer."""
        self.faults.queue(method, Fault(drop=True), times)

    def rate_limit(self, per_second: int | None, *, burst: int | None = None) -> None:
        """Workspace-wide limit on message posts; beyond it: 429 with Retry-After. Without
        ``burst``: at most ``per_second`` in any one second; with it: a token bucket that
        refills at ``per_second`` and holds ``burst`` (Slack's tolerance of short bursts)."""
        self.faults.rate_limit(per_second, burst=burst)

    def random_faults(self, *, p429: float = 0.0, p503: float = 0.0, seed: int = 0) -> None:
        self.faults.random_faults(p429=p429, p503=p503, seed=seed)

    def slow(self, method: str, seconds: float, *, every: int = 1, before: bool = False) -> None:
        """Delay every ``every``-th answer of ``method`` by ``seconds``: after doing the work
        (the message is stored, the answer is late or, past the client's timeout, never
        arrives) or, with ``before``, before doing it."""
        self.faults.slow(method, seconds, every=every, before=before)

    def messages_to(self, conversation: str) -> list[dict[str, Any]]:
        """Messages stored in a conversation (a user id means the DM with that user)."""
        if conversation[:1] in ("U", "W"):
            conversation = "D" + conversation[1:]
        return self.api.messages_in(conversation)

    def metadata_keys(self) -> list[str]:
        """The notification key of every stored message that carries one (one per copy)."""
        with self.api._lock:
            found = [m.get("metadata") for m in self.api.ws.messages.values()]
        return [str(m["event_payload"]["key"]) for m in found if m and "event_payload" in m]

    # --- what happened ------------------------------------------------------------------------

    @property
    def calls(self) -> list[Call]:
        with self._lock:
            return list(self._calls)

    def calls_to(self, *methods: str, ok: bool | None = True) -> list[Call]:
        """Calls of these methods; by default only those Slack accepted."""
        return [c for c in self.calls if c.method in methods and (ok is None or c.ok == ok)]

    def responses(self) -> list[dict[str, Any]]:
        """Payloads posted to response URLs (Bolt's ``respond()``)."""
        return [c.params for c in self.calls_to("response_url")]

    @property
    def violations(self) -> list[str]:
        with self._lock:
            return list(self._violations)

    def clear(self) -> None:
        with self._lock:
            self._calls.clear()
            self._violations.clear()
        self.faults.clear()

    def record(self, call: Call, problems: list[str]) -> None:
        with self._lock:
            self._calls.append(call)
            self._violations.extend(f"{call.method}: {p}" for p in problems)


class _Handler(BaseHTTPRequestHandler):
    fake: FakeSlack
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # keep test output clean

    def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = (json.dumps(body) if not isinstance(body, str) else body).encode()
        self.send_response(status)
        content_type = "application/json" if not isinstance(body, str) else "text/plain"
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def _params(self, raw: bytes) -> dict[str, Any]:
        parts = urlsplit(self.path)
        params: dict[str, Any] = dict(parse_qsl(parts.query, keep_blank_values=True))
        content_type = self.headers.get("Content-Type", "")
        if raw and "json" in content_type:
            params.update(json.loads(raw.decode()))
        elif raw and "x-www-form-urlencoded" in content_type:
            params.update(parse_qsl(raw.decode(), keep_blank_values=True))
        return _decode(params)

    def do_GET(self) -> None:  # noqa: N802
        self._handle(b"")

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        self._handle(self.rfile.read(length) if length else b"")

    def _handle(self, raw: bytes) -> None:
        fake = self.fake
        path = urlsplit(self.path).path
        headers = {k.lower(): v for k, v in self.headers.items()}
        if path.startswith("/api/upload/"):
            file_id = path.rsplit("/", 1)[1]
            stored = fake.api.upload(file_id, raw)
            call = Call("upload", {"file_id": file_id, "size": len(raw)}, headers)
            call.status = 200 if stored else 404
            call.response = {"ok": stored}
            fake.record(call, [])
            self._send(call.status, f"OK - {len(raw)}" if stored else "not found")
            return
        if path == "/socket" and headers.get("upgrade", "").lower() == "websocket":
            fake.record(Call("socket", {}, headers), [])
            fake.socket.serve(self)
            return
        if path.startswith("/hooks/"):
            params = _decode(json.loads(raw.decode() or "{}"))
            problems = [] if params.get("delete_original") else check_message(params)
            if not params.get("text") and not params.get("blocks"):
                problems = problems or ["text: no text and no blocks"]
            call = Call("response_url", params, headers, response={"ok": not problems})
            call.status = 400 if problems else 200
            fake.record(call, problems)
            self._send(call.status, "invalid_blocks" if problems else "ok")
            return
        if path == "/oauth/v2/authorize":
            target = fake.installs.authorize(dict(parse_qsl(urlsplit(self.path).query)))
            fake.record(Call("oauth.authorize", {"allowed": target is not None}, headers), [])
            if target is None:
                self._send(400, "invalid_client_id")
            else:
                self._send(302, "", {"Location": target})
            return
        if not path.startswith("/api/"):
            self._send(404, "not found")
            return
        method = path[len("/api/") :]
        params = self._params(raw)
        call = Call(method, params, headers)
        if method == "oauth.v2.access":
            call.response = fake.installs.access(params, _basic(headers))
            fake.record(call, [])
            self._send(200, call.response)
            return
        token = headers.get("authorization", "").removeprefix("Bearer ") or params.get("token")
        fault = fake.faults.decide(method)
        problems: list[str] = []
        extra: dict[str, str] = {}
        refused = (
            (None if token == fake.app_token else "invalid_auth")
            if method == "apps.connections.open"
            else fake.installs.check(token)
        )
        if not token:
            call.response = {"ok": False, "error": "not_authed"}
        elif refused is not None:
            call.response = {"ok": False, "error": refused}
        elif fault is not None and fault.drop:
            call.status, call.response = 0, {"ok": False, "error": "connection dropped"}
            fake.record(call, [])
            self.close_connection = True
            return
        elif fault is not None:
            call.status, call.response = fault.status, fault.body()
            if fault.retry_after is not None:
                extra["Retry-After"] = str(fault.retry_after)
        elif fake.installs.over_limit(token, method):
            call.status, call.response = 429, {"ok": False, "error": "ratelimited"}
            extra["Retry-After"] = "1"
        elif method == "auth.test":
            call.response = fake.installs.auth_test(token)
        else:
            delay, before = fake.faults.delay(method)
            if before:
                time.sleep(delay)  # Slack is slow to do the work
            (call.status, call.response), problems = fake.api.call(method, params)
            if not before:
                time.sleep(delay)  # the work is done, the answer is late (or never comes)
        fake.record(call, problems)
        # The client may have given up waiting (its timeout); the work stays done.
        with contextlib.suppress(OSError):
            self._send(call.status, call.response, extra)


def _basic(headers: dict[str, str]) -> tuple[str, str] | None:
    """The client id and secret of an HTTP Basic Authorization header (oauth.v2.access)."""
    value = headers.get("authorization", "")
    if not value.startswith("Basic "):
        return None
    user, _, secret = base64.b64decode(value[6:]).decode().partition(":")
    return user, secret
