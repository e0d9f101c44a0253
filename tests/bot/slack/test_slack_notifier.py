"""The Slack Notifier and Directory against the fake Slack: retries, permanent failures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.slack.clients import web_client
from bot.slack.directory import SlackDirectory
from bot.slack.notifier import SlackNotifier
from tests.support.fake_slack import FakeSlack
from workflows.errors import Unavailable
from workflows.ports.notify import DeliveryError
from workflows.settings import Settings


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack(users={"U0ANNA": ("Anna", "anna@example.nl")}) as slack:
        slack.add_user("U0WEG", "Weg", "weg@example.nl", deleted=True)
        yield slack


@pytest.fixture
def slack_settings(fake: FakeSlack) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None, SLACK_BOT_TOKEN=fake.bot_token, SLACK_API_URL=fake.api_url.rstrip("/")
    )


@pytest.fixture
def notifier(slack_settings: Settings) -> SlackNotifier:
    return SlackNotifier.from_settings(slack_settings, backoff_factor=0.01)


BLOCKS = [{"type": "section", "text": {"type": "mrkdwn", "text": "Je update graag"}}]


def test_dm_goes_to_the_user_id_without_conversations_open(
    notifier: SlackNotifier, fake: FakeSlack
) -> None:
    ts = notifier.send_dm("U0ANNA", "Je update graag", BLOCKS)
    [call] = fake.calls_to("chat.postMessage")
    assert call.params["channel"] == "U0ANNA" and ts == call.response["ts"]
    assert fake.calls_to("conversations.open", ok=None) == []


def test_rate_limit_and_server_errors_are_retried(notifier: SlackNotifier, fake: FakeSlack) -> None:
    fake.fail("chat.postMessage", status=429, retry_after=0)
    fake.fail("chat.postMessage", status=503)
    assert notifier.post_channel("C0DIGEST", "Weekoverzicht")
    assert [c.status for c in fake.calls_to("chat.postMessage", ok=None)] == [429, 503, 200]


@pytest.mark.parametrize(
    "error",
    ["user_not_found", "account_inactive", "channel_not_found", "not_in_channel", "is_archived"],
)
def test_unreachable_recipients_are_permanent(
    notifier: SlackNotifier, fake: FakeSlack, error: str
) -> None:
    fake.fail("chat.postMessage", error)
    with pytest.raises(DeliveryError) as caught:
        notifier.send_dm("U0ANNA", "Hoi")
    assert (caught.value.reason, caught.value.permanent) == (error, True)


def test_inactive_account_from_the_workspace(notifier: SlackNotifier) -> None:
    with pytest.raises(DeliveryError) as caught:
        notifier.send_dm("U0WEG", "Hoi")
    assert caught.value.permanent


def test_other_failures_are_transient(notifier: SlackNotifier, fake: FakeSlack) -> None:
    fake.fail("chat.postMessage", status=503, times=10)
    with pytest.raises(DeliveryError) as caught:
        notifier.send_dm("U0ANNA", "Hoi")
    assert not caught.value.permanent
    gone = Settings(_env_file=None, SLACK_BOT_TOKEN="xoxb-x", SLACK_API_URL=fake.api_url)  # type: ignore[call-arg]
    fake.stop()  # Slack unreachable altogether
    with pytest.raises(DeliveryError) as caught:
        SlackNotifier(web_client(gone, background=True, timeout=1, backoff_factor=0.01)).send_dm(
            "U0ANNA", "Hoi"
        )
    assert not caught.value.permanent


def test_update_resolves_a_dm_and_upload_uses_the_external_flow(
    notifier: SlackNotifier, fake: FakeSlack, tmp_path: Path
) -> None:
    ts = notifier.send_dm("U0ANNA", "Herinnering")
    assert ts is not None
    notifier.update_message("U0ANNA", ts, "Bedankt voor je update")
    [update] = fake.calls_to("chat.update")
    assert update.params["channel"] == "D0ANNA"
    report = tmp_path / "rapport-2026-H1.docx"
    report.write_bytes(b"docx")
    notifier.upload_file("C0RAPPORT", report, "Rapportage", "De halfjaarrapportage")
    assert [c.method for c in fake.calls if c.method.startswith(("files.", "upload"))] == [
        "files.getUploadURLExternal",
        "upload",
        "files.completeUploadExternal",
    ]
    [stored] = fake.files.values()
    assert (stored.filename, stored.channel, stored.data) == (report.name, "C0RAPPORT", b"docx")


def test_directory(slack_settings: Settings, fake: FakeSlack) -> None:
    directory = SlackDirectory(web_client(slack_settings))
    assert directory.lookup_by_email("anna@example.nl") == "U0ANNA"
    assert directory.lookup_by_email("niemand@example.nl") is None
    assert directory.user_info("U0ANNA") == ("Anna", "anna@example.nl")
    assert directory.user_info("U0NIEMAND") is None
    fake.fail("users.info", "fatal_error")
    with pytest.raises(Unavailable):
        directory.user_info("U0ANNA")
