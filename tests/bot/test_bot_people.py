"""Router-level tests of assigning owners and deputies, and of mentions."""

from __future__ import annotations

from sqlmodel import select

from storage.db import session_scope
from storage.models import Action, ActionChange, ActionDeputy, Person
from tests.support.botkit import Harness


def owner_of(h: Harness, code: str) -> str | None:
    with session_scope(h.engine) as session:
        action = session.exec(select(Action).where(Action.code == code)).one()
        person = session.get(Person, action.owner_id) if action.owner_id else None
        return person.name if person else None


def test_coordinator_assigns_owner_and_the_new_owner_hears_of_it(harness: Harness) -> None:
    reply = harness.reply("regiehouder 2.5 <@U0BERT|bert>", as_="coco")
    assert reply.text == "Bert is nu regiehouder van actie 2.5 (Gebruikersruimte)."
    assert owner_of(harness, "2.5") == "Bert"
    [dm] = harness.notifier.dms_to("U0BERT")
    assert "Je bent regiehouder geworden van actie 2.5" in dm.text
    with session_scope(harness.engine) as session:
        change = session.exec(select(ActionChange)).one()
        assert (change.field, change.old, change.new, change.source) == (
            "owner",
            None,
            "Bert",
            "slack",
        )


def test_only_coordinators_assign_owners(harness: Harness) -> None:
    reply = harness.reply("regiehouder 2.4 @bert", as_="anna")
    assert reply.text == "Sorry, alleen een coördinator kan de regiehouder van actie 2.4 aanwijzen."
    assert owner_of(harness, "2.4") == "Anna"


def test_mentioned_slack_user_outside_the_programme_is_added(harness: Harness) -> None:
    harness.directory.users["U0EVA"] = ("Eva de Wit", "eva@gemeente.nl")
    reply = harness.reply("regiehouder 1.2 <@U0EVA|eva>", as_="coco")
    assert reply.text.startswith("Eva de Wit is nu regiehouder van actie 1.2")
    assert reply.text.endswith("Dat was Bert.")
    with session_scope(harness.engine) as session:
        eva = session.exec(select(Person).where(Person.slack_id == "U0EVA")).one()
        assert eva.email == "eva@gemeente.nl"


def test_unknown_people_get_a_clear_message(harness: Harness) -> None:
    assert harness.reply("regiehouder 1.2 <@U0GHOST|ghost>", as_="coco").text == (
        "Ik kan ghost niet vinden in deze Slack-werkruimte."
    )
    assert harness.reply("regiehouder 1.2 @zorro", as_="coco").text.startswith(
        "Ik ken niemand in het programma die 'zorro' heet."
    )
    assert harness.reply("regiehouder 1.2 nobody@nowhere.nl", as_="coco").text == (
        "Niemand in deze Slack-werkruimte heeft het e-mailadres nobody@nowhere.nl."
    )
    assert harness.reply("regiehouder 1.2", as_="coco").text == (
        "Zo gebruik je dit: `/woonzorg regiehouder 2.4 @persoon`"
    )
    assert owner_of(harness, "1.2") == "Bert"


def test_ambiguous_name(harness: Harness) -> None:
    with session_scope(harness.engine) as session:
        session.add(Person(name="Anna Bakker", email="ab@example.nl"))
        session.add(Person(name="Anna Visser", email="av@example.nl"))
    reply = harness.reply("regiehouder 1.2 @anna", as_="coco")
    assert reply.text.startswith("Anna is nu regiehouder")  # an exact name wins
    reply = harness.reply("plaatsvervanger 1.2 @ANNA", as_="coco")
    assert "Anna is de regiehouder van actie 1.2" in reply.text
    with session_scope(harness.engine) as session:
        session.add(Person(name="Bob Bakker", email="bb@example.nl"))
        session.add(Person(name="Bob Visser", email="bv@example.nl"))
    assert harness.reply("plaatsvervanger 1.2 @bob", as_="coco").text == (
        "Met 'bob' kan ik meerdere mensen bedoelen: Bob Bakker, Bob Visser. Wees iets preciezer."
    )


def test_owner_adds_deputy_others_may_not(harness: Harness) -> None:
    assert harness.reply("plaatsvervanger 1.1 @bert", as_="anna").text.startswith(
        "Bert is nu plaatsvervanger van actie 1.1"
    )
    assert harness.reply("plaatsvervanger 1.1 @bert", as_="anna").text == (
        "Bert is al plaatsvervanger van actie 1.1."
    )
    refused = harness.reply("plaatsvervanger 1.2 @anna", as_="dirk")
    assert refused.text == (
        "Sorry, alleen de regiehouder van actie 1.2 of een coördinator kan een "
        "plaatsvervanger toevoegen."
    )
    # The deputy may now update 1.1.
    assert harness.reply("update 1.1 Namens Anna.", as_="bert").text.startswith("Dank je!")
    with session_scope(harness.engine) as session:
        assert len(session.exec(select(ActionDeputy)).all()) == 2  # dirk on 2.4, bert on 1.1


def test_new_owner_who_was_deputy_stops_being_deputy(harness: Harness) -> None:
    harness.reply("regiehouder 2.4 @dirk", as_="coco")
    with session_scope(harness.engine) as session:
        assert session.exec(select(ActionDeputy)).all() == []


def test_coordinators_are_listed_and_added_by_a_coordinator(harness: Harness) -> None:
    assert harness.reply("coördinator", as_="coco").text == (
        "De coördinatoren van het programma: Coco."
    )
    # Anyone may read who coordinates; only a coordinator adds one.
    assert harness.reply("coördinator", as_="anna").text == (
        "De coördinatoren van het programma: Coco."
    )
    refused = harness.reply("coördinator @bert", as_="anna")
    assert refused.text == "Sorry, alleen een coördinator kan iemand coördinator maken."
    assert harness.reply("coordinator @bert", as_="coco").text == (
        "Bert is nu coördinator van het programma."
    )
    assert "Je bent coördinator geworden" in harness.notifier.dms_to("U0BERT")[0].text
    assert harness.reply("coördinator @bert", as_="coco").text == "Bert is al coördinator."
    # Bert may now assign owners and use the coordinators' commands.
    assert harness.reply("regiehouder 2.5 @anna", as_="bert").text.startswith(
        "Anna is nu regiehouder"
    )
