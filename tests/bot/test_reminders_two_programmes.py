"""Two programmes that both have action 1.1: reminders, their buttons, escalations and the
weekly digest each stay with their own programme (issue 8)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.outcomes import OpenModal, UpdateMessage
from storage.db import session_scope
from storage.models import Action, Notification, ProgrammeCoordinator, StatusUpdate, slug_for
from tests.support.botkit import Harness, everything, make_harness
from tests.support.factories import build_programme, person
from tests.support.reminder_kit import (
    AMS,
    ESCALATION,
    FIRST,
    OPENED,
    reminder_settings,
    run_tick,
)
from workflows import messages
from workflows.updates.rounds import start_round

DORDRECHT, DIJK = "Van opvang naar wonen", "Woonzorgvisie Dijk en Waard"


def two_programmes(engine: Engine) -> dict[str, int]:
    """Anna owns 1.1 in both; Bert owns 1.2 in Dijk en Waard only. Coco coordinates
    Dordrecht, Carla Dijk en Waard; U0GLOBAL is configured (coordinates both)."""
    ids = {}
    with session_scope(engine) as session:
        for name, coordinator, title in (
            (DORDRECHT, "coco", "Armoede Dordrecht"),
            (DIJK, "carla", "Armoede Dijk en Waard"),
        ):
            actions: list[dict[str, Any]] = [
                dict(code="1.1", title=title, owner="anna", status_text=f"Stand {title}.")
            ]
            if name == DIJK:
                actions.append(dict(code="1.2", title="Preventie", owner="bert"))
            built = build_programme(
                session, [("1", "Voorkomen", actions)], name=name, coordinators=()
            )
            assert built.programme.id is not None
            ids[name] = built.programme.id
            marked = person(session, coordinator, coordinator=True)
            assert marked.id is not None
            session.add(ProgrammeCoordinator(programme_id=built.programme.id, person_id=marked.id))
            start_round(
                session=session,
                half_year_text="2027-H1",
                deadline_text="18-05-2027",
                now=OPENED,
                tz=AMS,
                programme_id=built.programme.id,
                workspace_id="",
            )
            if name == DIJK:
                built.programme.digest_channel = "C0DIJKWRD"
                session.add(built.programme)
    return ids


def harness(engine: Engine) -> Harness:
    h = make_harness(engine, FIRST, build=False)
    h.bot.settings = settings()
    return h


def settings() -> Any:
    s = reminder_settings("C0DIGEST")
    return s.model_copy(update={"coordinators": ["U0GLOBAL"]})


def buttons(blocks: Any) -> dict[str, str]:
    return {
        e["action_id"]: e["value"]
        for b in blocks or []
        for e in b.get("elements", [])
        if e.get("type") == "button"
    }


def reminder_of(h: Harness, user: str, programme: str) -> Any:
    found = [s for s in h.notifier.dms_to(user) if programme in str(s.blocks)]
    assert len(found) == 1, [str(s.blocks)[:200] for s in h.notifier.dms_to(user)]
    return found[0]


def test_reminder_buttons_open_the_action_of_their_own_programme(sqlite_engine: Engine) -> None:
    ids = two_programmes(sqlite_engine)
    h = harness(sqlite_engine)
    run_tick(sqlite_engine, h.notifier, FIRST, settings())
    assert len(h.notifier.dms_to("U0ANNA")) == 2  # one reminder per programme
    dijk = reminder_of(h, "U0ANNA", DIJK)
    assert "Armoede Dijk en Waard" in str(dijk.blocks)
    values = buttons(dijk.blocks)
    assert values["update_open:1.1"] == f"p{ids[DIJK]}|1.1"
    assert all(v.startswith(f"p{ids[DIJK]}|") for v in values.values())
    # "Update geven" on Dijk en Waard's 1.1 opens that one (Anna is in both programmes)
    (modal,) = h.action("update_open:1.1", values["update_open:1.1"])
    assert isinstance(modal, OpenModal)
    assert "Armoede Dijk en Waard" in everything(modal.view)
    assert "Stand Armoede Dijk en Waard." in everything(modal.view)
    assert modal.view["private_metadata"] == f"p{ids[DIJK]}|1.1"
    # "Geen wijziging" records the update on Dijk en Waard's 1.1, not Dordrecht's
    nochange = next(a for a in values if a.startswith("reminder:nochange"))
    (updated,) = h.action(nochange, values[nochange])
    assert isinstance(updated, UpdateMessage)
    with session_scope(sqlite_engine) as session:
        (carried,) = session.exec(
            select(StatusUpdate).where(StatusUpdate.carried_over == True)  # noqa: E712
        ).all()
        action = session.get(Action, carried.action_id)
        assert action is not None and action.programme_id == ids[DIJK]
    # a reminder sent before buttons carried the programme (value "1.1") still works for
    # someone in one programme only: the old value is resolved as before
    (bert_modal,) = h.action("update_open:1.2", "1.2", as_="bert")
    assert isinstance(bert_modal, OpenModal) and "Preventie" in everything(bert_modal.view)


def test_not_mine_and_escalation_go_to_the_programmes_coordinators(
    sqlite_engine: Engine,
) -> None:
    ids = two_programmes(sqlite_engine)
    h = harness(sqlite_engine)
    run_tick(sqlite_engine, h.notifier, FIRST, settings())
    dordrecht = reminder_of(h, "U0ANNA", DORDRECHT)
    values = buttons(dordrecht.blocks)
    notmine = next(a for a in values if a.startswith("reminder:notmine"))
    h.action(notmine, values[notmine])
    told = {s.to for s in h.notifier.sent if "geeft aan dat actie 1.1" in s.text}
    assert told == {"U0GLOBAL", "U0COCO"}  # not Carla: Dordrecht is not hers
    # after the deadline each programme's coordinators hear about their own programme
    run_tick(sqlite_engine, h.notifier, ESCALATION, settings())
    escalations = [
        s for s in h.notifier.sent if s.kind == "dm" and "deadline verstreken" in str(s.blocks)
    ]
    by_user: dict[str, list[str]] = {}
    for sent in escalations:
        name = DIJK if DIJK in str(sent.blocks) else DORDRECHT
        assert f"Programma: *{name}*" in str(sent.blocks)
        by_user.setdefault(sent.to, []).append(name)
    assert sorted(by_user["U0GLOBAL"]) == sorted([DORDRECHT, DIJK])
    assert by_user["U0COCO"] == [DORDRECHT]
    assert by_user["U0CARLA"] == [DIJK]
    carla = next(s for s in escalations if s.to == "U0CARLA")
    assert "<@U0BERT>: 1.2" in str(carla.blocks)
    with session_scope(sqlite_engine) as session:
        keys = [n.key for n in session.exec(select(Notification)).all()]
    assert not any("uU0CARLA" in k for k in keys if k.startswith(f"round:{ids[DORDRECHT]}:"))


def test_each_programme_has_its_own_digest_in_its_own_channel(sqlite_engine: Engine) -> None:
    two_programmes(sqlite_engine)
    h = harness(sqlite_engine)
    monday = FIRST.replace(day=26)  # Monday 26 April 2027, 09:00 local
    run_tick(sqlite_engine, h.notifier, monday, settings())
    posts = {s.to: s for s in h.notifier.sent if s.kind == "channel"}
    assert set(posts) == {"C0DIGEST", "C0DIJKWRD"}
    assert f"Weekoverzicht {DORDRECHT}, week 2027-W17" in str(posts["C0DIGEST"].blocks)
    assert f"Weekoverzicht {DIJK}, week 2027-W17" in str(posts["C0DIJKWRD"].blocks)
    assert posts["C0DIJKWRD"].text.startswith(f"Weekoverzicht {DIJK}")
    assert "0 van 2 updates binnen" in str(posts["C0DIJKWRD"].blocks)
    assert "0 van 1 update binnen" in str(posts["C0DIGEST"].blocks)
    # /woonzorg digest in Dijk en Waard posts to its own channel
    h.bot.clock = lambda: FIRST
    (ack,) = h.command("woonzorgvisie-dijk-en-waard digest", as_="carla")
    result = ack.work()  # type: ignore[union-attr]
    assert "<#C0DIJKWRD>" in result.text


def test_app_home_groups_by_programme(sqlite_engine: Engine) -> None:
    """Issue 8: the App Home of someone in several programmes shows each programme apart: a
    coordinator the overview of every programme they coordinate, an owner their actions."""
    two_programmes(sqlite_engine)
    h = harness(sqlite_engine)
    both = everything(h.home("U0GLOBAL"))
    assert f"{DORDRECHT} (voor coördinatoren)" in both
    assert f"{DIJK} (voor coördinatoren)" in both
    assert "*0 van 1* update binnen" in both and "*0 van 2* updates binnen" in both
    coco = everything(h.home("coco"))
    assert f"{DORDRECHT} (voor coördinatoren)" in coco and DIJK not in coco
    carla = everything(h.home("carla"))
    assert f"{DIJK} (voor coördinatoren)" in carla and DORDRECHT not in carla
    anna = everything(h.home("anna"))
    assert "voor coördinatoren" not in anna
    assert anna.count("Armoede Dordrecht") == 1 and anna.count("Armoede Dijk en Waard") == 1
    assert anna.index(DORDRECHT) < anna.index("Armoede Dordrecht") < anna.index(DIJK)


def test_overview_in_a_workspace_with_two_programmes_still_asks_which(engine: Engine) -> None:
    """With two programmes ``overzicht`` resolves the programme as every command does (the
    caller's only one, a slug as the first word, else the question which one)."""
    two_programmes(engine)
    h = harness(engine)
    bert = everything(h.reply("overzicht", as_="bert"))  # Bert owns an action in Dijk only
    assert f"Overzicht: {DIJK}" in bert
    asked = h.reply("overzicht", as_="anna")  # Anna is in both
    assert asked.text == messages.PROGRAMME_CHOOSE
    assert {o["value"] for o in asked.blocks[0]["accessory"]["options"]} == {
        f"{slug_for(DORDRECHT)} overzicht",
        f"{slug_for(DIJK)} overzicht",
    }
    named = everything(h.reply(f"{slug_for(DORDRECHT)} overzicht", as_="anna"))
    assert f"Overzicht: {DORDRECHT}" in named
