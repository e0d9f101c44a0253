"""The report model against a programme with a history over three half-years.

See tests/report_history.py for the story; every assertion below follows from it.
"""

from datetime import UTC, date, datetime

from sqlalchemy.engine import Engine

from storage.db import session_scope
from tests.support.report_history import NEW_PLANNING, OLD_PLANNING, build_history
from workflows.dates.halfyear import HalfYear
from workflows.programme.statuses import Status
from workflows.report.build import build_report
from workflows.report.model import Owner, Report

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


def _report(engine: Engine, half: str) -> Report:
    with session_scope(engine) as session:
        return build_report(
            session=session, half_year=HalfYear.parse(half), now=NOW, workspace_id=""
        )


def test_report_for_2026_h2_as_it_stood_at_its_end(engine: Engine) -> None:
    with session_scope(engine) as session:
        build_history(session)
    report = _report(engine, "2e helft 2026")
    rows = {a.code: a for a in report.actions}

    # 3.2 came after the half-year; 1.1's "done" of January 2027 is ignored.
    assert list(rows) == ["1.1", "1.2", "2.4", "2.5", "2.6", "3.1"]
    assert [t.number for t in report.themes] == ["1", "2", "3"]
    assert rows["1.1"].status is Status.DELAYED
    assert rows["1.1"].status_text == "Opschaling vertraagd: te weinig budget."
    assert rows["1.1"].updated and rows["1.1"].change.status_before is Status.ON_TRACK
    assert rows["1.1"].change.text_changed

    # 1.2 gave nothing this half-year: last text shown, dated, and listed as missing.
    assert not rows["1.2"].updated
    assert rows["1.2"].text_date == date(2026, 3, 1)
    assert rows["1.2"].status_text == "Evaluatie gestart onder leiding van GGD."
    assert not rows["1.2"].change.text_changed
    assert [(m.code, m.owner) for m in report.missing] == [
        ("1.2", Owner(name="Bert", email="bert@example.nl"))
    ]  # the owner then, though Anna has it since January 2027

    # 2.4: planning and deadline moved from 2027-H1 to 2027-H2; realised quantity reported.
    moves = {(m.kind, m.before, m.after) for m in rows["2.4"].change.moves}
    assert moves == {
        ("planning", HalfYear(2027, 1), HalfYear(2027, 2)),
        ("deadline", HalfYear(2027, 1), HalfYear(2027, 2)),
    }
    assert rows["2.4"].planning == NEW_PLANNING
    assert rows["2.4"].realised_quantity == 6
    assert rows["2.4"].target_text == "24 woonplekken"
    assert [a.code for a in report.moved_actions] == ["2.4"]

    # 2.5: no owner, no planning, closed: shown, never expected to update.
    assert rows["2.5"].owner is None and rows["2.5"].planning == {}
    assert rows["2.5"].status is Status.DONE and rows["2.5"].text_date is None

    assert [a.code for a in report.new_actions] == ["2.6"]
    assert [a.code for a in report.cancelled_actions] == ["3.1"]
    assert [a.code for a in report.status_changes] == ["1.1", "2.4"]
    assert not report.first_report
    assert report.round_deadline == date(2026, 11, 13)

    counts = report.counts()
    assert counts[Status.DELAYED] == 1 and counts[Status.CANCELLED] == 1
    assert report.summary_line == "6 acties, 3 updates ontvangen, 1 vertraagd"
    assert report.grid == tuple(HalfYear.span(HalfYear(2026, 1), HalfYear(2027, 2)))

    (indicator,) = report.indicators
    assert indicator.latest_value == 500 and indicator.latest_date == date(2026, 6, 30)
    assert round(indicator.progress or 0, 1) == 61.5


def test_an_earlier_half_year_is_reproduced_without_later_history(engine: Engine) -> None:
    with session_scope(engine) as session:
        build_history(session)
    report = _report(engine, "2026-H1")
    rows = {a.code: a for a in report.actions}
    assert list(rows) == ["1.1", "1.2", "2.4", "2.5", "3.1"]
    assert rows["1.1"].status is Status.ON_TRACK
    assert rows["1.1"].status_text == "Pilot uitgebreid naar heel Dordrecht."
    assert rows["2.4"].planning == OLD_PLANNING  # the move of September is rolled back
    assert rows["2.4"].deadline == HalfYear(2027, 1)
    assert rows["3.1"].status is Status.ON_TRACK
    # No round for 2026-H1: an update given within the half-year counts.
    assert {a.code for a in report.actions if a.updated} == {"1.1", "1.2", "3.1"}
    assert [m.code for m in report.missing] == ["2.4"]
    assert report.round_deadline is None
    assert report.indicators[0].latest_value == 500
    assert _report(engine, "2026-H1") == report  # compiled twice, the same


def test_first_and_empty_half_years(engine: Engine) -> None:
    with session_scope(engine) as session:
        build_history(session)
    first = _report(engine, "najaar 2025")
    assert first.first_report and not first.new_actions
    assert {a.code: a.status for a in first.actions}["1.1"] is Status.ON_TRACK
    empty = _report(engine, "2025-H1")
    assert empty.is_empty and empty.themes == () and empty.missing == ()
    assert empty.summary_line == "0 acties, 0 updates ontvangen, 0 vertraagd"


def test_timeline_reads_the_change_log_of_a_re_import() -> None:
    from storage.models import Action, ActionChange
    from workflows.report.timeline import ActionTimeline

    def when(month: int) -> datetime:
        return datetime(2026, month, 1, tzinfo=UTC)

    action = Action(
        id=1,
        programme_id=1,
        theme_id=1,
        code="4.1",
        title="Nieuw",
        status="cancelled",
        planning={"2027-H1": "realisation"},
        created_at=when(1),
    )
    changes = [  # a re-import in March moved the planning; one in May cancelled the action
        ActionChange(
            id=1,
            action_id=1,
            at=when(3),
            field="planning",
            old={"2026-H2": "realisation"},
            new={"2027-H1": "realisation"},
        ),
        ActionChange(id=2, action_id=1, at=when(5), field="cancelled", old="delayed", new=None),
    ]
    timeline = ActionTimeline(action, [], changes)
    assert timeline.state_at(when(2)).planning == {"2026-H2": "realisation"}
    assert timeline.state_at(when(2)).status is Status.DELAYED
    assert timeline.state_at(when(4)).planning == {"2027-H1": "realisation"}
    assert timeline.state_at(when(6)).status is Status.CANCELLED
