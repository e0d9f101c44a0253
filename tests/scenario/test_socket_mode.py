"""Socket Mode's code path: Bolt's built-in SocketModeHandler with the same listeners, driven
with the envelopes Slack sends over the WebSocket; a recording client stands in for the socket."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from slack_bolt import App
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

from bot.core import Bot
from bot.slack.app import create_app
from bot.slack.socket import socket_mode_handler
from tests.support.factories import Built
from tests.support.fake_slack import FakeSlack, wait_for
from tests.support.fake_slack.signing import state_values
from workflows.settings import Settings


class SocketRecorder:
    """What ``SocketModeClient.send_socket_mode_response`` would put on the socket."""

    def __init__(self) -> None:
        self.sent: list[SocketModeResponse] = []
        self.logger = logging.getLogger("socket-recorder")

    def send_socket_mode_response(self, response: SocketModeResponse) -> None:
        self.sent.append(response)


@pytest.fixture
def socket_settings(slack_settings: Settings, fake_slack: FakeSlack) -> Settings:
    return slack_settings.model_copy(
        update={"slack_app_token": fake_slack.app_token, "slack_signing_secret": None}
    )


@pytest.fixture
def socket_app(socket_settings: Settings, core: Bot) -> App:
    return create_app(socket_settings, core, socket_mode=True)


def envelope(kind: str, payload: dict[str, Any], n: int) -> SocketModeRequest:
    return SocketModeRequest(
        type=kind, envelope_id=f"env-{n}", payload=payload, accepts_response_payload=True
    )


def test_handler_uses_slack_api_url(
    socket_app: App, socket_settings: Settings, fake_slack: FakeSlack
) -> None:
    handler = socket_mode_handler(socket_app, socket_settings)
    assert handler.client.web_client.base_url == fake_slack.api_url
    assert handler.client.app_token == socket_settings.slack_app_token


def test_slash_command_and_home_over_socket_mode(
    socket_app: App, socket_settings: Settings, fake_slack: FakeSlack, programme: Built
) -> None:
    handler = socket_mode_handler(socket_app, socket_settings)
    socket = SocketRecorder()
    command = {
        "team_id": "T0WOONZORG",
        "channel_id": "C0ALGEMEEN",
        "user_id": "U0ANNA",
        "command": "/woonzorg",
        "text": "help",
        "response_url": fake_slack.new_response_url(),
        "trigger_id": fake_slack.new_trigger_id(),
    }
    handler.handle(socket, envelope("slash_commands", command, 1))  # type: ignore[arg-type]
    [answer] = socket.sent
    assert answer.envelope_id == "env-1"
    assert answer.payload is not None and answer.payload["response_type"] == "ephemeral"
    assert "/woonzorg" in answer.payload["text"] + str(answer.payload.get("blocks"))

    event = {
        "type": "event_callback",
        "team_id": "T0WOONZORG",
        "event_id": "EvSocket1",
        "event": {"type": "app_home_opened", "user": "U0BERT", "tab": "home"},
    }
    handler.handle(socket, envelope("events_api", event, 2))  # type: ignore[arg-type]
    handler.handle(socket, envelope("events_api", event, 3))  # type: ignore[arg-type]
    wait_for(lambda: fake_slack.calls_to("views.publish"))
    assert [s.envelope_id for s in socket.sent] == ["env-1", "env-2", "env-3"]
    assert [c.params["user_id"] for c in fake_slack.calls_to("views.publish")] == ["U0BERT"]
    assert fake_slack.violations == []


def test_over_a_real_socket(
    socket_app: App, socket_settings: Settings, fake_slack: FakeSlack, programme: Built
) -> None:
    """The whole way: apps.connections.open at SLACK_API_URL, the WebSocket handshake, hello,
    envelopes in, acknowledgements out, on Bolt's built-in Socket Mode client."""
    handler = socket_mode_handler(socket_app, socket_settings)
    handler.connect()
    try:
        fake_slack.socket.wait_connected()
        [opened] = fake_slack.calls_to("apps.connections.open")
        assert opened.headers["authorization"] == f"Bearer {fake_slack.app_token}"
        command = {
            "team_id": "T0WOONZORG",
            "channel_id": "C0ALGEMEEN",
            "user_id": "U0ANNA",
            "command": "/woonzorg",
            "text": "mijn",
            "response_url": fake_slack.new_response_url(),
            "trigger_id": fake_slack.new_trigger_id(),
        }
        ack = fake_slack.socket.response(fake_slack.socket.send("slash_commands", command))
        assert ack["payload"]["response_type"] == "ephemeral"
        assert "2.4" in str(ack["payload"])

        modal = {**command, "text": "update 2.4", "trigger_id": fake_slack.new_trigger_id()}
        fake_slack.socket.response(fake_slack.socket.send("slash_commands", modal))
        view = wait_for(lambda: fake_slack.calls_to("views.open"))[0].response["view"]
        wait_for(lambda: fake_slack.calls_to("views.publish"))  # the Home refresh after it
        submission = {
            "type": "view_submission",
            "team": {"id": "T0WOONZORG"},
            "user": {"id": "U0ANNA"},
            "api_app_id": "A0WOONZORG",
            "trigger_id": fake_slack.new_trigger_id(),
            "view": {
                **view,
                "state": {"values": state_values(view, {"status": "on_track", "text": ""})},
            },
        }
        errors = fake_slack.socket.response(fake_slack.socket.send("interactive", submission))
        assert errors["payload"]["response_action"] == "errors"

        home = {
            "type": "event_callback",
            "team_id": "T0WOONZORG",
            "event_id": "EvSocketRetry",
            "event": {"type": "app_home_opened", "user": "U0ANNA", "tab": "home"},
        }
        before = len(fake_slack.calls_to("views.publish"))
        fake_slack.socket.response(fake_slack.socket.send("events_api", home))
        wait_for(lambda: len(fake_slack.calls_to("views.publish")) == before + 1)
        retried = fake_slack.socket.send("events_api", home, retry_attempt=1)
        assert "payload" not in fake_slack.socket.response(retried)  # acknowledged, not redone
        assert len(fake_slack.calls_to("views.publish")) == before + 1
    finally:
        # Slack ends the socket first (as on a refresh); closing is quick once it is gone.
        handler.client.auto_reconnect_enabled = False
        fake_slack.socket.close_all()
        handler.close()
    assert fake_slack.violations == []
