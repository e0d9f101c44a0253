"""``/woonzorg rapport`` end to end: the real Bolt app over HTTP against the fake Slack.

The ack comes at once; the .docx is compiled after it and shared through Slack's external
upload flow (files.getUploadURLExternal, the upload, files.completeUploadExternal).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

import docx
import pytest
from sqlalchemy.engine import Engine

from storage.db import session_scope
from tests.support.fake_slack import FakeSlack, SignedClient, wait_for
from tests.support.report_history import build_history

SUMMARY = "6 acties, 3 updates ontvangen, 1 vertraagd"
TIMEOUT = 30.0  # compiling includes importing matplotlib; generous on a busy 2-core machine


@pytest.fixture
def now() -> datetime:
    return datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@pytest.fixture
def history(db: Engine) -> None:
    with session_scope(db) as session:
        build_history(session)


def _shared(fake: FakeSlack) -> list:  # type: ignore[type-arg]
    """The council versions shared (the internal version goes to the coordinator's DM too)."""
    return [f for f in fake.files.values() if f.channel and "intern" not in (f.filename or "")]


def shown(answer, fake: FakeSlack, expected: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``expected`` reached the user: in the ack, or (when the ack deadline passed on a
    busy machine and the bot acked empty) through the response URL."""
    body = answer.json() or {}
    texts = [body.get("text", "") + str(body.get("blocks", ""))]
    texts += [str(r.get("text", "")) + str(r.get("blocks", "")) for r in fake.responses()]
    return any(expected in t for t in texts)


def test_coordinator_gets_the_report_uploaded_to_the_channel(
    slack: SignedClient, fake_slack: FakeSlack, history: None
) -> None:
    answer = slack.slash("rapport 2e helft 2026", "U0COCO", channel_id="C0ALGEMEEN")
    assert answer.status == 200
    wait_for(lambda: shown(answer, fake_slack, "Ik stel de voortgangsrapportage over de 2e helft"))

    (shared,) = wait_for(lambda: _shared(fake_slack), timeout=TIMEOUT)
    assert shared.channel == "C0ALGEMEEN"
    assert shared.filename == "voortgangsrapportage-2026-H2.docx"
    assert shared.title == "Voortgangsrapportage 2e helft 2026"
    assert shared.initial_comment == (
        f"De voortgangsrapportage over de 2e helft 2026 is klaar: {SUMMARY}."
    )
    assert shared.data is not None and shared.length == len(shared.data)
    document = docx.Document(io.BytesIO(shared.data))
    assert "Ontbrekende updates" not in [p.text for p in document.paragraphs]
    assert "Verantwoording" in [p.text for p in document.paragraphs]
    methods = [c.method for c in fake_slack.calls if c.method.startswith("files.")]
    assert methods[:2] == ["files.getUploadURLExternal", "files.completeUploadExternal"]
    confirmation = wait_for(
        lambda: [r for r in fake_slack.responses() if "staat in" in str(r.get("text"))],
        timeout=TIMEOUT,
    )
    assert confirmation[0]["text"] == (
        f"De voortgangsrapportage over de 2e helft 2026 staat in <#C0ALGEMEEN>: {SUMMARY}."
    )


def test_a_channel_without_the_bot_gets_it_in_the_dm(
    slack: SignedClient, fake_slack: FakeSlack, history: None
) -> None:
    fake_slack.fail("files.completeUploadExternal", "not_in_channel")
    assert slack.slash("rapport 2026-H2", "U0COCO", channel_id="C0ELDERS").status == 200
    (shared,) = wait_for(lambda: _shared(fake_slack), timeout=TIMEOUT)
    assert shared.channel == "D0COCO"
    assert fake_slack.calls_to("conversations.open")
    wait_for(
        lambda: [r for r in fake_slack.responses() if "/invite" in str(r.get("text"))],
        timeout=TIMEOUT,
    )


def test_non_coordinator_is_refused_and_nothing_is_uploaded(
    slack: SignedClient, fake_slack: FakeSlack, history: None
) -> None:
    answer = slack.slash("rapport", "U0ANNA")
    assert answer.status == 200
    wait_for(lambda: shown(answer, fake_slack, "coördinator"))
    assert not [c for c in fake_slack.calls if c.method.startswith("files.")]


def test_a_bad_half_year_is_quoted_in_the_ack(
    slack: SignedClient, fake_slack: FakeSlack, history: None
) -> None:
    answer = slack.slash("rapport 2026-H3", "U0COCO")
    wait_for(lambda: shown(answer, fake_slack, "'2026-H3' is geen halfjaar of datum."))
    assert not [c for c in fake_slack.calls if c.method.startswith("files.")]
