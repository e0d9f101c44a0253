"""Router-level tests of giving updates: text, status, the modal round trip, refusals."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlmodel import select

from bot.outcomes import ModalErrors, OpenModal, Reply
from storage.db import session_scope
from storage.models import Action, StatusUpdate
from tests.support.botkit import Harness, everything
from workflows.programme.statuses import Status
from workflows.updates.history import record_updates


def updates(h: Harness) -> list[StatusUpdate]:
    with session_scope(h.engine) as session:
        return list(session.exec(select(StatusUpdate).order_by(StatusUpdate.id)).all())


def action(h: Harness, code: str) -> Action:
    with session_scope(h.engine) as session:
        return session.exec(select(Action).where(Action.code == code)).one()


def modal_values(
    *,
    status: str | None = "on_track",
    text: str | None = "Twee locaties in beeld.",
    quantity: str | None = None,
    bottlenecks: str | None = None,
    help_needed: bool = False,
) -> dict[str, Any]:
    """``view.state.values`` as Slack sends it."""
    selected = {"text": {"type": "plain_text", "text": "x"}, "value": status} if status else None
    return {
        "status": {"value": {"type": "static_select", "selected_option": selected}},
        "text": {"value": {"type": "plain_text_input", "value": text}},
        "quantity": {"value": {"type": "plain_text_input", "value": quantity}},
        "bottlenecks": {"value": {"type": "plain_text_input", "value": bottlenecks}},
        "help": {
            "value": {
                "type": "checkboxes",
                "selected_options": [{"value": "help_needed"}] if help_needed else [],
            }
        },
    }


def test_update_with_text_is_recorded_by_owner_deputy_and_coordinator(harness: Harness) -> None:
    for who in ("anna", "dirk", "coco"):
        reply = harness.reply(f"update 2.4 Stand volgens {who}.", as_=who)
        assert reply.text.startswith("Dank je! Je update voor actie 2.4")
    rows = updates(harness)
    assert [r.text for r in rows] == [
        "Stand volgens anna.",
        "Stand volgens dirk.",
        "Stand volgens coco.",
    ]
    assert {r.source for r in rows} == {"slack"}
    assert action(harness, "2.4").status_text == "Stand volgens coco."


def test_update_text_from_slack_is_unescaped_before_storing(harness: Harness) -> None:
    harness.reply("update 1.1 Kosten &lt; 5.000 &amp; binnen budget", as_="anna")
    assert updates(harness)[-1].text == "Kosten < 5.000 & binnen budget"


def test_update_refusals(harness: Harness) -> None:
    refused = harness.reply("update 2.4 Niet van mij.", as_="bert")
    assert refused.text.startswith("Sorry, je kunt actie 2.4 niet bijwerken")
    stranger = harness.reply("update 2.4 Hallo.", as_="U0STRANGER")
    assert "ik ken je nog niet als regiehouder" in stranger.text
    assert updates(harness) == []


def test_update_text_too_long_is_refused_not_cut(harness: Harness) -> None:
    reply = harness.reply("update 2.4 " + "x" * 3001, as_="anna")
    assert reply.text == "De tekst is 3001 tekens; het maximum is 3000."
    assert updates(harness) == []


def test_update_missing_arguments_and_unknown_action(harness: Harness) -> None:
    assert harness.reply("update").text == "Zo gebruik je dit: `/woonzorg update 2.4 [tekst]`"
    assert harness.reply("update 2.9 iets").text.startswith("Actie 2.9 bestaat niet.")


def test_status_with_and_without_explanation(harness: Harness) -> None:
    assert "🔴 vertraagd" in harness.reply("status 2.4 rood", as_="anna").text
    assert action(harness, "2.4").status_text == ""
    harness.reply("status 2.4 Aandacht nodig wachten op de gemeenteraad", as_="anna")
    row = updates(harness)[-1]
    # The toelichting is the reason for the change, kept with it; the stand van zaken stays.
    assert (row.status, row.text, row.reason) == ("attention", "", "wachten op de gemeenteraad")
    assert harness.reply("status 2.4 op schema", as_="anna").text.endswith("🟢 op schema.")
    assert action(harness, "2.4").status_text == ""
    assert updates(harness)[-1].reason is None


def test_status_reason_never_replaces_the_stand_van_zaken(harness: Harness) -> None:
    harness.reply("update 2.4 Twee locaties in beeld, convenant in voorbereiding.", as_="anna")
    harness.reply("status 2.4 groen eindelijk twee extra plekken", as_="anna")
    assert action(harness, "2.4").status_text == (
        "Twee locaties in beeld, convenant in voorbereiding."
    )
    assert action(harness, "2.4").status == Status.ON_TRACK
    row = updates(harness)[-1]
    assert row.reason == "eindelijk twee extra plekken"
    assert row.text == "Twee locaties in beeld, convenant in voorbereiding."
    body = everything(harness.reply("actie 2.4"))
    assert "reden statuswijziging: eindelijk twee extra plekken" in body


def test_status_reason_too_long_changes_nothing(harness: Harness) -> None:
    reply = harness.reply("status 2.4 groen " + "x" * 3001, as_="anna")
    assert reply.text == "De tekst is 3001 tekens; het maximum is 3000."
    assert updates(harness) == []
    assert action(harness, "2.4").status != Status.ON_TRACK


def test_status_bad_input(harness: Harness) -> None:
    assert harness.reply("status 2.4 misschien").text == (
        "'misschien' is geen status. Kies uit: nog niet gestart, op schema, aandacht nodig, "
        "vertraagd, gereed, vervallen."
    )
    assert harness.reply("status 2.4").text.startswith("Zo gebruik je dit")
    assert harness.reply("status 2.4 klaar", as_="bert").text.startswith("Sorry")
    assert len(updates(harness)) == 0


def test_modal_opens_prefilled_from_command_and_button(harness: Harness) -> None:
    harness.reply("update 2.4 Vorige stand.", as_="anna")
    for outcomes in (
        harness.command("update 2.4", as_="dirk"),
        harness.action("update_open:2.4", "2.4", as_="dirk"),
    ):
        [modal] = outcomes
        assert isinstance(modal, OpenModal)
        view = modal.view
        assert view["callback_id"] == "update_modal" and view["private_metadata"] == "2.4"
        body = everything(view)
        assert '"initial_value": "Vorige stand."' in body
        assert "Doel: 24 woonplekken" in body  # numeric target: the quantity field is there
    [no_quantity] = harness.command("update 1.1", as_="anna")
    assert isinstance(no_quantity, OpenModal)
    assert "quantity" not in [b.get("block_id") for b in no_quantity.view["blocks"]]


def test_modal_refused_for_others(harness: Harness) -> None:
    [reply] = harness.action("update_open:2.4", "2.4", as_="bert")
    assert isinstance(reply, Reply) and reply.text.startswith("Sorry")


def test_modal_round_trip_with_quantity_and_help(harness: Harness) -> None:
    values = modal_values(
        status="attention", quantity="12,5", bottlenecks="Geen <!here> locatie", help_needed=True
    )
    [reply] = harness.submit("update_modal", "2.4", values, as_="anna")
    assert isinstance(reply, Reply)
    assert "Gerealiseerd: 12,5." in reply.text
    assert "De coördinatoren weten dat je hulp nodig hebt." in reply.text
    row = updates(harness)[-1]
    assert (row.status, row.realised_quantity, row.help_needed) == ("attention", 12.5, True)
    assert row.bottlenecks == "Geen <!here> locatie"
    [dm] = harness.notifier.dms_to("U0COCO")
    assert "Anna vraagt hulp bij actie 2.4" in dm.text
    assert "Geen &lt;!here&gt; locatie" in dm.text


def test_modal_validation_errors_keep_the_modal_open(harness: Harness) -> None:
    bad = modal_values(status=None, text="  ", quantity="twaalf")
    [errors] = harness.submit("update_modal", "2.4", bad, as_="anna")
    assert isinstance(errors, ModalErrors)
    assert errors.errors == {
        "status": "Kies een status.",
        "text": "Vul de stand van zaken in.",
        "quantity": "'twaalf' is geen aantal. Schrijf een getal, bijvoorbeeld 12 of 12,5.",
    }
    long = modal_values(text="x" * 3001, bottlenecks="y" * 3002)
    [errors] = harness.submit("update_modal", "2.4", long, as_="anna")
    assert isinstance(errors, ModalErrors)
    assert errors.errors["text"] == "De tekst is 3001 tekens; het maximum is 3000."
    assert errors.errors["bottlenecks"] == "De tekst is 3002 tekens; het maximum is 3000."
    assert updates(harness) == []


def test_help_request_with_unreachable_coordinator_still_saves(harness: Harness) -> None:
    harness.notifier.unreachable.add("U0COCO")
    [reply] = harness.submit("update_modal", "2.4", modal_values(help_needed=True), as_="anna")
    assert isinstance(reply, Reply) and "Ik kon geen coördinator bereiken" in reply.text
    assert len(updates(harness)) == 1


def test_realised_quantity_is_carried_forward_and_prefilled(harness: Harness) -> None:
    harness.submit("update_modal", "2.4", modal_values(quantity="12"), as_="anna")
    harness.reply("status 2.4 rood geen locatie", as_="anna")
    harness.reply("update 2.4 Nog steeds geen locatie.", as_="anna")
    assert [u.realised_quantity for u in updates(harness)] == [12, 12, 12]
    [modal] = harness.command("update 2.4", as_="anna")
    assert isinstance(modal, OpenModal)
    assert '"initial_value": "12"' in everything(modal.view)


def test_bulk_updates_carry_the_realised_quantity_forward(harness: Harness) -> None:
    harness.submit("update_modal", "2.4", modal_values(quantity="7"), as_="anna")
    with session_scope(harness.engine) as session:
        rows = session.exec(select(Action).where(Action.code.in_(["1.1", "2.4"]))).all()  # type: ignore[attr-defined]
        changes = [(a, Status.DELAYED, None) for a in rows]
        now = datetime(2026, 5, 5, 9, tzinfo=UTC)
        record_updates(session=session, changes=changes, now=now, source="import")
    quantities = {u.action_id: u.realised_quantity for u in updates(harness)[-2:]}
    assert quantities == {action(harness, "2.4").id: 7, action(harness, "1.1").id: None}
