"""One definition of a round's counts: every surface says the same "x van y updates binnen"."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlmodel import select

from storage.db import session_scope
from storage.models import Round
from tests.bot.test_bot_reading import open_round
from tests.support.botkit import Harness, everything
from workflows.programme.queries import current_programme
from workflows.reminders.digest import digest_content
from workflows.reminders.escalation import escalation_content
from workflows.updates.rounds import count_round, round_counts, round_progress


def test_count_round_rule() -> None:
    # 1 open+updated, 2 open, 3 done in the round (updated), 4 done before it, 5 cancelled.
    rows = [(1, "on_track"), (2, "delayed"), (3, "done"), (4, "done"), (5, "cancelled")]
    counts = count_round(rows, {1, 3})
    assert (counts.received, counts.expected, counts.missing_ids) == (2, 3, (2,))


def test_every_surface_agrees_when_an_action_is_finished_in_the_round(harness: Harness) -> None:
    open_round(harness)
    harness.reply("update 1.1 Pilot loopt door.", as_="anna")
    harness.reply("status 2.4 gereed alle woonplekken opgeleverd", as_="anna")
    # 1.1 updated, 1.2 missing, 2.4 finished with an update in the round, 2.5 done long before.
    overview = everything(harness.reply("overzicht", as_="coco"))
    assert "*2 van 3* updates binnen" in overview
    assert "Updates deze ronde: 1 binnen, 1 ontbreekt" in overview  # actielijn 1
    assert "Updates deze ronde: 1 binnen, 0 ontbreken" in overview  # actielijn 2
    assert "*2 van 3* updates binnen" in everything(harness.reply("mijn", as_="anna"))
    assert "2 van 3 updates binnen" in everything(harness.reply("ronde", as_="coco"))
    assert "*2 van 3* updates binnen" in everything(harness.home("coco"))
    now = datetime(2026, 5, 4, 10, tzinfo=UTC)
    with session_scope(harness.engine) as session:
        round_ = session.exec(select(Round)).one()
        programme = current_programme(session=session, workspace_id="")
        counts = round_counts(session=session, programme=programme, round_=round_)
        assert (counts.received, counts.expected) == (2, 3)
        progress = round_progress(
            session=session, round_=round_, now=now, tz=ZoneInfo("Europe/Amsterdam")
        )
        assert (progress.received, progress.expected) == (2, 3)
        assert [a.code for a in progress.missing] == ["1.2"]
        late = escalation_content(session=session, round_=round_)
        assert (late.received, late.expected) == (2, 3)
        digest = digest_content(
            session=session, settings=harness.bot.settings, week="2026-W19", since=None, now=now
        )
        assert digest is not None and digest.progress is not None
        assert digest.progress.startswith("2 van 3 updates binnen")
    asked = harness.reply("ronde sluit", as_="coco")  # one update missing: asks first
    assert "ontbreken nog 1 update: 1.2" in asked.text
    (closed,) = harness.action("round:close", str(round_.id), as_="coco")
    assert "2 van 3 updates binnen" in everything(closed)
