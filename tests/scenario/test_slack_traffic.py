"""Traffic real Slack sends that the happy-path scenarios do not: the certificate check, expired
trigger ids, dropped connections after a saved update, escaped markup in command text."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

from bot.slack.http import HttpServer
from tests.support.factories import Built
from tests.support.fake_slack import FakeSlack

PAYLOADS = Path(__file__).resolve().parents[1] / "support" / "slack_payloads"


def _request(url: str, body: str | None, headers: dict[str, str], method: str) -> tuple[int, str]:
    data = None if body is None else body.encode()
    request = urllib.request.Request(url, data, headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return int(answer.status), answer.read().decode()
    except urllib.error.HTTPError as exc:
        return int(exc.code), exc.read().decode()


def _api_calls(fake: FakeSlack) -> list[str]:
    """What the bot asked Slack, apart from Bolt's own auth.test when the app starts."""
    return [c.method for c in fake.calls if c.method != "auth.test"]


def test_ssl_check_without_signature_gets_200(
    server: HttpServer, fake_slack: FakeSlack, programme: Built
) -> None:
    # Slack's certificate check carries neither X-Slack-Signature nor a timestamp.
    body = (PAYLOADS / "ssl_check.form.txt").read_text().strip()
    url = f"http://127.0.0.1:{server.port}/slack/events"
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert _request(url, body, form, "POST") == (200, "")
    assert _request(url + "?" + body, None, {}, "GET") == (200, "")
    assert _api_calls(fake_slack) == []


def test_ssl_check_does_not_open_the_door_to_unsigned_commands(
    server: HttpServer, fake_slack: FakeSlack, programme: Built
) -> None:
    body = "command=%2Fwoonzorg&text=mijn&user_id=U0ANNA&ssl_check=0"
    url = f"http://127.0.0.1:{server.port}/slack/events"
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert _request(url, body, form, "POST")[0] == 401
    assert _api_calls(fake_slack) == []
