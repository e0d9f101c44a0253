"""How each kind of outcome from the core reaches Slack, whatever handler produced it."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.core import Bot
from bot.outcomes import Caller, Later, Reply, UpdateMessage
from storage.db import session_scope
from storage.models import Action, Person
from tests.support.factories import Built
from tests.support.fake_slack import FakeSlack, SignedClient, wait_for

SECTION = [{"type": "section", "text": {"type": "mrkdwn", "text": "*Klaar*"}}]


def test_in_channel_replies_are_visible_to_the_channel(
    slack: SignedClient, core: Bot, programme: Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        core, "command", lambda text, caller: [Reply("Klaar", SECTION, ephemeral=False)]
    )
    body = slack.slash("iets", "U0COCO").json()
    assert body == {"response_type": "in_channel", "text": "Klaar", "blocks": SECTION}


def test_later_acks_first_then_delivers_through_response_url(
    slack: SignedClient,
    fake_slack: FakeSlack,
    core: Bot,
    programme: Built,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    acked = threading.Event()

    def work() -> Reply:
        acked.wait(5)  # the work runs only after Slack got its answer
        return Reply("Rapport staat in het kanaal", SECTION)

    monkeypatch.setattr(
        core, "command", lambda text, caller: [Later(ack=Reply("Ik begin eraan"), work=work)]
    )
    answer = slack.slash("rapport", "U0COCO")
    acked.set()
    assert answer.json() == {"response_type": "ephemeral", "text": "Ik begin eraan"}
    [late] = wait_for(fake_slack.responses)
    assert late["text"] == "Rapport staat in het kanaal" and late["replace_original"] is False


def test_update_message_replaces_the_message_with_the_button(
    slack: SignedClient,
    fake_slack: FakeSlack,
    core: Bot,
    programme: Built,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[str, str, Caller]] = []

    def action(action_id: str, value: str, caller: Caller) -> list[UpdateMessage]:
        seen.append((action_id, value, caller))
        return [UpdateMessage("Bijgewerkt", SECTION)]

    monkeypatch.setattr(core, "action", action)
    message = {"ts": "1700000000.000200", "text": "Herinnering", "type": "message"}
    assert slack.block_action("reminder:later:7", "v1", "U0ANNA", message=message).status == 200
    [replaced] = wait_for(fake_slack.responses)
    assert replaced["replace_original"] is True and replaced["blocks"] == SECTION
    assert seen == [("reminder:later:7", "v1", Caller("U0ANNA", "C0ALGEMEEN"))]


def test_an_owner_known_only_by_email_is_matched_once(
    slack: SignedClient, fake_slack: FakeSlack, db: Engine, programme: Built
) -> None:
    with session_scope(db) as session:
        eva = Person(name="Eva", email="eva@example.nl")
        session.add(eva)
        session.flush()
        action = session.exec(select(Action).where(Action.code == "1.2")).one()
        action.owner_id = eva.id
        session.add(action)
    assert "1.2" in str(slack.slash("mijn", "U0EVA").json())
    assert "1.2" in str(slack.slash("mijn", "U0EVA").json())
    with session_scope(db) as session:
        assert (
            session.exec(select(Person).where(Person.email == "eva@example.nl")).one().slack_id
            == "U0EVA"
        )
    lookups = fake_slack.calls_to("users.info", "users.lookupByEmail")
    assert len(lookups) == 1  # the id is cached on the person
