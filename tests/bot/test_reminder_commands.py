"""``ronde``, ``herinner``, ``digest`` and the reminder buttons through the bot core."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.outcomes import Later, Reply, UpdateMessage
from storage.db import session_scope
from storage.models import Notification, Round, StatusUpdate
from tests.support.botkit import Harness, everything, make_harness
from tests.support.reminder_kit import (
    DEADLINE,
    FIRST,
    OPENED,
    SECOND,
    reminder_settings,
    run_tick,
)
from workflows.updates.rounds import start_round


def harness_at(engine: Engine, now: datetime, *, digest: str | None = None) -> Harness:
    harness = make_harness(engine, now)
    harness.bot.settings = reminder_settings(digest)
    return harness


def later(harness: Harness, text: str, as_: str = "coco") -> tuple[str, str]:
    outcomes = harness.command(text, as_=as_)
    assert len(outcomes) == 1 and isinstance(outcomes[0], Later), outcomes
    result = outcomes[0].work()
    assert isinstance(result, Reply)
    return outcomes[0].ack.text, result.text


def rounds(engine: Engine) -> list[Round]:
    with session_scope(engine) as session:
        return list(session.exec(select(Round)).all())


def test_ronde_start_show_close(sqlite_engine: Engine) -> None:
    h = harness_at(sqlite_engine, OPENED)
    assert "nog geen updateronde" in h.reply("ronde", as_="coco").text
    refused = h.reply("ronde start 2027-H1", as_="anna").text
    assert "alleen voor coördinatoren" in refused and rounds(sqlite_engine) == []
    assert "'2027-H7' is geen halfjaar" in h.reply("ronde start 2027-H7", as_="coco").text
    assert (
        "ligt in het verleden" in h.reply("ronde start 2027-H1 deadline 1-3-2027", as_="coco").text
    )
    assert rounds(sqlite_engine) == []
    started = h.reply("ronde start 1e helft 2027 deadline 14-05-2027", as_="coco")
    assert "vrijdag 14 mei 2027" in started.text and not started.ephemeral
    assert "loopt al een updateronde" in h.reply("ronde start 2027-H2", as_="coco").text
    shown = h.reply("ronde", as_="coco").text
    assert "0 van 3 updates binnen, deadline over 43 dagen" in shown
    assert "Nog geen update: 1.1, 1.2, 2.4" in shown
    (asked,) = h.command("ronde sluit", as_="coco")
    assert isinstance(asked, Reply)
    (closed,) = press(h, asked.blocks, "round:close", as_="coco")
    assert isinstance(closed, UpdateMessage) and "gesloten" in closed.text
    assert "geen open updateronde" in h.reply("ronde sluit", as_="coco").text
    assert "is gesloten op donderdag 1 april 2027" in h.reply("ronde", as_="coco").text


def open_round(engine: Engine) -> None:
    with session_scope(engine) as session:
        start_round(
            session=session,
            half_year_text="2027-H1",
            deadline_text="18-05-2027",
            now=OPENED,
            tz=ZoneInfo("Europe/Amsterdam"),
            workspace_id="",
        )


def test_herinner_checks_first_and_sends_one_message_per_owner(sqlite_engine: Engine) -> None:
    h = harness_at(sqlite_engine, FIRST)
    assert "geen open updateronde" in h.reply("herinner", as_="coco").text
    open_round(sqlite_engine)
    assert h.reply("herinner 2.9", as_="coco").text.startswith(
        "Actie 2.9 bestaat niet. Bedoelde je"
    )
    assert "2.5 is gereed; er is niets verstuurd" in h.reply("herinner 2.5", as_="coco").text
    assert "alleen voor coördinatoren" in h.reply("herinner iedereen", as_="anna").text
    assert h.notifier.sent == []
    ack, done = later(h, "herinner 2.4")
    assert (
        "Ik stuur 1 regiehouder een herinnering" in ack
        and done == "Herinnering verstuurd aan 1 regiehouder."
    )
    (dm,) = h.notifier.dms_to("U0ANNA")
    assert "2.4 Uitbreiding" in str(dm.blocks) and "1.1 Programma" not in str(dm.blocks)
    later(h, "herinner iedereen")
    assert len(h.notifier.dms_to("U0ANNA")) == 2 and len(h.notifier.dms_to("U0BERT")) == 1
    assert "1.1 Programma" in str(h.notifier.dms_to("U0ANNA")[1].blocks)


def test_digest_now(sqlite_engine: Engine) -> None:
    h = harness_at(sqlite_engine, FIRST)
    assert "WOONZORG_DIGEST_CHANNEL" in h.reply("digest", as_="coco").text
    h.bot.settings = reminder_settings("C0DIGEST")  # the same programme, now with a channel
    open_round(sqlite_engine)
    _, done = later(h, "digest")
    assert "<#C0DIGEST>" in done
    (post,) = [s for s in h.notifier.sent if s.kind == "channel"]
    assert post.to == "C0DIGEST" and "0 van 3 updates binnen" in str(post.blocks)


def buttons(blocks: list[dict[str, Any]] | None) -> dict[str, str]:
    found = {}
    for block in blocks or []:
        for element in block.get("elements", []):
            if element.get("type") == "button":
                found[element["action_id"]] = element["value"]
    return found


def press(h: Harness, blocks: Any, prefix: str, as_: str = "anna") -> list[Any]:
    (action_id, value), *_ = [(a, v) for a, v in buttons(blocks).items() if a.startswith(prefix)]
    return h.action(action_id, value, as_=as_)


def test_reminder_buttons(sqlite_engine: Engine) -> None:
    h = harness_at(sqlite_engine, FIRST)
    open_round(sqlite_engine)
    run_tick(sqlite_engine, h.notifier, FIRST)
    (dm,) = h.notifier.dms_to("U0ANNA")
    assert {a.split(":")[0] for a in buttons(dm.blocks)} == {"update_open", "reminder"}
    # Somebody else cannot press Anna's buttons.
    (refusal,) = press(h, dm.blocks, "reminder:nochange", as_="bert")
    assert isinstance(refusal, Reply) and "niet voor jou" in refusal.text
    # "Geen wijziging" carries 1.1's text over into this round and ticks it off.
    (updated,) = press(h, dm.blocks, "reminder:nochange")
    assert isinstance(updated, UpdateMessage)
    assert "1.1 Programma Armoede en schulden*: update ontvangen" in everything(updated)
    with session_scope(sqlite_engine) as session:
        (carried,) = session.exec(
            select(StatusUpdate).where(StatusUpdate.round_id.is_not(None))
        ).all()  # type: ignore[union-attr]
        assert carried.carried_over and carried.text == "Pilot Vroeg eropaf loopt in Dordt West."
    # "Later": stored, and sent on the next working day at 09:00 (Thu 29 April 07:00 UTC).
    (snoozed,) = press(h, updated.blocks, "reminder:later")
    assert "donderdag 29 april 2027 om 09:00" in everything(snoozed)
    with session_scope(sqlite_engine) as session:
        kinds = [n.kind for n in session.exec(select(Notification)).all()]
    assert kinds.count("snooze") == 1
    # "Niet mijn actie" (2.4 carries nothing yet) tells the coordinator once.
    (passed,) = press(h, snoozed.blocks, "reminder:notmine")
    assert "doorgegeven aan de coördinator" in everything(passed)
    # Every line is handled, but 2.4 still has no update: no "alles is binnen".
    assert "Alles is binnen" not in everything(passed) and "Alles is binnen" not in passed.text
    assert "wacht ik nog op een update van 1 actie: 2.4" in passed.text
    assert "update nog niet binnen" in everything(h.reply("mijn", as_="anna"))
    press(h, snoozed.blocks, "reminder:notmine")  # pressed twice: told once
    told = h.notifier.dms_to("U0COCO")
    assert len(told) == 1 and "Anna geeft aan dat actie 2.4" in told[0].text
    before = len(h.notifier.dms_to("U0ANNA"))
    run_tick(sqlite_engine, h.notifier, datetime(2027, 4, 29, 6, 59, tzinfo=UTC))
    assert len(h.notifier.dms_to("U0ANNA")) == before
    run_tick(sqlite_engine, h.notifier, datetime(2027, 4, 29, 7, 0, tzinfo=UTC))
    assert len(h.notifier.dms_to("U0ANNA")) == before  # 1.1 done, 2.4 passed on: nothing left
    # Bert's "Later" does bring his reminder back, once, the next working day.
    (bert,) = h.notifier.dms_to("U0BERT")
    press(h, bert.blocks, "reminder:later", as_="bert")
    press(h, bert.blocks, "reminder:later", as_="bert")
    for minute in (0, 5, 10):
        run_tick(sqlite_engine, h.notifier, datetime(2027, 4, 29, 7, minute, tzinfo=UTC))
    again = h.notifier.dms_to("U0BERT")
    assert len(again) == 2 and "zoals gevraagd herinner ik je" in str(again[1].blocks)


def test_a_reminder_is_not_all_in_while_a_deputised_action_is_open(sqlite_engine: Engine) -> None:
    h = harness_at(sqlite_engine, FIRST)
    open_round(sqlite_engine)
    run_tick(sqlite_engine, h.notifier, FIRST)
    (dm,) = h.notifier.dms_to("U0BERT")  # Bert owns 1.2 only
    h.reply("plaatsvervanger 2.4 @bert", as_="coco")
    h.reply("update 1.2 Convenant in concept.", as_="bert")
    (updated,) = press(h, dm.blocks, "reminder:nochange", as_="bert")
    assert isinstance(updated, UpdateMessage)
    assert "Alles is binnen" not in updated.text and "2.4" in updated.text
    h.reply("update 2.4 Locatie gevonden.", as_="bert")
    (again,) = press(h, dm.blocks, "reminder:nochange", as_="bert")
    assert isinstance(again, UpdateMessage)
    assert again.text.startswith("Alles is binnen voor de 1e helft 2027")


def test_a_reminder_sent_after_the_deadline_says_so(sqlite_engine: Engine) -> None:
    h = harness_at(sqlite_engine, datetime(2027, 5, 20, 12, tzinfo=UTC))
    open_round(sqlite_engine)
    later(h, "herinner 1.2")
    (dm,) = h.notifier.dms_to("U0BERT")
    assert "Hoi Bert, de deadline (dinsdag 18 mei 2027) is verstreken" in str(dm.blocks)


def test_closing_with_updates_missing_asks_first(sqlite_engine: Engine) -> None:
    h = harness_at(sqlite_engine, FIRST)
    open_round(sqlite_engine)
    (asked,) = h.command("ronde sluit", as_="coco")
    assert isinstance(asked, Reply)
    assert "Voor de 1e helft 2027 ontbreken nog 3 updates: 1.1, 1.2, 2.4" in asked.text
    assert rounds(sqlite_engine)[0].closed_at is None
    # Only a coordinator's yes closes it; "nee" leaves it open.
    (refused,) = press(h, asked.blocks, "round:close", as_="anna")
    assert isinstance(refused, Reply) and "alleen voor coördinatoren" in refused.text
    (kept,) = press(h, asked.blocks, "round:keep", as_="coco")
    assert isinstance(kept, UpdateMessage) and "blijft open" in kept.text
    assert rounds(sqlite_engine)[0].closed_at is None
    (closed,) = press(h, asked.blocks, "round:close", as_="coco")
    assert isinstance(closed, UpdateMessage)
    assert closed.text.startswith("De updateronde voor de 1e helft 2027 is gesloten. 0 van 3")
    assert rounds(sqlite_engine)[0].closed_at is not None
    (again,) = press(h, asked.blocks, "round:close", as_="coco")  # pressed twice
    assert isinstance(again, Reply) and "geen open updateronde" in again.text


def test_closing_with_everything_in_closes_at_once(sqlite_engine: Engine) -> None:
    h = harness_at(sqlite_engine, FIRST)
    open_round(sqlite_engine)
    for code, who in (("1.1", "anna"), ("2.4", "anna"), ("1.2", "bert")):
        h.reply(f"update {code} Loopt.", as_=who)
    closed = h.reply("ronde sluit", as_="coco")
    assert closed.text.startswith("De updateronde voor de 1e helft 2027 is gesloten. 3 van 3")
    assert closed.blocks is None and not closed.ephemeral


def test_ronde_verleng(sqlite_engine: Engine) -> None:
    h = harness_at(sqlite_engine, FIRST)
    assert "nog geen updateronde" in h.reply("ronde verleng 1-6-2027", as_="coco").text
    open_round(sqlite_engine)
    bad = {
        "ronde verleng": "Tot wanneer?",
        "ronde verleng morgen-ish": "'morgen-ish' is geen datum",
        "ronde verleng 1-4-2027": "ligt in het verleden",
        "ronde verleng 1-7-2027": "ligt na het einde van de 1e helft 2027",
        "ronde verleng 17-5-2027": "ligt niet na de huidige (dinsdag 18 mei 2027)",
    }
    for command, expected in bad.items():
        assert expected in h.reply(command, as_="coco").text, command
    assert "alleen voor coördinatoren" in h.reply("ronde verleng 1-6-2027", as_="anna").text
    assert rounds(sqlite_engine)[0].deadline == date(2027, 5, 18)
    done = h.reply("ronde verleng deadline 1-6-2027", as_="coco")
    assert "verlengd tot dinsdag 1 juni 2027" in done.text and not done.ephemeral
    assert rounds(sqlite_engine)[0].deadline == date(2027, 6, 1)


def test_extended_deadline_moves_the_reminders_and_sends_nothing_twice(
    sqlite_engine: Engine,
) -> None:
    h = harness_at(sqlite_engine, FIRST)
    open_round(sqlite_engine)  # deadline Tue 18 May: second reminder Tue 11 May
    run_tick(sqlite_engine, h.notifier, FIRST)
    run_tick(sqlite_engine, h.notifier, SECOND)
    sent = len(h.notifier.sent)
    assert sent == 4  # first and second, to Anna and Bert
    h.bot.clock = lambda: SECOND
    h.reply("ronde verleng 1-6-2027", as_="coco")
    # The old deadline morning passes without a reminder: it is no deadline any more.
    run_tick(sqlite_engine, h.notifier, DEADLINE)
    assert len(h.notifier.sent) == sent
    # The new second reminder (Tue 25 May) was sent already as "second": not again.
    run_tick(sqlite_engine, h.notifier, datetime(2027, 5, 25, 7, tzinfo=UTC))
    assert len(h.notifier.sent) == sent
    # The new deadline morning (Tue 1 June) is new: one reminder each.
    run_tick(sqlite_engine, h.notifier, datetime(2027, 6, 1, 7, tzinfo=UTC))
    assert len(h.notifier.sent) == sent + 2
    assert "dinsdag 1 juni 2027" in str(h.notifier.dms_to("U0ANNA")[-1].blocks)


def test_ronde_heropen(sqlite_engine: Engine) -> None:
    h = harness_at(sqlite_engine, FIRST)
    assert "nog geen updateronde" in h.reply("ronde heropen", as_="coco").text
    open_round(sqlite_engine)
    assert "is nog open" in h.reply("ronde heropen", as_="coco").text
    (asked,) = h.command("ronde sluit", as_="coco")
    press(h, asked.blocks, "round:close", as_="coco")
    assert "Er is al een updateronde" in h.reply("ronde start 2027-H1", as_="coco").text
    assert "alleen voor coördinatoren" in h.reply("ronde heropen", as_="anna").text
    assert "Heropen hem" in h.reply("ronde verleng 1-6-2027", as_="coco").text
    assert "ligt na het einde" in h.reply("ronde heropen deadline 1-7-2027", as_="coco").text
    assert rounds(sqlite_engine)[0].closed_at is not None
    reopened = h.reply("ronde heropen", as_="coco")
    assert reopened.text.startswith("De updateronde voor de 1e helft 2027 is weer open.")
    assert "Deadline: dinsdag 18 mei 2027. 0 van 3 updates binnen" in reopened.text
    assert rounds(sqlite_engine)[0].closed_at is None
    # A reopened round counts updates again, and the reminders go on.
    h.reply("update 1.1 Loopt.", as_="anna")
    assert "1 van 3 updates binnen" in h.reply("ronde", as_="coco").text


def test_reopening_after_the_deadline_needs_a_new_one(sqlite_engine: Engine) -> None:
    h = harness_at(sqlite_engine, datetime(2027, 5, 25, 10, tzinfo=UTC))
    open_round(sqlite_engine)
    (asked,) = h.command("ronde sluit", as_="coco")
    press(h, asked.blocks, "round:close", as_="coco")
    refused = h.reply("ronde heropen", as_="coco").text
    assert "is al voorbij. Geef een nieuwe deadline" in refused
    assert rounds(sqlite_engine)[0].closed_at is not None
    done = h.reply("ronde heropen deadline 11-6-2027", as_="coco")
    assert "Deadline: vrijdag 11 juni 2027" in done.text
    assert rounds(sqlite_engine)[0].deadline == date(2027, 6, 11)
