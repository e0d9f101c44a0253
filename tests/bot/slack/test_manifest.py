"""The manifest parses as YAML, passes Slack's manifest schema, and asks for exactly what the
bot uses, so "Create New App -> From a manifest" works and the app an admin creates works."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

ROOT = Path(__file__).resolve().parents[3]
MANIFEST = ROOT / "manifest.yml"
SCHEMA = ROOT / "tests" / "support" / "slack_manifest_schema"
# The top-level schema refers to the versioned schemas by these URLs; they are served from the
# vendored copies, so the test needs no network.
SCHEMA_BASE = "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/"


def _validator() -> jsonschema.Draft7Validator:
    resources = [
        (
            SCHEMA_BASE + path.name,
            Resource.from_contents(json.loads(path.read_text()), default_specification=DRAFT7),
        )
        for path in sorted((SCHEMA / "schemas").glob("*.json"))
    ]
    top = json.loads((SCHEMA / "manifest.schema.json").read_text())
    return jsonschema.Draft7Validator(top, registry=Registry().with_resources(resources))


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    loaded = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def _problems(document: object) -> list[str]:
    problems = []
    for error in _validator().iter_errors(document):
        for sub in error.context or [error]:
            # oneOf over manifest versions: drop the branch selector's own complaints.
            if "_metadata" in sub.message or "was expected" in sub.message:
                continue
            problems.append(f"/{'/'.join(map(str, sub.absolute_path))}: {sub.message}")
    return problems


def test_manifest_is_valid_yaml() -> None:
    yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))  # raises on e.g. an unquoted ": "


def test_manifest_passes_slacks_schema(manifest: dict[str, Any]) -> None:
    assert _problems(manifest) == []


def test_schema_check_notices_a_broken_manifest(manifest: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(manifest))
    broken["features"]["slash_commands"][0]["should_escape"] = "yes"
    broken["display_information"]["description"] = "x" * 141
    problems = _problems(broken)
    assert any("should_escape" in p for p in problems), problems
    assert any("description" in p for p in problems), problems


def test_slash_command_is_escaped_and_routed_to_slack_events(manifest: dict[str, Any]) -> None:
    [command] = manifest["features"]["slash_commands"]
    assert command["command"] == "/woonzorg"
    assert command["should_escape"] is True
    assert command["url"].startswith("https://") and command["url"].endswith("/slack/events")
    assert ": " in command["description"]  # the line that once broke the YAML


def test_scopes_cover_what_the_bot_calls(manifest: dict[str, Any]) -> None:
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == {
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


def test_home_interactivity_events_and_socket_mode(manifest: dict[str, Any]) -> None:
    app_home = manifest["features"]["app_home"]
    assert app_home["home_tab_enabled"] is True and app_home["messages_tab_enabled"] is True
    settings = manifest["settings"]
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["event_subscriptions"]["bot_events"] == [
        "app_home_opened",
        "app_uninstalled",  # OAuth mode: forget the workspace's token
        "tokens_revoked",
    ]
    assert settings["socket_mode_enabled"] is True
    urls = {
        settings["interactivity"]["request_url"],
        settings["event_subscriptions"]["request_url"],
        manifest["features"]["slash_commands"][0]["url"],
    }
    assert len(urls) == 1  # all traffic goes to one /slack/events


def test_the_oauth_install_asks_for_the_manifests_scopes_and_hears_uninstalls(
    manifest: dict[str, Any],
) -> None:
    from bot.slack.installs import REDIRECT_PATH, SCOPES

    assert list(SCOPES) == manifest["oauth_config"]["scopes"]["bot"]
    events = manifest["settings"]["event_subscriptions"]["bot_events"]
    assert {"app_uninstalled", "tokens_revoked"} <= set(events)
    assert all(u.endswith(REDIRECT_PATH) for u in manifest["oauth_config"]["redirect_urls"])
