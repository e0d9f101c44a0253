"""The fake Slack itself: it must accept what Slack accepts and refuse what Slack refuses."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.signature import SignatureVerifier
from slack_sdk.webhook import WebhookClient

from tests.support.fake_slack import FakeSlack, check_message, check_view, sign, wait_for
from tests.support.fake_slack.signing import state_values


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack(users={"U0ANNA": ("Anna", "anna@example.nl")}) as slack:
        yield slack


def client(fake: FakeSlack, **kwargs: object) -> WebClient:
    return WebClient(token=fake.bot_token, base_url=fake.api_url, **kwargs)  # type: ignore[arg-type]


def section(text: str, **extra: object) -> dict[str, object]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}, **extra}


def test_records_a_message_to_a_user_id(fake: FakeSlack) -> None:
    answer = client(fake).chat_postMessage(channel="U0ANNA", text="Hoi", blocks=[section("Hoi")])
    assert answer["channel"] == "D0ANNA"
    [call] = fake.calls_to("chat.postMessage")
    assert call.params["blocks"][0]["text"]["text"] == "Hoi"
    assert call.headers["authorization"] == f"Bearer {fake.bot_token}"
    assert fake.violations == []


def test_refuses_blocks_over_slack_limits(fake: FakeSlack) -> None:
    with pytest.raises(SlackApiError) as caught:
        client(fake).chat_postMessage(channel="C1", text="x", blocks=[section("x")] * 51)
    assert caught.value.response["error"] == "invalid_blocks"
    assert any("51 blocks, limit 50" in v for v in fake.violations)


@pytest.mark.parametrize(
    ("blocks", "problem"),
    [
        ([section("x" * 3001)], "limit 3000"),
        ([{"type": "header", "text": {"type": "plain_text", "text": "x" * 151}}], "limit 150"),
        ([section("a", block_id="b"), section("b", block_id="b")], "duplicate block_id"),
        (
            [{"type": "section", "fields": [{"type": "mrkdwn", "text": "f"}] * 11}],
            "fields must be 1-10",
        ),
        (
            [
                {
                    "type": "actions",
                    "elements": [
                        {"type": "button", "text": {"type": "plain_text", "text": "k" * 76}}
                    ],
                }
            ],
            "limit 75",
        ),
        ([{"type": "context", "elements": [{"type": "mrkdwn", "text": "c"}] * 11}], "1-10"),
        ([section("")], "non-empty"),
        ([{"type": "input", "label": {"type": "plain_text", "text": "l"}}], "belong in modals"),
    ],
)
def test_message_limits(blocks: list[dict[str, object]], problem: str) -> None:
    assert any(problem in v for v in check_message({"text": "t", "blocks": blocks}))


def test_text_fallback_is_required() -> None:
    assert check_message({"blocks": [section("x")]}) != []
    assert check_message({"text": "x" * 40_001}) != []


def test_view_limits() -> None:
    modal = {
        "type": "modal",
        "title": {"type": "plain_text", "text": "t" * 25},
        "blocks": [
            {
                "type": "input",
                "label": {"type": "plain_text", "text": "Tekst"},
                "element": {"type": "plain_text_input", "action_id": "a", "max_length": 3001},
            }
        ],
    }
    problems = check_view(modal)
    assert any("view.title" in p for p in problems)
    assert any("max_length" in p for p in problems)
    assert any("needs a submit" in p for p in problems)
    assert check_view({"type": "home", "blocks": [section("x")] * 101}) != []
    assert check_view({"type": "home", "blocks": [section("x")] * 100}) == []


def test_queued_429_is_retried_after_retry_after(fake: FakeSlack) -> None:
    from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

    fake.fail("chat.postMessage", status=429, retry_after=1)
    web = client(fake, retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=2)])
    started = time.monotonic()
    web.chat_postMessage(channel="U0ANNA", text="Hoi")
    assert time.monotonic() - started >= 0.9  # it waited for Retry-After, not a timing target
    calls = fake.calls_to("chat.postMessage", ok=None)
    assert [c.status for c in calls] == [429, 200]


def test_queued_errors_and_inactive_accounts(fake: FakeSlack) -> None:
    fake.add_user("U0WEG", "Weg", "weg@example.nl", deleted=True)
    fake.fail("chat.postMessage", "user_not_found")
    web = client(fake)
    with pytest.raises(SlackApiError, match="user_not_found"):
        web.chat_postMessage(channel="U0ANNA", text="Hoi")
    with pytest.raises(SlackApiError, match="account_inactive"):
        web.chat_postMessage(channel="U0WEG", text="Hoi")
    with pytest.raises(SlackApiError, match="invalid_auth"):
        WebClient(token="xoxb-wrong", base_url=fake.api_url).auth_test()


def test_workspace_rate_limit(fake: FakeSlack) -> None:
    fake.rate_limit(3)
    web = client(fake)
    statuses = []
    for _ in range(5):
        try:
            web.chat_postMessage(channel="U0ANNA", text="Hoi")
            statuses.append(200)
        except SlackApiError as exc:
            statuses.append(exc.response.status_code)
            assert exc.response.headers["Retry-After"] == "1"
    assert statuses == [200, 200, 200, 429, 429]


def test_workspace_rate_limit_as_a_token_bucket(fake: FakeSlack) -> None:
    fake.rate_limit(2, burst=3)  # refills 2 a second, holds 3
    web = client(fake)

    def post() -> int:
        try:
            web.chat_postMessage(channel="U0ANNA", text="Hoi")
            return 200
        except SlackApiError as exc:
            assert exc.response.headers["Retry-After"] == "1"
            return int(exc.response.status_code)

    assert [post() for _ in range(4)] == [200, 200, 200, 429]  # the burst, then empty
    time.sleep(0.6)  # a little over one token
    assert [post(), post()] == [200, 429]


def test_random_faults_are_reproducible(fake: FakeSlack) -> None:
    def run() -> list[int]:
        fake.clear()
        fake.random_faults(p429=0.3, p503=0.3, seed=7)
        for _ in range(20):
            with contextlib.suppress(SlackApiError):
                client(fake).chat_postMessage(channel="U0ANNA", text="x")
        return [c.status for c in fake.calls_to("chat.postMessage", ok=None)]

    first = run()
    assert {429, 503, 200} <= set(first)
    assert run() == first


def test_directory_and_conversations(fake: FakeSlack) -> None:
    web = client(fake)
    assert web.users_lookupByEmail(email="ANNA@example.nl")["user"]["id"] == "U0ANNA"
    assert web.users_info(user="U0ANNA")["user"]["profile"]["email"] == "anna@example.nl"
    with pytest.raises(SlackApiError, match="users_not_found"):
        web.users_lookupByEmail(email="niemand@example.nl")
    assert web.conversations_open(users="U0ANNA")["channel"]["id"] == "D0ANNA"


def test_update_and_upload(fake: FakeSlack, tmp_path) -> None:  # type: ignore[no-untyped-def]
    web = client(fake)
    posted = web.chat_postMessage(channel="U0ANNA", text="Herinnering")
    web.chat_update(channel=posted["channel"], ts=posted["ts"], text="Bedankt")
    with pytest.raises(SlackApiError, match="message_not_found"):
        web.chat_update(channel="C1", ts="1.2", text="x")
    report = tmp_path / "rapport.docx"
    report.write_bytes(b"PK-docx")
    web.files_upload_v2(
        channel="C0RAPPORT", file=str(report), title="Rapport", initial_comment="Hier"
    )
    [uploaded] = fake.files.values()
    assert (uploaded.data, uploaded.channel, uploaded.title) == (b"PK-docx", "C0RAPPORT", "Rapport")


def test_views_need_a_fresh_trigger(fake: FakeSlack) -> None:
    view = {
        "type": "modal",
        "title": {"type": "plain_text", "text": "Update"},
        "blocks": [section("x")],
    }
    web = client(fake)
    assert web.views_open(trigger_id=fake.new_trigger_id(), view=view)["view"]["id"]
    with pytest.raises(SlackApiError, match="invalid_trigger_id"):
        web.views_open(trigger_id="made-up", view=view)
    web.views_publish(user_id="U0ANNA", view={"type": "home", "blocks": [section("Thuis")]})
    assert fake.home_views["U0ANNA"]["blocks"][0]["text"]["text"] == "Thuis"


def test_response_url_and_wait_for(fake: FakeSlack) -> None:
    url = fake.new_response_url()
    WebhookClient(url).send(text="Klaar", response_type="ephemeral")
    assert wait_for(fake.responses)[0]["text"] == "Klaar"
    with pytest.raises(AssertionError):
        wait_for(lambda: fake.calls_to("chat.update"), timeout=0.1)


def test_signature_matches_slack_sdk_verifier() -> None:
    ts, body = str(int(time.time())), "command=%2Fwoonzorg&text=mijn"
    headers = {"x-slack-request-timestamp": ts, "x-slack-signature": sign("geheim", ts, body)}
    assert SignatureVerifier("geheim").is_valid_request(body, headers)
    assert not SignatureVerifier("anders").is_valid_request(body, headers)


def test_state_values_follow_the_view() -> None:
    view = {
        "blocks": [
            {
                "type": "input",
                "block_id": "status",
                "element": {
                    "type": "static_select",
                    "action_id": "status",
                    "options": [
                        {"text": {"type": "plain_text", "text": "op schema"}, "value": "on_track"}
                    ],
                },
            },
            {
                "type": "input",
                "block_id": "tekst",
                "element": {"type": "plain_text_input", "action_id": "tekst"},
            },
        ]
    }
    state = state_values(view, {"status": "on_track", "tekst": "Loopt"})
    assert state["status"]["status"]["selected_option"]["value"] == "on_track"
    assert state["tekst"]["tekst"]["value"] == "Loopt"
