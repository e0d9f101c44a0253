"""Start docker-compose.yml for real against the fake Slack, check both replicas, tear it down.

    docker-compose build
    uv run python scripts/compose_smoke.py            # single-token mode, a conversation
    uv run python scripts/compose_smoke.py --oauth    # OAuth mode: both serve /slack/install

Starts the fake Slack on loopback and a TCP relay that lets the containers reach it (as
``host.docker.internal``, added by a throw-away override file), then ``docker-compose up -d``
with a generated POSTGRES_PASSWORD and signing secret; waits until Docker reports PostgreSQL
and both replicas healthy; imports a small programme through bot-1 (``docker-compose exec``);
sends signed slash commands to both replicas' published ports, each answer naming what the
other replica (or the import) wrote; checks that PostgreSQL holds one schema version; prints
the answers, ``docker-compose ps`` and the log tails, and ends with ``docker-compose down -v``.
Exits non-zero when any step fails.
"""

from __future__ import annotations

import http.client
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.fake_slack import FakeSlack, SignedClient  # noqa: E402
from tests.support.tcp_proxy import TcpProxy  # noqa: E402

PROJECT = "woonzorg-smoke"
PORTS = {"bot-1": 3981, "bot-2": 3982}
PROGRAMME = """Regio-programma
Nr;Actielijn;Actie;Regiehouder
1.1;1. Voorkomen;Vroeg eropaf in de hele regio;Carla <carla@example.org>
1.2;1. Voorkomen;Schuldhulp dichtbij;Carla <carla@example.org>
"""
CONVERSATION = (
    ("bot-2", "overzicht", "Regio-programma: 2 acties"),
    ("bot-2", "ronde start 2027-H1", "2027"),
    ("bot-1", "ronde", "0 van 2 updates binnen"),
    ("bot-1", "update 1.2 Eerste gesprekken gevoerd.", "1.2"),
    ("bot-2", "actie 1.2", "Eerste gesprekken gevoerd."),
)
OVERRIDE = """
services:
  bot-1:
    extra_hosts: ["host.docker.internal:host-gateway"]
  bot-2:
    extra_hosts: ["host.docker.internal:host-gateway"]
"""


def url(service: str) -> str:
    return f"http://127.0.0.1:{PORTS[service]}"


def compose_command(override: str) -> list[str]:
    return ["docker-compose", "-p", PROJECT, "-f", str(ROOT / "docker-compose.yml"), "-f", override]


def compose(env: dict[str, str], override: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*compose_command(override), *args],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
    )


def health(container: str) -> str:
    found = subprocess.run(
        ["docker", "inspect", "-f", "{{json .State.Health.Status}}", container],
        capture_output=True,
        text=True,
    )
    return json.loads(found.stdout or '""') if found.returncode == 0 else "missing"


def wait_healthy(env: dict[str, str], override: str, timeout: float = 180) -> dict[str, str]:
    deadline = time.monotonic() + timeout
    states: dict[str, str] = {}
    while time.monotonic() < deadline:
        for service in ("postgres", "bot-1", "bot-2"):
            ids = compose(env, override, "ps", "-q", service).stdout.split()
            states[service] = health(ids[0]) if ids else "missing"
        if all(s == "healthy" for s in states.values()):
            break
        time.sleep(2)
    return states


def main() -> int:
    """``--oauth``: the replicas without a bot token, in OAuth mode (SLACK_CLIENT_ID/SECRET):
    healthy, and both serve the install page."""
    oauth = "--oauth" in sys.argv[1:]
    with FakeSlack(users={"U0COORD": ("Carla", "carla@example.org")}) as fake:
        port = int(fake.api_url.rsplit(":", 1)[1].split("/")[0])
        with TcpProxy("127.0.0.1", port, listen="0.0.0.0") as relay:
            signing = secrets.token_hex(16)
            env = {
                "POSTGRES_PASSWORD": secrets.token_hex(12),
                "SLACK_SIGNING_SECRET": signing,
                **(
                    {"SLACK_CLIENT_ID": "1234.5678", "SLACK_CLIENT_SECRET": secrets.token_hex(8)}
                    if oauth
                    else {"SLACK_BOT_TOKEN": fake.bot_token}
                ),
                "SLACK_API_URL": f"http://host.docker.internal:{relay.port}/api/",
                "WOONZORG_COORDINATORS": "U0COORD",
                "BOT_1_PORT": str(PORTS["bot-1"]),
                "BOT_2_PORT": str(PORTS["bot-2"]),
            }
            with tempfile.NamedTemporaryFile("w", suffix=".yml") as override:
                override.write(OVERRIDE)
                override.flush()
                try:
                    if oauth:
                        return run_oauth(env, override.name)
                    return run(env, override.name, fake, signing)
                finally:
                    down = compose(env, override.name, "down", "-v")
                    print("docker-compose down -v:", down.returncode)


def run(env: dict[str, str], override: str, fake: FakeSlack, signing: str) -> int:
    up = compose(env, override, "up", "-d")
    print("docker-compose up -d:", up.returncode, up.stderr.strip()[-600:])
    if up.returncode:
        return 1
    states = wait_healthy(env, override)
    print("health:", states)
    print(compose(env, override, "ps").stdout)
    ok = all(s == "healthy" for s in states.values())
    # A programme imported through bot-1 is what bot-2 answers about: one database.
    imported = subprocess.run(
        [
            *compose_command(override),
            "exec",
            "-T",
            "bot-1",
            "sh",
            "-c",
            "cat > /tmp/programma.csv && woonzorg import /tmp/programma.csv",
        ],
        cwd=ROOT,
        env={**os.environ, **env},
        input=PROGRAMME,
        capture_output=True,
        text=True,
    )
    print("woonzorg import on bot-1:", imported.returncode, imported.stdout.strip()[-300:])
    ok = ok and imported.returncode == 0
    for service in ("bot-1", "bot-2"):
        with urllib.request.urlopen(f"{url(service)}/healthz", timeout=5) as answer:
            print(f"{service} GET /healthz:", answer.status, answer.read().decode())
    # Each answer must name what the *other* replica (or the import) wrote.
    for service, text, expected in CONVERSATION:
        client = SignedClient(f"{url(service)}/slack/events", signing, fake)
        answer = client.slash(text, "U0COORD")
        print(f"{service} /woonzorg {text}:", answer.status, answer.text[:150])
        ok = ok and answer.status == 200 and expected in answer.body  # text or blocks
    # Both replicas migrated the one database (under the migration lock): one schema version.
    sql = "SELECT version_num FROM alembic_version"
    version = compose(
        env, override, "exec", "-T", "postgres", "psql", "-U", "woonzorg", "-Atc", sql
    )
    print("schema version in PostgreSQL:", version.stdout.strip() or version.stderr[-300:])
    ok = ok and len(version.stdout.split()) == 1
    logs = compose(env, override, "logs", "--no-color", "--tail", "5", "bot-1", "bot-2")
    print(logs.stdout[-1500:])
    return 0 if ok else 1


def run_oauth(env: dict[str, str], override: str) -> int:
    up = compose(env, override, "up", "-d")
    print("docker-compose up -d (OAuth):", up.returncode, up.stderr.strip()[-300:])
    states = wait_healthy(env, override)
    print("health:", states)
    ok = up.returncode == 0 and all(s == "healthy" for s in states.values())
    for service in ("bot-1", "bot-2"):
        connection = http.client.HTTPConnection("127.0.0.1", PORTS[service], timeout=10)
        connection.request("GET", "/slack/install")
        answer = connection.getresponse()
        body = answer.read().decode()
        where = answer.getheader("Location") or ""
        print(f"{service} GET /slack/install:", answer.status, where[:70] or f"{len(body)} bytes")
        ok = ok and answer.status in (200, 302) and "oauth/v2/authorize" in where + body
        connection.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
