"""Reminders through the real Slack notifier against the fake Slack (429, 503, a deactivated
account), and the reminder's buttons end to end through the Bolt app."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.core import Bot
from bot.views.reminders import SlackViews
from storage.db import session_scope
from storage.models import StatusUpdate
from tests.support.factories import Built
from tests.support.fake_slack import FakeSlack, SignedClient, wait_for
from tests.support.reminder_kit import FIRST, OPENED
from workflows.reminders.tick import tick
from workflows.reminders.tick_report import TickReport
from workflows.updates.rounds import start_round


def open_round(db: Engine) -> None:
    with session_scope(db) as session:
        start_round(
            session=session,
            half_year_text="2027-H1",
            deadline_text="18-05-2027",
            now=OPENED,
            tz=ZoneInfo("Europe/Amsterdam"),
            workspace_id="",
        )


def run(core: Bot, when=FIRST) -> TickReport:  # type: ignore[no-untyped-def]
    return tick(
        core.settings,
        core.engine,
        core.notifier,
        when,
        views=SlackViews(),
        directory=core.directory,
    )


def posts_to(fake: FakeSlack, user: str) -> list[dict]:  # type: ignore[type-arg]
    return [c.params for c in fake.calls_to("chat.postMessage") if c.params["channel"] == user]


def test_429_and_503_are_ridden_out_and_each_owner_reminded_once(
    fake_slack: FakeSlack, core: Bot, programme: Built, db: Engine
) -> None:
    open_round(db)
    fake_slack.fail("chat.postMessage", status=429, retry_after=1)
    fake_slack.fail("chat.postMessage", status=503)
    report = run(core)
    assert report.failed == [] and len(report.sent) == 3  # two owners and the weekly digest
    assert len(posts_to(fake_slack, "U0ANNA")) == 1 and len(posts_to(fake_slack, "U0BERT")) == 1
    refused = fake_slack.calls_to("chat.postMessage", ok=False)
    assert sorted(c.status for c in refused) == [429, 503]
    run(core, FIRST + timedelta(minutes=5))
    assert len(fake_slack.calls_to("chat.postMessage")) == 3
    assert fake_slack.violations == []


def test_a_deactivated_owner_is_reported_to_the_coordinator_once(
    fake_slack: FakeSlack, core: Bot, programme: Built, db: Engine
) -> None:
    fake_slack.add_user("U0BERT", "Bert", "bert@example.nl", deleted=True)
    open_round(db)
    report = run(core)
    assert len(report.given_up) == 1
    for minutes in (5, 10):
        run(core, FIRST + timedelta(minutes=minutes))
    (told,) = posts_to(fake_slack, "U0COCO")
    assert "Bert" in told["text"] and "account_inactive" in told["text"]
    assert len(fake_slack.calls_to("chat.postMessage", ok=False)) == 1  # never retried


def test_reminder_buttons_through_bolt(
    slack: SignedClient, fake_slack: FakeSlack, core: Bot, programme: Built, db: Engine
) -> None:
    open_round(db)
    run(core)
    (reminder,) = [
        c for c in fake_slack.calls_to("chat.postMessage") if c.params["channel"] == "U0ANNA"
    ]
    message = reminder.response["message"]
    channel = reminder.response["channel"]
    buttons = {
        e["action_id"]: e["value"]
        for b in message["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
    }
    nochange = next(a for a in buttons if a.startswith("reminder:nochange"))
    slack.block_action(nochange, buttons[nochange], "U0ANNA", message=message, channel_id=channel)
    replaced = wait_for(lambda: [r for r in fake_slack.responses() if r.get("replace_original")])
    assert replaced and "update ontvangen" in str(replaced[-1]["blocks"])
    with session_scope(db) as session:
        carried = session.exec(select(StatusUpdate).where(StatusUpdate.carried_over)).all()
        assert len(carried) == 1 and carried[0].source == "slack"
    slack.block_action(
        "reminder:later", buttons["reminder:later"], "U0ANNA", message=message, channel_id=channel
    )
    snoozed = wait_for(
        lambda: [r for r in fake_slack.responses() if "om 09:00 opnieuw" in str(r.get("blocks"))]
    )
    assert snoozed
    # The update modal opens from the reminder's own "Update geven" button.
    update = "update_open:2.4"
    slack.block_action(update, buttons[update], "U0ANNA", message=message, channel_id=channel)
    opened = wait_for(lambda: fake_slack.calls_to("views.open"))
    assert opened
    # Submitting the modal saves the update and ticks 2.4 off in the reminder itself.
    view = opened[-1].response["view"]
    done = slack.view_submission(view, {"status": "on_track", "text": "Locatie rond."}, "U0ANNA")
    assert done.status == 200
    updates = wait_for(lambda: fake_slack.calls_to("chat.update"))
    assert updates and updates[-1].params["ts"] == message["ts"]
    assert str(updates[-1].params["blocks"]).count("update ontvangen") == 2
