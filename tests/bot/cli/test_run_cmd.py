"""``woonzorg run``: refuses to start without its tokens; serves HTTP with waitress; the seam
where background services (the reminder scheduler) start and stop."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot import background
from bot.cli import app
from tests.support.fake_slack import FakeSlack, SignedClient, wait_for
from workflows.settings import Settings

SLACK_VARS = ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL")


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.chdir(tmp_path)  # no .env from the developer's checkout
    for name in SLACK_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'w.db'}")
    return tmp_path


def test_missing_tokens_are_named_in_dutch(clean_env: Path) -> None:
    result = CliRunner().invoke(app, ["run"])
    assert result.exit_code == 2
    assert "SLACK_BOT_TOKEN en SLACK_SIGNING_SECRET ontbreken. Zet ze in" in result.output
    assert "Traceback" not in result.output


def test_socket_mode_needs_no_signing_secret(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1-A-1-x")
    result = CliRunner().invoke(app, ["run"])
    assert result.exit_code == 2
    assert "SLACK_BOT_TOKEN ontbreekt. Zet het in" in result.output


def test_background_starters_start_and_stop_in_reverse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    events: list[str] = []

    def scheduler(settings: Settings, core: object) -> background.Stop:
        events.append(f"start scheduler for {settings.timezone}")
        return lambda: events.append("stop scheduler")

    def watcher(settings: Settings, core: object) -> background.Stop:
        events.append("start watcher")
        return lambda: events.append("stop watcher")

    def one_shot(settings: Settings, core: object) -> None:
        events.append("one shot")

    monkeypatch.setattr(background, "STARTERS", [scheduler, watcher, one_shot])
    stops = background.start_background(Settings(_env_file=None), core=None)  # type: ignore[call-arg, arg-type]
    background.stop_background(stops)
    assert events == [
        "start scheduler for Europe/Amsterdam",
        "start watcher",
        "one shot",
        "stop watcher",
        "stop scheduler",
    ]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# How long a fresh `woonzorg run` may take to come up: ~3 s of CPU for its imports and checks,
# which on two cores shared with other jobs (and the other xdist worker) can take a while. A
# wait, not a limit under test: a bot that comes up sooner ends it sooner.
START = 90
LISTENING = re.compile(r"http://127\.0\.0\.1:(\d+)/slack/events")


@pytest.fixture
def running_bot(
    sqlite_url: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[tuple[int, FakeSlack]]:
    """``woonzorg run`` in a process of its own; in HTTP mode on a port it picks itself (PORT=0)
    and names in its start-up line (a port picked here and bound there could be taken in
    between by another process on the machine, whose server would then answer the test)."""
    socket_mode = getattr(request, "param", "http") == "socket"
    with FakeSlack() as fake:
        env = {
            **{k: v for k, v in os.environ.items() if k not in SLACK_VARS},
            "DATABASE_URL": sqlite_url,
            "SLACK_BOT_TOKEN": fake.bot_token,
            "SLACK_SIGNING_SECRET": "run-test-secret",
            "SLACK_API_URL": fake.api_url,
            "PORT": "0",
        }
        if socket_mode:
            env["SLACK_APP_TOKEN"] = fake.app_token
        process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from bot.cli import main; main()",
                "run",
                "--host",
                "127.0.0.1",
            ],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        lines: list[str] = []

        def read() -> None:
            for line in process.stdout or []:
                lines.append(line)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()

        def port() -> int:
            found = [m for line in list(lines) if (m := LISTENING.search(line))]
            return int(found[0].group(1)) if found else 0

        try:
            yield (0 if socket_mode else wait_for(port, timeout=START, interval=0.05)), fake
        finally:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
            reader.join(timeout=10)
            output = "".join(lines)
            for secret in ("run-test-secret", fake.bot_token, fake.app_token):
                assert secret not in output


def _healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as answer:
            return answer.status == 200
    except OSError:
        return False


def test_run_serves_slack_over_http(running_bot: tuple[int, FakeSlack]) -> None:
    port, fake = running_bot
    wait_for(lambda: _healthy(port), timeout=START, interval=0.1)
    assert fake.calls_to("auth.test")  # the token was checked against SLACK_API_URL
    client = SignedClient(f"http://127.0.0.1:{port}/slack/events", "run-test-secret", fake)
    answer = client.slash("help", "U0ANNA")
    assert answer.status == 200 and answer.json()["response_type"] == "ephemeral"
    assert client.slash("help", "U0ANNA", secret="wrong").status == 401


@pytest.mark.parametrize("running_bot", ["socket"], indirect=True)
def test_run_connects_in_socket_mode(running_bot: tuple[int, FakeSlack]) -> None:
    _, fake = running_bot
    fake.socket.wait_connected(timeout=START)
    command = {
        "team_id": "T0WOONZORG",
        "channel_id": "C0ALGEMEEN",
        "user_id": "U0ANNA",
        "command": "/woonzorg",
        "text": "help",
        "response_url": fake.new_response_url(),
        "trigger_id": fake.new_trigger_id(),
    }
    ack = fake.socket.response(fake.socket.send("slash_commands", command))
    assert ack["payload"]["response_type"] == "ephemeral"


def test_a_refused_token_is_said_in_dutch(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeSlack() as fake:
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-revoked")
        monkeypatch.setenv("SLACK_SIGNING_SECRET", "geheim")
        monkeypatch.setenv("SLACK_API_URL", fake.api_url)
        result = CliRunner().invoke(app, ["run"])
    assert result.exit_code == 2
    assert "Slack accepteert SLACK_BOT_TOKEN niet (invalid_auth)" in result.output
    assert "Traceback" not in result.output and "xoxb-revoked" not in result.output


def test_a_refused_app_token_is_said_in_dutch(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeSlack() as fake:
        monkeypatch.setenv("SLACK_BOT_TOKEN", fake.bot_token)
        monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1-wrong")
        monkeypatch.setenv("SLACK_API_URL", fake.api_url)
        result = CliRunner().invoke(app, ["run"])
    assert result.exit_code == 2
    assert "Slack accepteert SLACK_APP_TOKEN niet (invalid_auth)" in result.output


def test_unreachable_slack_is_said_in_dutch(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "geheim")
    monkeypatch.setenv("SLACK_API_URL", f"http://127.0.0.1:{_free_port()}/api/")
    result = CliRunner().invoke(app, ["run"])
    assert result.exit_code == 2
    assert "Kan Slack niet bereiken" in result.output and "Traceback" not in result.output
