"""The update modal round trip, buttons, the App Home, and a full round of updates."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.core import Bot
from storage.db import session_scope
from storage.models import Action, StatusUpdate
from tests.support.factories import Built
from tests.support.fake_slack import FakeSlack, SignedClient, wait_for
from workflows import messages
from workflows.programme.statuses import Status


def opened_view(fake: FakeSlack) -> dict[str, Any]:
    call = wait_for(lambda: fake.calls_to("views.open", "views.push"))[-1]
    return call.response["view"]


def saved(db: Engine, code: str) -> list[StatusUpdate]:
    with session_scope(db) as session:
        action = session.exec(select(Action).where(Action.code == code)).one()
        return list(session.exec(select(StatusUpdate).where(StatusUpdate.action_id == action.id)))


def dms_to(fake: FakeSlack, user: str) -> list[str]:
    return [
        c.params["text"] for c in fake.calls_to("chat.postMessage") if c.params["channel"] == user
    ]


def test_modal_round_trip(
    slack: SignedClient, fake_slack: FakeSlack, db: Engine, programme: Built
) -> None:
    answer = slack.slash("update 2.4", "U0ANNA")
    assert answer.status == 200 and answer.body == ""  # the modal is the answer
    view = opened_view(fake_slack)
    assert view["callback_id"] == "update_modal" and view["private_metadata"] == "2.4"

    empty = slack.view_submission(view, {"status": "on_track", "text": ""}, "U0ANNA")
    assert empty.json() == {
        "response_action": "errors",
        "errors": {"text": messages.MODAL_TEXT_REQUIRED},
    }
    assert saved(db, "2.4") == []

    values = {
        "status": "attention",
        "text": "Twee locaties in beeld, één valt af.",
        "quantity": "6",
        "bottlenecks": "Bezwaar van omwonenden",
        "correction": "Gesprek met de buurt in maart",
        "help": ["help_needed"],
    }
    done = slack.view_submission(view, values, "U0ANNA")
    assert done.status == 200 and done.body == ""  # the modal closes
    [update] = saved(db, "2.4")
    assert (update.status, update.text, update.realised_quantity) == (
        Status.ATTENTION,
        values["text"],
        6,
    )
    assert update.help_needed and update.bottlenecks == "Bezwaar van omwonenden"
    assert (update.reason, update.correction) == (
        "Bezwaar van omwonenden",
        "Gesprek met de buurt in maart",
    )
    confirmation = wait_for(lambda: dms_to(fake_slack, "U0ANNA"))
    assert "2.4" in confirmation[0]
    assert wait_for(lambda: dms_to(fake_slack, "U0COCO"))  # help asked: the coordinator hears
    assert wait_for(lambda: "U0ANNA" in fake_slack.home_views)  # the Home tab is refreshed


def test_update_button_opens_the_modal(
    slack: SignedClient, fake_slack: FakeSlack, programme: Built
) -> None:
    answer = slack.block_action("update_open", "1.1", "U0ANNA")
    assert answer.status == 200
    assert opened_view(fake_slack)["private_metadata"] == "1.1"


def test_refused_modal_opens_nothing(
    slack: SignedClient, fake_slack: FakeSlack, programme: Built
) -> None:
    answer = slack.slash("update 2.4", "U0BERT")
    assert messages.MAY_NOT_UPDATE.format(code="2.4") in answer.text
    assert fake_slack.calls_to("views.open", ok=None) == []


def test_home_for_owner_and_coordinator(
    slack: SignedClient, fake_slack: FakeSlack, programme: Built
) -> None:
    slack.app_home_opened("U0ANNA", event_id="EvHome1")
    slack.app_home_opened("U0COCO", event_id="EvHome2")
    wait_for(lambda: len(fake_slack.home_views) == 2)
    anna, coco = (str(fake_slack.home_views[u]["blocks"]) for u in ("U0ANNA", "U0COCO"))
    assert "2.4" in anna
    assert "Werken aan perspectief" in coco  # coordinators see the programme overview


def test_home_publishes_take_tokens_from_the_reminders_limiter(
    core: Bot,
    slack: SignedClient,
    fake_slack: FakeSlack,
    programme: Built,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """App Home publishes count against the same per-workspace limits as the fan-out: they
    go through the notifier's limiter, and a 429 on one holds back the next."""
    limiter = core.notifier.limiter  # type: ignore[attr-defined]
    taken: list[str] = []
    acquire = limiter.acquire

    def counting(method: str, channel: str | None = None) -> None:
        taken.append(method)
        acquire(method, channel)

    monkeypatch.setattr(limiter, "acquire", counting)
    pauses: list[tuple[str, float]] = []
    pause = limiter.pause
    monkeypatch.setattr(limiter, "pause", lambda m, s: (pauses.append((m, s)), pause(m, s)))
    fake_slack.fail("views.publish", status=429, retry_after=1)
    slack.app_home_opened("U0ANNA", event_id="EvHomeLimited")
    wait_for(lambda: "U0ANNA" in fake_slack.home_views, timeout=10)
    assert taken == ["views.publish", "views.publish"]  # the refused call and its retry
    assert pauses == [("views.publish", 1.0)]


def buttons(blocks: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    found = {}
    for block in blocks:
        for element in [*block.get("elements", []), block.get("accessory") or {}]:
            if element.get("type") == "button":
                found[element["action_id"]] = element
    return found


def test_a_coordinator_and_three_owners_do_a_round(
    slack: SignedClient, fake_slack: FakeSlack, db: Engine, programme: Built
) -> None:
    opened = slack.slash("ronde start 2026-H1 deadline 15-05-2026", "U0COCO")
    assert opened.json()["response_type"] == "in_channel"  # the channel sees the round open
    assert "0 van 3" in slack.slash("ronde", "U0COCO").text
    assert slack.slash("regiehouder 2.5 <@U0DIRK|dirk>", "U0COCO").status == 200

    assert slack.slash("herinner iedereen", "U0COCO").status == 200
    reminders = wait_for(
        lambda: (
            len(fake_slack.calls_to("chat.postMessage")) >= 3
            and [
                c
                for c in fake_slack.calls_to("chat.postMessage")
                if "Herinnering" in c.params["text"]
            ]
        )
    )
    assert sorted(c.params["channel"] for c in reminders) == ["U0ANNA", "U0BERT"]
    [to_anna] = [c for c in reminders if c.params["channel"] == "U0ANNA"]
    update_now = next(b for a, b in buttons(to_anna.params["blocks"]).items() if "update" in a)

    # Anna presses "update" on her reminder and fills in the modal for the first action.
    message = {"ts": to_anna.response["ts"], "text": to_anna.params["text"], "type": "message"}
    slack.block_action(update_now["action_id"], update_now.get("value"), "U0ANNA", message=message)
    view = opened_view(fake_slack)
    code = view["private_metadata"].split("|")[-1]  # "p1|1.1": the programme, then the code
    slack.view_submission(view, {"status": "on_track", "text": "Pilot uitgebreid"}, "U0ANNA")
    other = "2.4" if code == "1.1" else "1.1"
    slack.slash(f"update {other} Twee locaties in onderzoek", "U0ANNA")
    slack.slash("status 1.2 vertraagd convenant nog niet getekend", "U0BERT")
    slack.slash("status 2.4 aandacht bezwaar omwonenden", "U0DIRK")  # the deputy

    assert [u.text for u in saved(db, code)][-1] == "Pilot uitgebreid"
    assert [u.status for u in saved(db, "1.2")] == [Status.DELAYED]
    assert saved(db, "2.4")[-1].status == Status.ATTENTION
    assert "3 van 3" in slack.slash("ronde", "U0COCO").text
    overview = str(slack.slash("overzicht", "U0COCO").json())
    assert "3 van 3" in overview
    assert "vertraagd" in str(slack.slash("overzicht vertraagd", "U0COCO").json())
    assert "convenant nog niet getekend" in str(slack.slash("actie 1.2", "U0COCO").json())
    mine = str(slack.slash("mijn", "U0DIRK").json())
    assert "2.5" in mine and "2.4" in mine
    assert dms_to(fake_slack, "U0DIRK")  # told about becoming regiehouder
