"""Every /woonzorg subcommand and every refusal over HTTP, as Slack would send them."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import select

from storage.db import session_scope
from storage.models import Action, ActionDeputy, Person, StatusUpdate
from tests.support.factories import Built
from tests.support.fake_slack import FakeSlack, SignedClient
from workflows import messages
from workflows.programme.statuses import Status


def said(answer) -> str:  # type: ignore[no-untyped-def]
    """Everything the ack showed: text and block texts."""
    body = answer.json() or {}
    return body.get("text", "") + " " + str(body.get("blocks", ""))


def updates(db: Engine, code: str) -> list[StatusUpdate]:
    with session_scope(db) as session:
        action = session.exec(select(Action).where(Action.code == code)).one()
        return list(session.exec(select(StatusUpdate).where(StatusUpdate.action_id == action.id)))


def test_reading_commands(slack: SignedClient, programme: Built) -> None:
    overview = slack.slash("overzicht", "U0EVA")
    assert overview.status == 200 and overview.json()["response_type"] == "ephemeral"
    assert "Werken aan perspectief" in said(overview)
    assert "2.4" in said(slack.slash("overzicht actielijn 2", "U0EVA"))
    assert "2.5" in said(slack.slash("overzicht gereed", "U0EVA"))
    assert "1.2" in said(slack.slash("overzicht <@U0BERT|bert>", "U0EVA"))
    mine = said(slack.slash("mijn", "U0ANNA"))
    assert "1.1" in mine and "2.4" in mine and "1.2" not in mine
    detail = said(slack.slash("actie 2.4", "U0EVA"))
    assert "Uitbreiding aanbod" in detail and "24 woonplekken" in detail
    assert "/woonzorg" in said(slack.slash("help", "U0EVA"))


def test_update_with_text_and_status(slack: SignedClient, db: Engine, programme: Built) -> None:
    answer = slack.slash("update 2.4 Locatie Noordendijk is rond", "U0ANNA")
    assert answer.status == 200
    status = slack.slash("status 2.4 vertraagd wachten op de vergunning", "U0DIRK")  # deputy
    assert status.status == 200
    rows = [(u.text, u.reason) for u in updates(db, "2.4")]
    assert rows == [
        ("Locatie Noordendijk is rond", None),
        ("Locatie Noordendijk is rond", "wachten op de vergunning"),  # the reason, kept apart
    ]
    assert updates(db, "2.4")[-1].status == Status.DELAYED


def test_assigning(
    slack: SignedClient, fake_slack: FakeSlack, db: Engine, programme: Built
) -> None:
    assert slack.slash("regiehouder 1.2 <@U0ANNA|anna>", "U0COCO").status == 200
    assert slack.slash("plaatsvervanger 1.1 <@U0BERT|bert>", "U0ANNA").status == 200
    with session_scope(db) as session:
        owner = session.exec(
            select(Person).join(Action, Action.owner_id == Person.id).where(Action.code == "1.2")
        ).one()
        deputies = session.exec(
            select(Person.slack_id)
            .join(ActionDeputy, ActionDeputy.person_id == Person.id)
            .join(Action, Action.id == ActionDeputy.action_id)
            .where(Action.code == "1.1")
        ).all()
    assert owner.slack_id == "U0ANNA" and deputies == ["U0BERT"]
    told = {c.params["channel"] for c in fake_slack.calls_to("chat.postMessage")}
    assert {"U0ANNA", "U0BERT"} <= told  # the newly assigned hear about it


def test_refusals_change_nothing(slack: SignedClient, db: Engine, programme: Built) -> None:
    refusals = {
        ("update 2.4 mag ik niet", "U0BERT"): messages.MAY_NOT_UPDATE.format(code="2.4"),
        ("status 2.4 gereed", "U0EVA"): messages.NOT_IN_PROGRAMME_UPDATE.format(code="2.4"),
        ("regiehouder 2.4 <@U0BERT|bert>", "U0ANNA"): messages.MAY_NOT_ASSIGN_OWNER.format(
            code="2.4"
        ),
        ("plaatsvervanger 2.4 <@U0BERT|bert>", "U0BERT"): messages.MAY_NOT_ASSIGN_DEPUTY.format(
            code="2.4"
        ),
    }
    for (text, user), expected in refusals.items():
        answer = slack.slash(text, user)
        assert answer.status == 200 and answer.json()["response_type"] == "ephemeral"
        assert expected in said(answer), text
    for word in ("ronde", "herinner", "digest", "rapport"):
        refused = said(slack.slash(word, "U0ANNA"))
        assert messages.ONLY_COORDINATORS.format(command=word) in refused
    assert updates(db, "2.4") == []


def test_bad_input_gets_a_clear_dutch_answer(
    slack: SignedClient, db: Engine, programme: Built
) -> None:
    assert "Actie 2.9 bestaat niet. Bedoelde je 2." in said(slack.slash("actie 2.9", "U0ANNA"))
    assert messages.UNKNOWN_SUBCOMMAND.format(word="vliegen") in said(
        slack.slash("vliegen", "U0ANNA")
    )
    assert "/woonzorg actie 2.4" in said(slack.slash("actie", "U0ANNA"))
    bad_status = said(slack.slash("status 2.4 paars", "U0ANNA"))
    assert "'paars' is geen status" in bad_status and "vertraagd" in bad_status
    stranger = said(slack.slash("overzicht <@U0EVA|eva>", "U0COCO"))
    assert messages.PERSON_NOT_IN_PROGRAMME.format(name="Eva") in stranger
    nobody = said(slack.slash("regiehouder 2.4 <@U0NIEMAND|niemand>", "U0COCO"))
    assert "niet vinden" in nobody
    too_long = said(slack.slash("update 2.4 " + "x" * 3001, "U0ANNA"))
    assert messages.TEXT_TOO_LONG.format(length=3001, limit=3000) in too_long
    assert updates(db, "2.4") == []


def test_user_text_is_escaped(slack: SignedClient, db: Engine, programme: Built) -> None:
    # With should_escape Slack sends @channel as <!channel> and a link as <url|label>.
    text = "klaar <!channel> zie <https://evil.example|hier> & meer"
    assert slack.slash(f"update 2.4 {text}", "U0ANNA").status == 200
    # Stored as the plain text it stands for, shown escaped: no ping, no disguised link.
    assert updates(db, "2.4")[-1].text == "klaar @channel zie hier (https://evil.example) & meer"
    shown = said(slack.slash("actie 2.4", "U0ANNA"))
    assert "<!channel>" not in shown and "<https://evil.example" not in shown
    assert "@channel zie hier (https://evil.example) &amp; meer" in shown


def test_the_word_payload_in_a_command_is_just_text(
    slack: SignedClient, db: Engine, programme: Built
) -> None:
    # Bolt alone mistook such a slash command for an interactivity payload (found by the fuzzer).
    answer = slack.slash("update 2.4 payload van de nieuwe website staat klaar", "U0ANNA")
    assert answer.status == 200
    assert [u.text for u in updates(db, "2.4")] == ["payload van de nieuwe website staat klaar"]
