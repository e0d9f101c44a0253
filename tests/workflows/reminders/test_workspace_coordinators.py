"""A coordinator notice (escalation, "niet mijn actie", an unreachable owner) reaches the
coordinators of its own workspace only: the names and actions it carries stay there."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.engine import Engine

from bot.views.reminders import SlackViews
from storage.db import session_scope
from storage.models import ProgrammeCoordinator, Round
from storage.types import NotificationKind
from tests.support.doubles import RecordingNotifier
from tests.support.factories import build_programme
from workflows.reminders.outbox import Outbox
from workflows.settings import Settings


def test_a_notice_goes_to_the_coordinators_of_its_workspace_only(
    engine: Engine, settings: Settings, now: datetime
) -> None:
    rounds: dict[str, int] = {}
    owners: dict[str, int] = {}
    with session_scope(engine) as session:
        for workspace, coordinator in (("T0AAAAAAA", "coco"), ("T0BBBBBBB", "eva")):
            built = build_programme(
                session,
                [("1", "Thema", [dict(code="1.1", owner="anna")])],
                coordinators=(coordinator,),
                workspace_id=workspace,
            )
            round_ = Round(
                programme_id=built.programme.id or 0,
                half_year="2026-H1",
                deadline=date(2026, 6, 15),
            )
            session.add(round_)
            session.flush()
            rounds[workspace], owners[workspace] = round_.id or 0, built.people["anna"].id or 0
    notifier = RecordingNotifier()
    outbox = Outbox(
        settings=settings, engine=engine, notifier=notifier, views=SlackViews(hour=9), now=now
    )

    assert outbox.coordinators(round_id=rounds["T0AAAAAAA"]) == ["U0COCO"]
    assert outbox.coordinators(round_id=None, person_id=owners["T0BBBBBBB"]) == ["U0EVA"]
    outbox.tell_coordinators(
        kind=NotificationKind.NOT_MINE,
        occasion="p1a1",
        fields={"name": "Anna", "code": "1.1", "title": "Actie 1.1"},
        round_id=rounds["T0BBBBBBB"],
        person_id=owners["T0BBBBBBB"],
    )
    assert [s.to for s in notifier.sent] == ["U0EVA"]


def test_an_escalation_goes_to_its_programmes_coordinators_within_its_workspace(
    engine: Engine, settings: Settings, now: datetime
) -> None:
    """Workspace A has two programmes (Coco coordinates one, Carla the other); workspace B's
    Eva coordinates every programme of B. A round of Carla's programme reaches Carla only."""
    rounds: dict[str, int] = {}
    with session_scope(engine) as session:
        for key, workspace, coordinator, name in (
            ("a1", "T0AAAAAAA", "coco", "Eerste"),
            ("a2", "T0AAAAAAA", "carla", "Tweede"),
            ("b", "T0BBBBBBB", "eva", "Derde"),
        ):
            built = build_programme(
                session,
                [("1", "Thema", [dict(code="1.1", owner=f"anna{key}")])],
                name=name,
                coordinators=(coordinator,),
                workspace_id=workspace,
            )
            programme_id, person_id = built.programme.id, built.people[coordinator].id
            assert programme_id is not None and person_id is not None
            if workspace == "T0AAAAAAA":
                session.add(ProgrammeCoordinator(programme_id=programme_id, person_id=person_id))
            round_ = Round(
                programme_id=programme_id, half_year="2026-H1", deadline=date(2026, 6, 15)
            )
            session.add(round_)
            session.flush()
            rounds[key] = round_.id or 0
    outbox = Outbox(
        settings=settings,
        engine=engine,
        notifier=RecordingNotifier(),
        views=SlackViews(hour=9),
        now=now,
    )
    assert outbox.coordinators(round_id=rounds["a1"]) == ["U0COCO"]
    assert outbox.coordinators(round_id=rounds["a2"]) == ["U0CARLA"]
    assert outbox.coordinators(round_id=rounds["b"]) == ["U0EVA"]
