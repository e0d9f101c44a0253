"""An update belongs to its round's half-year (else to its date's): an update given in a
2027-H1 round opened ahead, while it is still 2026-H2, is no part of the 2026-H2 report."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.engine import Engine

from storage.db import session_scope
from storage.models import Round
from tests.support.factories import build_programme
from workflows.dates.halfyear import HalfYear
from workflows.programme.statuses import Status
from workflows.report.build import build_report
from workflows.updates.history import record_update

START = datetime(2026, 1, 5, 10, tzinfo=UTC)


def at(month: int, day: int, year: int = 2026) -> datetime:
    return datetime(year, month, day, 10, tzinfo=UTC)


def test_an_update_for_a_later_round_counts_in_that_half_year_only(engine: Engine) -> None:
    with session_scope(engine) as session:
        built = build_programme(
            session,
            [
                (
                    "1",
                    "Voorkomen",
                    [
                        dict(code="1.1", title="Armoede", owner="anna", created_at=START),
                        dict(code="1.2", title="Convenant", owner="bert", created_at=START),
                    ],
                )
            ],
        )
        a = built.actions
        for code, when, status, text in [
            ("1.1", at(10, 1), Status.ON_TRACK, "Loopt in oktober."),
            ("1.2", at(3, 1), Status.ON_TRACK, "Loopt in maart."),
        ]:
            record_update(
                session=session, action=a[code], author=None, now=when, status=status, text=text
            )
        session.add(
            Round(
                programme_id=built.programme.id,
                half_year="2027-H1",
                deadline=date(2027, 5, 19),
                opened_at=at(12, 1),
            )
        )
        session.flush()
        for code in ("1.1", "1.2"):
            record_update(
                session=session,
                action=a[code],
                author=None,
                now=at(12, 5),
                status=Status.DELAYED,
                text=f"{code} vooruit: vertraagd.",
            )
    now = at(2, 1, 2027)
    with session_scope(engine) as session:
        h2 = build_report(session=session, half_year=HalfYear(2026, 2), now=now, workspace_id="")
        h1 = build_report(session=session, half_year=HalfYear(2027, 1), now=now, workspace_id="")
    rows = {r.code: r for r in h2.actions}
    assert (rows["1.1"].status, rows["1.1"].status_text) == (Status.ON_TRACK, "Loopt in oktober.")
    assert rows["1.1"].updated
    assert (rows["1.2"].status, rows["1.2"].status_text) == (Status.ON_TRACK, "Loopt in maart.")
    assert not rows["1.2"].updated
    assert [m.code for m in h2.missing] == ["1.2"]
    assert (h2.received, h2.expected) == (1, 2)
    later = {r.code: r for r in h1.actions}
    assert later["1.2"].updated and later["1.2"].status is Status.DELAYED
    assert later["1.2"].change.status_before is Status.ON_TRACK  # as it stood for 2026-H2
    assert (h1.received, h1.expected, h1.missing) == (2, 2, ())
