"""An update given after its round closed: one rule on every surface.

It counts for its half-year's round while that half-year runs (the report is compiled from the
data after the half-year), marked "na de deadline"; it is not listed as missing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.engine import Engine

from storage.db import session_scope
from storage.models import Round
from tests.support.botkit import everything, make_harness
from workflows.dates.halfyear import HalfYear
from workflows.report.build import build_report
from workflows.report.style import update_note

CLOSED = datetime(2026, 12, 1, 17, tzinfo=UTC)
LATE = datetime(2026, 12, 2, 10, tzinfo=UTC)


def test_a_late_update_counts_for_its_half_year_marked_late(engine: Engine) -> None:
    h = make_harness(engine, LATE)
    assert h.built is not None
    with session_scope(engine) as session:
        session.add(
            Round(
                programme_id=h.built.programme.id,
                half_year="2026-H2",
                deadline=date(2026, 11, 20),
                closed_at=CLOSED,
            )
        )
    assert "Dank je!" in h.reply("update 1.2 Convenant getekend op 1 december.", as_="bert").text
    shown = h.reply("ronde", as_="coco").text
    assert "1 van 3 updates binnen" in shown
    assert "(na de deadline)" in everything(h.reply("actie 1.2"))
    with session_scope(engine) as session:
        report = build_report(
            session=session, half_year=HalfYear(2026, 2), now=LATE, workspace_id=""
        )
    assert "1.2" not in [m.code for m in report.missing]
    [row] = [r for t in report.themes for r in t.actions if r.code == "1.2"]
    assert row.updated and row.late
    assert update_note(row, HalfYear(2026, 2)) == (
        "Update ontvangen na de deadline, op 2 december 2026."
    )
