"""A failed App Home refresh is a WARNING, whatever the Slack client raised; a bug is an ERROR
with its traceback; and refreshes for one person coalesce on the publisher's thread."""

from __future__ import annotations

import http.client
import logging
import threading
import urllib.error
from typing import Any

import pytest
from slack_sdk.errors import SlackApiError, SlackRequestError
from slack_sdk.web import SlackResponse

from bot.outcomes import Caller
from bot.slack.home import HomePublisher


def _api_error(code: str) -> SlackApiError:
    response = SlackResponse(
        client=None,
        http_verb="POST",
        api_url="https://slack.com/api/views.publish",
        req_args={},
        data={"ok": False, "error": code},
        headers={},
        status_code=200,
    )
    return SlackApiError("failed", response)


class _Client:
    def __init__(self, error: Exception) -> None:
        self.error = error

    def views_publish(self, **kwargs: Any) -> None:
        raise self.error


class _Core:
    def home(self, caller: Caller) -> dict[str, Any]:
        return {"type": "home", "blocks": []}


@pytest.mark.parametrize(
    "error",
    [
        _api_error("view_too_large"),
        SlackRequestError("bad request"),
        urllib.error.URLError(ConnectionResetError(104, "Connection reset by peer")),
        ConnectionResetError(104, "Connection reset by peer"),
        http.client.RemoteDisconnected("Remote end closed connection without response"),
        http.client.IncompleteRead(b"{"),
        TimeoutError("The read operation timed out"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_any_client_failure_is_a_warning(
    error: Exception, caplog: pytest.LogCaptureFixture
) -> None:
    client = _Client(error)
    publisher = HomePublisher(lambda _caller, bolt: bolt, _Core())  # type: ignore[arg-type]
    publisher.publish_now(Caller(user_id="U0ANNA"), client)  # type: ignore[arg-type]
    [record] = caplog.records
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert "U0ANNA" in record.getMessage()


def test_a_bug_is_not_hidden(caplog: pytest.LogCaptureFixture) -> None:
    publisher = HomePublisher(lambda _caller, bolt: bolt, _Core())  # type: ignore[arg-type]
    publisher.refresh(Caller(user_id="U0ANNA"), _Client(KeyError("blocks")))  # type: ignore[arg-type]
    assert publisher.wait_idle(5)
    [record] = caplog.records
    assert record.levelno == logging.ERROR and record.exc_info is not None
    assert "U0ANNA" in record.getMessage()


class _SlowClient:
    """Holds the first publish until released; records every publish."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.entered = threading.Event()
        self.published: list[str] = []

    def views_publish(self, **kwargs: Any) -> None:
        self.entered.set()
        self.release.wait(5)
        self.published.append(kwargs["user_id"])


def test_requests_for_one_person_coalesce_and_nobody_waits() -> None:
    client = _SlowClient()
    publisher = HomePublisher(lambda _caller, _bolt: client, _Core())  # type: ignore[arg-type]
    publisher.publish(Caller(user_id="U0ANNA"), client)  # type: ignore[arg-type]
    assert client.entered.wait(5)  # taken by the thread, held in the client
    for _ in range(5):  # the listeners return at once
        publisher.refresh(Caller(user_id="U0BERT"), client)  # type: ignore[arg-type]
        publisher.refresh(Caller(user_id="U0ANNA"), client)  # type: ignore[arg-type]
    client.release.set()
    assert publisher.wait_idle(5)
    assert client.published == ["U0ANNA", "U0BERT", "U0ANNA"]
