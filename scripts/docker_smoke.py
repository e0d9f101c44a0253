"""Smoke-test the built Docker image against the fake Slack on loopback.

    docker build --network host -t woonzorg-bot .
    uv run python scripts/docker_smoke.py

Starts the fake Slack, runs the image in HTTP mode (host network, SQLite on its volume), waits
for ``/healthz``, sends one slash command signed as Slack signs it, prints the answer and the
container's log tail, and removes the container. Exits non-zero when any step fails.
"""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.fake_slack import FakeSlack, SignedClient  # noqa: E402

IMAGE = "woonzorg-bot"
NAME = "woonzorg-smoke"
PORT = 3998
SECRET = "smoke-signing-secret"


def main() -> int:
    with FakeSlack(users={"U0COORD": ("Carla", "carla@example.org")}) as fake:
        subprocess.run(["docker", "rm", "-f", NAME], capture_output=True)
        env = {
            "SLACK_BOT_TOKEN": fake.bot_token,
            "SLACK_SIGNING_SECRET": SECRET,
            "PORT": str(PORT),
            "SLACK_API_URL": fake.api_url,
            "WOONZORG_COORDINATORS": "U0COORD",
        }
        args = [f"-e={k}={v}" for k, v in env.items()]
        subprocess.run(
            ["docker", "run", "-d", "--name", NAME, "--network", "host", *args, IMAGE],
            check=True,
            capture_output=True,
        )
        try:
            health = _wait_healthy()
            print("GET /healthz:", health)
            answer = SignedClient(f"http://127.0.0.1:{PORT}/slack/events", SECRET, fake).slash(
                "ronde", "U0COORD"
            )
            print("/woonzorg ronde:", answer.status, answer.text)
            return 0 if health == 200 and answer.status == 200 and answer.text else 1
        finally:
            logs = subprocess.run(["docker", "logs", NAME], capture_output=True, text=True)
            print(logs.stderr[-800:])
            subprocess.run(["docker", "rm", "-f", NAME], capture_output=True)


def _wait_healthy() -> int:
    for _ in range(120):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=2) as r:
                return int(r.status)
        except OSError:
            time.sleep(0.5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
