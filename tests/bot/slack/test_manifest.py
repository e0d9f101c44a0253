"""The manifest asks for exactly what the bot uses, so the app an admin creates works.

(No YAML parser among the dependencies; the manifest is plain enough to check line by line.)
"""

from __future__ import annotations

import re
from pathlib import Path

MANIFEST = Path(__file__).resolve().parents[3] / "manifest.yml"


def _lines() -> list[str]:
    text = MANIFEST.read_text(encoding="utf-8")
    lines = text.splitlines()
    return [line.rstrip() for line in lines if line.strip() and not line.startswith("#")]


def _block(key: str) -> list[str]:
    """The lines nested under ``key:`` (by indentation)."""
    lines = _lines()
    for i, line in enumerate(lines):
        if line.strip() == f"{key}:":
            indent = len(line) - len(line.lstrip())
            body = []
            for nested in lines[i + 1 :]:
                if len(nested) - len(nested.lstrip()) <= indent:
                    break
                body.append(nested.strip())
            return body
    raise AssertionError(f"{key} missing from manifest.yml")


def test_slash_command_is_escaped_and_routed_to_slack_events() -> None:
    command = _block("slash_commands")
    assert "- command: /woonzorg" in command
    assert "should_escape: true" in command
    assert any(re.fullmatch(r"url: https://\S+/slack/events", line) for line in command)


def test_scopes_cover_what_the_bot_calls() -> None:
    scopes = {line.removeprefix("- ") for line in _block("bot")}
    assert scopes == {
        "commands",  # /woonzorg
        "chat:write",  # replies, reminders, digest
        "im:write",  # DMs to owners
        "users:read",  # users.info
        "users:read.email",  # users.lookupByEmail
        "files:write",  # the report (files_upload_v2)
        # conversations.history: was a reminder that got no answer delivered after all?
        "im:history",  # in the owner's or coordinator's DM
        "channels:history",  # in a public digest channel
        "groups:history",  # in a private digest channel
    }


def test_home_interactivity_events_and_socket_mode() -> None:
    assert {"home_tab_enabled: true", "messages_tab_enabled: true"} <= set(_block("app_home"))
    assert "is_enabled: true" in _block("interactivity")
    assert _block("bot_events") == ["- app_home_opened"]
    assert "socket_mode_enabled: true" in _block("settings")
