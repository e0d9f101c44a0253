"""Traffic real Slack sends that the happy-path scenarios do not: the certificate check, expired
trigger ids, dropped connections after a saved update, escaped markup in command text."""

from __future__ import annotations

import logging
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from bot.slack.http import HttpServer
from storage.db import session_scope
from storage.models import Action, StatusUpdate
from tests.support.factories import Built
from tests.support.fake_slack import FakeSlack, SignedClient, wait_for
from workflows import messages

PAYLOADS = Path(__file__).resolve().parents[1] / "support" / "slack_payloads"


def _request(url: str, body: str | None, headers: dict[str, str], method: str) -> tuple[int, str]:
    data = None if body is None else body.encode()
    request = urllib.request.Request(url, data, headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return int(answer.status), answer.read().decode()
    except urllib.error.HTTPError as exc:
        return int(exc.code), exc.read().decode()


def _api_calls(fake: FakeSlack) -> list[str]:
    """What the bot asked Slack, apart from Bolt's own auth.test when the app starts."""
    return [c.method for c in fake.calls if c.method != "auth.test"]


def test_ssl_check_without_signature_gets_200(
    server: HttpServer, fake_slack: FakeSlack, programme: Built
) -> None:
    # Slack's certificate check carries neither X-Slack-Signature nor a timestamp.
    body = (PAYLOADS / "ssl_check.form.txt").read_text().strip()
    url = f"http://127.0.0.1:{server.port}/slack/events"
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert _request(url, body, form, "POST") == (200, "")
    assert _request(url + "?" + body, None, {}, "GET") == (200, "")
    assert _api_calls(fake_slack) == []


def test_ssl_check_does_not_open_the_door_to_unsigned_commands(
    server: HttpServer, fake_slack: FakeSlack, programme: Built
) -> None:
    body = "command=%2Fwoonzorg&text=mijn&user_id=U0ANNA&ssl_check=0"
    url = f"http://127.0.0.1:{server.port}/slack/events"
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert _request(url, body, form, "POST")[0] == 401
    assert _api_calls(fake_slack) == []


def _problems(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """The bot's own errors and any traceback. (slack_sdk logs each failed try of a call at
    ERROR, without traceback, before it retries or raises; the bot decides what it means.)"""
    return [
        r
        for r in caplog.records
        if r.exc_info or (r.levelno >= logging.ERROR and not r.name.startswith("slack_sdk."))
    ]


def test_an_expired_trigger_is_explained_and_the_ack_always_arrives(
    slack: SignedClient,
    fake_slack: FakeSlack,
    programme: Built,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The fake answers views.open at once (0 ms latency): the failure comes within a few ms of
    # the ack, where Bolt's thread runner used to drop the ack (Slack then saw a 404 after 3 s).
    for attempt in range(10):
        answer = slack.slash("update 2.4", "U0ANNA", trigger_id=f"{attempt}.1700000000.expired")
        assert (answer.status, answer.body) == (200, ""), attempt
        assert answer.elapsed < 2.5, attempt
    replies = wait_for(lambda: len(fake_slack.responses()) == 10 and fake_slack.responses())
    assert {r["text"] for r in replies} == {messages.SLACK_MODAL_NOT_OPENED}
    assert all(r["response_type"] == "ephemeral" for r in replies)
    assert len(fake_slack.calls_to("views.open", ok=False)) == 10
    warnings = [r for r in caplog.records if "invalid_trigger_id" in r.getMessage()]
    assert len(warnings) == 10 and {r.levelno for r in warnings} == {logging.WARNING}
    assert _problems(caplog) == []
    assert messages.BOT_GENERIC_ERROR not in str(fake_slack.responses())


def test_an_expired_trigger_on_a_button_is_explained(
    slack: SignedClient,
    fake_slack: FakeSlack,
    programme: Built,
    caplog: pytest.LogCaptureFixture,
) -> None:
    answer = slack.block_action("update_open", "1.1", "U0ANNA", trigger_id="1.1700000000.expired")
    assert answer.status == 200
    [reply] = wait_for(fake_slack.responses)
    assert reply["text"] == messages.SLACK_MODAL_NOT_OPENED
    assert _problems(caplog) == []


def test_a_dropped_home_refresh_after_a_saved_update_is_no_apology(
    slack: SignedClient,
    fake_slack: FakeSlack,
    programme: Built,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Every try of the refresh (slack_sdk retries a dropped connection twice) loses its answer.
    fake_slack.drop("views.publish", times=3)
    answer = slack.slash("update 2.4 Locatie Noordendijk is rond", "U0ANNA")
    assert answer.status == 200 and "2.4" in answer.text  # "Dank je! ... is opgeslagen"
    wait_for(lambda: fake_slack.faults.pending("views.publish") == 0)
    wait_for(lambda: [r for r in caplog.records if "App Home refresh" in r.getMessage()])
    assert fake_slack.responses() == []  # no "Er ging iets mis" after the thanks
    assert _problems(caplog) == []
    [warning] = [r for r in caplog.records if "App Home refresh" in r.getMessage()]
    assert warning.levelno == logging.WARNING


def _escaped_command(slack: SignedClient, text: str | None = None) -> dict[str, str]:
    """The synthetic escaped /woonzorg body, sent by Anna from the scenario's workspace."""
    form = dict(parse_qsl((PAYLOADS / "slash_command.escaped_text.SYNTH.form.txt").read_text()))
    form.update(
        team_id="T0WOONZORG",
        user_id="U0ANNA",
        channel_id="C0ALGEMEEN",
        response_url=slack.response_url(),
        trigger_id=slack.trigger_id(),
    )
    if text is not None:
        form["text"] = text
    return form


def _status_text(db: Engine, code: str) -> str:
    with session_scope(db) as session:
        return session.exec(select(Action).where(Action.code == code)).one().status_text


def _latest_reason(db: Engine, code: str) -> str | None:
    with session_scope(db) as session:
        action = session.exec(select(Action).where(Action.code == code)).one()
        updates = session.exec(
            select(StatusUpdate)
            .where(StatusUpdate.action_id == action.id)
            .order_by(col(StatusUpdate.id).desc())
        ).first()
        return updates.reason if updates else None


def test_escaped_markup_is_stored_as_plain_text(
    slack: SignedClient, fake_slack: FakeSlack, db: Engine, programme: Built
) -> None:
    form = _escaped_command(slack)
    assert form["text"].startswith("status 2.4 vertraagd <@U012ABCDEF|ernie>")
    answer = slack.post(urlencode(form), "application/x-www-form-urlencoded")
    assert answer.status == 200
    plain = "@ernie #woonzorg label (https://example.org/x?a=1&b=2) @here <tag> & ok"
    # A status change's toelichting is its reason, kept with the change.
    assert _latest_reason(db, "2.4") == plain
    # The same markup as a new stand van zaken.
    form["text"] = form["text"].replace("status 2.4 vertraagd", "update 2.4", 1)
    assert slack.post(urlencode(form), "application/x-www-form-urlencoded").status == 200
    assert _status_text(db, "2.4") == plain

    # Shown again, it is escaped as any text is: no live @here, no markup.
    shown = str(slack.slash("actie 2.4", "U0ANNA").json())
    assert "&lt;tag&gt; &amp; ok" in shown and "<!here>" not in shown and "<@" not in shown
    slack.slash("update 2.4", "U0ANNA")
    view = wait_for(lambda: fake_slack.calls_to("views.open"))[-1].response["view"]
    prefills = [b["element"].get("initial_value") for b in view["blocks"] if "element" in b]
    assert plain in prefills


def test_a_mention_without_a_label_is_named_from_the_people_table(
    slack: SignedClient, db: Engine, programme: Built
) -> None:
    form = _escaped_command(slack, "update 2.4 Afgestemd met <@U0BERT> en <@U0EVA>")
    assert slack.post(urlencode(form), "application/x-www-form-urlencoded").status == 200
    # Bert is in the programme; Eva only in the workspace (users.info).
    assert _status_text(db, "2.4") == "Afgestemd met @Bert en @Eva"
