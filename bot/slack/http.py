"""HTTP mode: a small WSGI app served by waitress (a production server, not Bolt's dev server).

``POST /slack/events`` carries all Slack traffic (commands, interactivity, events) to Bolt's
WSGI adapter, apart from Slack's unsigned certificate check (``ssl_check=1``), which gets a 200
here; ``GET /healthz`` answers 200 "ok" when the database answers, else 503. In OAuth mode
``GET /slack/install`` and ``GET /slack/oauth_redirect`` run Bolt's OAuth flow
(bot/slack/installs.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest
from slack_sdk.signature import SignatureVerifier
from waitress import wasyncore
from waitress.server import create_server

from workflows import messages

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

logger = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
THREADS = 8  # waitress workers; Bolt runs listeners on its own pool after the ack
POLL_SECONDS = 0.2  # how soon stop() takes effect when the loop cannot be woken
# Slack documents no maximum for what it sends; its largest payloads are view submissions
# (a modal is at most 100 blocks, a view at most 250 kB). Anything over 1 MiB is not Slack:
# refused with 413 by waitress before the body is read, and again here for other servers.
MAX_BODY_BYTES = 1024 * 1024
SIGNATURE_MAX_AGE = 60 * 5  # seconds; what Slack's own verifiers accept


def _plain(start_response: StartResponse, status: str, text: str) -> Iterable[bytes]:
    data = text.encode()
    start_response(
        status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(data)))]
    )
    return [data]


class _FormSafeRequest(BoltRequest):
    """slack_bolt (1.30) takes any form body containing the word "payload" for an
    interactivity payload; a slash command such as ``/woonzorg update 2.4 payload ...`` then
    parsed as empty and was refused with a 404. Such bodies are parsed as the form they are."""

    def __init__(self, *, body: str, query: Any = None, headers: Any = None) -> None:
        super().__init__(body=body, query=query, headers=headers)
        if not self.body and "payload" in body and not body.lstrip().startswith("{"):
            form = dict(parse_qsl(body, keep_blank_values=True))
            if "payload" not in form:
                self.body = form
                # The context Bolt builds from a parsed body, through its public constructor
                # (a dict body is accepted in socket_mode only); no slack_bolt internals.
                self.context = BoltRequest(body=form, mode="socket_mode").context


def is_ssl_check(form: str) -> bool:
    """Slack's certificate check: a form (POST body or GET query) with ``ssl_check=1``, sent
    without signature or timestamp headers. It must get a 200, and it does nothing."""
    if "ssl_check" not in form or form.lstrip().startswith("{"):
        return False  # most bodies: an interaction's form is large, not worth parsing twice
    return dict(parse_qsl(form, keep_blank_values=True)).get("ssl_check") == "1"


class _Handler(SlackRequestHandler):
    """Bolt's WSGI handler, hardened against requests Slack never sends.

    A missing or non-numeric timestamp is refused with 401 (Bolt answered 200 after logging a
    traceback). A correctly signed body that is not valid form or JSON is refused with 400
    instead of escaping as a 500; an unsigned one still gets Bolt's 401.
    """

    def __init__(self, app: App, *, path: str, signing_secret: str) -> None:
        super().__init__(app, path=path)
        self._verifier = SignatureVerifier(signing_secret)
        self._secret = signing_secret.encode()

    def dispatch(self, request: WsgiHttpRequest) -> BoltResponse:
        headers = request.get_headers()
        raw = _bounded_body(request.environ)
        if isinstance(raw, BoltResponse):
            return raw
        if is_ssl_check(raw.decode("utf-8", errors="replace")):
            return BoltResponse(status=200, body="")
        timestamp = str(headers.get("x-slack-request-timestamp") or "")
        if not timestamp.strip().isdigit():
            return BoltResponse(status=401, body='{"error":"invalid request"}')
        if not self._signed(raw, headers):
            # Refused here, before Bolt, which would log the whole unsigned body.
            return BoltResponse(status=401, body='{"error":"invalid request"}')
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError:
            logger.warning("Refused a signed request whose body is not UTF-8")
            return BoltResponse(status=400, body='{"error":"malformed request"}')
        try:
            bolt_request = _FormSafeRequest(body=body, query=request.query_string, headers=headers)
        except (ValueError, TypeError, AttributeError, KeyError):
            return self._malformed(body, headers)
        if not isinstance(bolt_request.body, dict):
            return self._malformed(body, headers)
        problem = payload_problem(bolt_request.body)
        if problem is not None:
            logger.warning("Refused a signed %s request: %s", _kind(bolt_request.body), problem)
            return BoltResponse(status=400, body='{"error":"malformed request"}')
        return self.app.dispatch(bolt_request)

    def _signed(self, raw: bytes, headers: dict[str, Any]) -> bool:
        """Slack's v0 signature over the raw bytes (slack_sdk's verifier decodes them first,
        which fails on a body that is not UTF-8), at most five minutes old."""
        timestamp = str(headers.get("x-slack-request-timestamp") or "").strip()
        signature = str(headers.get("x-slack-signature") or "")
        if abs(time.time() - int(timestamp)) > SIGNATURE_MAX_AGE:
            return False
        base = b"v0:" + timestamp.encode() + b":" + raw
        expected = "v0=" + hmac.new(self._secret, base, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, signature)

    def _malformed(self, body: str, headers: dict[str, Any]) -> BoltResponse:
        if not self._verifier.is_valid_request(body, headers):
            return BoltResponse(status=401, body='{"error":"invalid request"}')
        logger.warning("Refused a signed request whose body is not valid form or JSON")
        return BoltResponse(status=400, body='{"error":"malformed request"}')


def _bounded_body(environ: WSGIEnvironment) -> bytes | BoltResponse:
    """The request body, read no further than Content-Length and MAX_BODY_BYTES."""
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return BoltResponse(status=400, body='{"error":"bad content-length"}')
    if length > MAX_BODY_BYTES:
        return BoltResponse(status=413, body='{"error":"request too large"}')
    stream = environ.get("wsgi.input")
    return stream.read(length) if stream is not None and length > 0 else b""


def _kind(body: dict[str, Any]) -> str:
    kind = body.get("type") or ("command" if "command" in body else "unknown")
    return str(kind)[:40]


def payload_problem(body: dict[str, Any]) -> str | None:
    """What is wrong with a signed payload's shape, for the parts our listeners rely on; None
    when it is fine. Slack never sends these; Bolt and the listeners would fail with a 500."""
    kind = body.get("type")
    if kind == "block_actions":
        actions = body.get("actions")
        if not isinstance(actions, list) or not all(isinstance(a, dict) for a in actions):
            return "actions is not a list of objects"
    if kind in ("view_submission", "view_closed"):
        view = body.get("view")
        if not isinstance(view, dict):
            return "view is not an object"
        state = view.get("state", {}) if kind == "view_closed" else view.get("state")
        if not isinstance(state, dict) or not isinstance(state.get("values", {}), dict):
            return "view.state is missing or not an object"
    for key in ("user", "view", "event", "container", "channel", "message", "team"):
        if key in body and body[key] is not None and not isinstance(body[key], dict):
            return f"{key} is not an object"
    return None


def wsgi_app(bolt: App, healthy: Callable[[], bool], *, signing_secret: str) -> WSGIApplication:
    """Slack's requests at EVENTS_PATH (``signing_secret``: the one ``bolt`` verifies with), the
    health check at HEALTH_PATH."""
    slack = _Handler(bolt, path=EVENTS_PATH, signing_secret=signing_secret)
    flow = bolt.oauth_flow
    oauth_paths = {flow.install_path, flow.redirect_uri_path} if flow is not None else set()

    def application(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path, method = environ.get("PATH_INFO", ""), environ.get("REQUEST_METHOD", "GET")
        if path in oauth_paths:
            if method != "GET":
                return _plain(start_response, "405 Method Not Allowed", "GET only")
            return slack(environ, start_response)  # Bolt's own handler serves the OAuth flow
        if path == EVENTS_PATH:
            if method == "GET" and is_ssl_check(environ.get("QUERY_STRING", "")):
                return _plain(start_response, "200 OK", "")
            if method != "POST":
                return _plain(start_response, "405 Method Not Allowed", "POST only")
            return slack(environ, start_response)
        if path == HEALTH_PATH and method in ("GET", "HEAD"):
            if healthy():
                return _plain(start_response, "200 OK", messages.HEALTH_OK)
            return _plain(start_response, "503 Service Unavailable", messages.HEALTH_DATABASE_DOWN)
        return _plain(start_response, "404 Not Found", "not found")

    return application


class HttpServer:
    """waitress on ``host:port`` (port 0: a free one, see ``port``); ``run`` blocks,
    ``start`` runs it on a thread (tests, benchmarks), ``stop`` ends either.

    The serving loop is waitress's own, one poll at a time, so that stopping is a flag the
    loop thread checks and everything is closed on that thread: nothing else touches the
    server's sockets while it polls them.
    """

    def __init__(self, app: WSGIApplication, *, host: str, port: int, threads: int = THREADS):
        self.server: Any = create_server(
            app,
            host=host,
            port=port,
            threads=threads,
            ident="woonzorg-bot",
            max_request_body_size=MAX_BODY_BYTES,
        )
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self.server.effective_port)

    @property
    def host(self) -> str:
        return str(self.server.effective_host)

    def run(self) -> None:
        try:
            while not self._stopping.is_set():
                wasyncore.loop(
                    timeout=POLL_SECONDS,
                    map=self.server._map,
                    use_poll=self.server.adj.asyncore_use_poll,
                    count=1,
                )
        except (SystemExit, KeyboardInterrupt):
            pass  # Ctrl-C, or SIGTERM turned into SystemExit by `woonzorg run`
        finally:
            self.server.task_dispatcher.shutdown()
            wasyncore.close_all(self.server._map)

    def start(self) -> HttpServer:
        self._thread = threading.Thread(target=self.run, name="waitress", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        # Wake the loop from its poll (waitress's own trigger) so it sees the flag now.
        wake = getattr(self.server, "pull_trigger", None)
        if wake is not None:
            with contextlib.suppress(OSError):  # already closed: the loop has ended
                wake()
        if self._thread is not None:
            self._thread.join(timeout=10)
