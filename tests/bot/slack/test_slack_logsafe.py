"""Tokens and the signing secret never reach the log."""

from __future__ import annotations

import logging

import pytest

from bot.slack import logsafe

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


def test_tokens_and_secret_are_masked_everywhere(caplog: pytest.LogCaptureFixture) -> None:
    logsafe.install([SECRET, None])
    log = logging.getLogger("some.library")
    with caplog.at_level(logging.DEBUG):
        log.info("token %s and secret %s", "xoxb-123-456-abcDEF", SECRET)
        log.debug("headers {'Authorization': 'Bearer xoxp-9-8-7'} app xapp-1-A0-123-abc")
        try:
            raise RuntimeError(f"auth failed for xoxb-999-secret with {SECRET}")
        except RuntimeError:
            log.exception("listener failed")
    text = caplog.text
    for leaked in ("xoxb-123", "xoxp-9", "xapp-1", "xoxb-999", SECRET):
        assert leaked not in text
    assert text.count(logsafe.MASK) >= 5
    assert "RuntimeError" in text  # the traceback itself is kept


def test_installing_twice_keeps_one_filter(caplog: pytest.LogCaptureFixture) -> None:
    logsafe.install(["first-secret"])
    logsafe.install(["second-secret"])
    filters = [f for f in caplog.handler.filters if isinstance(f, logsafe.SecretFilter)]
    assert len(filters) == 1 and filters[0].secrets == ["second-secret"]


def test_request_bodies_lose_their_verification_token_and_response_url(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Bolt logs the whole body of a request whose signature fails (a stale retry, say)."""
    logsafe.install([SECRET])
    log = logging.getLogger("slack_bolt.RequestVerification")
    form = (
        "token=verif-TOKEN123&team_id=T1&user_id=U1&command=%2Fwoonzorg&text=mijn"
        "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F2%2Fabc&trigger_id=1.2.x"
    )
    payload = '{"token": "verif-TOKEN456", "response_url": "https://hooks.slack.com/actions/T/1/z"}'
    with caplog.at_level(logging.INFO):
        log.info(f"Invalid request signature detected (signature: v0=1, body: {form})")
        log.info("payload %s", payload)
    text = caplog.text
    for leaked in ("verif-TOKEN123", "verif-TOKEN456", "hooks.slack.com", "1.2.x"):
        assert leaked not in text
    assert "command=%2Fwoonzorg" not in text  # an unsigned body is not logged at all
    assert "payload {" in text  # other lines stay readable


def test_bolts_log_of_an_unsigned_body_keeps_only_the_fact(
    caplog: pytest.LogCaptureFixture,
) -> None:
    logsafe.install([SECRET])
    bolt = logging.getLogger("slack_bolt.RequestVerification")
    body = "command=/woonzorg&text=" + "x" * 100_000 + "\n)(signature: nep)"
    with caplog.at_level(logging.INFO):
        bolt.info(
            "Invalid request signature detected "
            f"(signature: v0=abc, timestamp: 1700000000, body: {body})"
        )
    assert "xxxx" not in caplog.text
    assert "Invalid request signature detected (signature: v0=abc" in caplog.text
    assert f"body: {logsafe.OMITTED})" in caplog.text
