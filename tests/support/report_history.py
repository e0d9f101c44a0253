"""A programme with a history over three half-years (2025-H2, 2026-H1, 2026-H2), for report tests.

2025-09-01  programme imported: 1.1, 1.2, 2.4, 2.5, 3.1
2025-H2     1.1 on_track "Pilot loopt"
2026-H1     1.1 "Pilot uitgebreid"; 1.2 on_track; 3.1 on_track; indicator measured 500
2026-08-01  2.6 added (new in 2026-H2)
2026-09-01  round 2026-H2 opened (deadline 13 Nov 2026)
2026-09-15  2.4 planning moved from 2027-H1 to 2027-H2 (and its deadline)
2026-09-20  3.1 cancelled by a re-import
2026-10     1.1 delayed; 2.4 attention, 6 realised; 2.6 on_track
2027-01-15  1.1 done (after 2026-H2: must not show in its report); 3.2 added 2027-02-01
1.2 (bert) gives no update in 2026-H2: missing. 2.5 has no owner, no planning, is done.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import Session

from storage.models import ActionChange, Indicator, Measurement, Round
from tests.support.factories import Built, build_programme
from workflows.programme.statuses import Status
from workflows.updates.history import record_update

IMPORTED = datetime(2025, 9, 1, 10, 0, tzinfo=UTC)
OLD_PLANNING = {"2026-H2": "preparation", "2027-H1": "realisation"}
NEW_PLANNING = {"2026-H2": "preparation", "2027-H1": "preparation", "2027-H2": "realisation"}


def at(year: int, month: int, day: int, hour: int = 10) -> datetime:
    return datetime(year, month, day, hour, 0, tzinfo=UTC)


def build_history(session: Session) -> Built:
    built = build_programme(
        session,
        [
            (
                "1",
                "Voorkomen dat mensen dakloos raken",
                [
                    dict(
                        code="1.1",
                        title="Programma Armoede en schulden",
                        owner="anna",
                        planning={"2026-H1": "preparation", "2026-H2": "realisation"},
                        created_at=IMPORTED,
                    ),
                    dict(
                        code="1.2",
                        title="Convenant preventie huisuitzettingen",
                        owner="bert",
                        planning={"2026-H1": "realisation"},
                        created_at=IMPORTED,
                    ),
                ],
            ),
            (
                "2",
                "Werken aan perspectief",
                [
                    dict(
                        code="2.4",
                        title="Uitbreiding tussenvoorzieningen",
                        owner="anna",
                        target_text="24 woonplekken",
                        target_min=24,
                        target_max=24,
                        target_unit="woonplekken",
                        planning=NEW_PLANNING,
                        deadline="2027-H2",
                        created_at=IMPORTED,
                    ),
                    dict(
                        code="2.5",
                        title="Gebruikersruimte",
                        status="done",
                        status_text="Gerealiseerd in 2024.",
                        created_at=IMPORTED,
                    ),
                    dict(
                        code="2.6",
                        title="Housing First uitbreiden",
                        owner="bert",
                        planning={"2026-H2": "realisation"},
                        created_at=at(2026, 8, 1),
                    ),
                ],
            ),
            (
                "3",
                "Voorkomen van terugval",
                [
                    dict(
                        code="3.1", title="Nazorg na uitstroom", owner="carla", created_at=IMPORTED
                    ),
                    dict(
                        code="3.2",
                        title="Ervaringsdeskundigen",
                        owner="carla",
                        created_at=at(2027, 2, 1),
                    ),
                ],
            ),
        ],
    )
    a, p = built.actions, built.people

    def update(code: str, when: datetime, status: Status | None, text: str | None, **kw):  # type: ignore[no-untyped-def]
        return record_update(
            session=session,
            action=a[code],
            author=p.get("anna"),
            now=when,
            status=status,
            text=text,
            source="slack",
            **kw,
        )

    update("1.1", at(2025, 10, 1), Status.ON_TRACK, "Pilot Vroeg eropaf loopt in Dordt West.")
    update("1.1", at(2026, 3, 1), Status.ON_TRACK, "Pilot uitgebreid naar heel Dordrecht.")
    update("1.2", at(2026, 3, 1), Status.ON_TRACK, "Evaluatie gestart onder leiding van GGD.")
    update("3.1", at(2026, 2, 1), Status.ON_TRACK, "Nazorg loopt.")
    session.add(
        Round(
            programme_id=built.programme.id,
            half_year="2026-H2",
            deadline=date(2026, 11, 13),
            opened_at=at(2026, 9, 1),
        )
    )
    session.flush()
    action = a["2.4"]
    session.add(
        ActionChange(
            action_id=action.id,
            at=at(2026, 9, 15),
            field="planning",
            old=OLD_PLANNING,
            new=NEW_PLANNING,
            source="slack",
        )
    )
    session.add(
        ActionChange(
            action_id=action.id,
            at=at(2026, 9, 15),
            field="deadline",
            old="2027-H1",
            new="2027-H2",
            source="slack",
        )
    )
    cancelled = a["3.1"]
    cancelled.status = Status.CANCELLED.value
    session.add(cancelled)
    session.add(
        ActionChange(
            action_id=cancelled.id,
            at=at(2026, 9, 20),
            field="status",
            old="on_track",
            new="cancelled",
            source="import",
        )
    )
    update("1.1", at(2026, 10, 1), Status.DELAYED, "Opschaling vertraagd: te weinig budget.")
    update(
        "2.4",
        at(2026, 10, 5),
        Status.ATTENTION,
        "Zes plekken klaar, locatie twee onzeker.",
        realised_quantity=6,
    )
    update("2.6", at(2026, 10, 2), Status.ON_TRACK, "Tien woningen toegezegd.")
    update("1.1", at(2027, 1, 15), Status.DONE, "Afgerond.")
    moved = a["1.2"]  # re-assigned after 2026-H2: its report still names Bert
    moved.owner_id = p["anna"].id
    session.add(moved)
    session.add(
        ActionChange(
            action_id=moved.id,
            at=at(2027, 1, 20),
            field="owner",
            old="Bert <bert@example.nl>",
            new="Anna",
            source="slack",
        )
    )

    indicator = Indicator(
        programme_id=built.programme.id,
        name="Geclusterde woningen",
        unit="woningen",
        baseline=100,
        baseline_year=2020,
        target_min=750,
        target_max=900,
        target_year=2025,
    )
    session.add(indicator)
    session.flush()
    for day, value in (
        (date(2025, 12, 31), 400),
        (date(2026, 6, 30), 500),
        (date(2027, 1, 31), 700),
    ):
        session.add(Measurement(indicator_id=indicator.id, value=value, date=day))
    session.flush()
    return built
