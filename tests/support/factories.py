"""Small builders for tests: a programme with themes, people and actions in a few lines.

    with session_scope(engine) as session:
        p = build_programme(session, [
            ("1", "Voorkomen dat mensen dakloos raken", [
                dict(code="1.1", title="Programma Armoede en schulden", owner="anna"),
            ]),
        ])

People are made on first mention by key: ``anna`` becomes Person(name="Anna", email=
"anna@example.nl", slack_id="U0ANNA"). ``coordinator="coco"`` marks that person coordinator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from storage.models import Action, ActionDeputy, Person, Programme, Round, Theme


@dataclass
class Built:
    programme: Programme
    themes: dict[str, Theme] = field(default_factory=dict)
    actions: dict[str, Action] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)


def slack_id_for(key: str) -> str:
    return "U0" + key.upper()[:9]


def person(
    session: Session, key: str, *, coordinator: bool = False, workspace_id: str = ""
) -> Person:
    found = session.exec(
        select(Person).where(
            Person.workspace_id == workspace_id, Person.slack_id == slack_id_for(key)
        )
    ).first()
    if found is None:
        found = Person(
            workspace_id=workspace_id,
            name=key.capitalize(),
            email=f"{key}@example.nl",
            slack_id=slack_id_for(key),
            is_coordinator=coordinator,
        )
        session.add(found)
        session.flush()
    elif coordinator and not found.is_coordinator:
        found.is_coordinator = True
        session.add(found)
    return found


def build_programme(
    session: Session,
    themes: list[tuple[str, str, list[dict[str, Any]]]],
    *,
    name: str = "Van opvang naar wonen",
    coordinators: tuple[str, ...] = ("coco",),
    workspace_id: str = "",
) -> Built:
    """Each action dict takes Action fields plus ``owner`` and ``deputies`` (person keys);
    the programme and its people belong to ``workspace_id``."""
    ws = workspace_id
    programme = Programme(name=name, workspace_id=ws)
    session.add(programme)
    session.flush()
    built = Built(programme=programme)
    for key in coordinators:
        built.people[key] = person(session, key, coordinator=True, workspace_id=ws)
    position = 0
    for t_index, (number, title, action_specs) in enumerate(themes):
        theme = Theme(programme_id=programme.id, number=number, title=title, position=t_index)
        session.add(theme)
        session.flush()
        built.themes[number] = theme
        for spec in action_specs:
            spec = dict(spec)
            owner_key = spec.pop("owner", None)
            deputy_keys = spec.pop("deputies", [])
            owner = person(session, owner_key, workspace_id=ws) if owner_key else None
            if owner_key:
                built.people[owner_key] = owner  # type: ignore[assignment]
            spec.setdefault("title", f"Actie {spec['code']}")
            action = Action(
                programme_id=programme.id,
                theme_id=theme.id,
                owner_id=owner.id if owner else None,
                position=position,
                **spec,
            )
            position += 1
            session.add(action)
            session.flush()
            for d_key in deputy_keys:
                deputy = person(session, d_key, workspace_id=ws)
                built.people[d_key] = deputy
                session.add(ActionDeputy(action_id=action.id, person_id=deputy.id))
            built.actions[action.code] = action
    session.flush()
    return built


def small_programme(session: Session) -> Built:
    """Four actions over two actielijnen, owners anna and bert, deputy dirk, coordinator coco."""
    return build_programme(
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
                        status="on_track",
                        status_text="Pilot Vroeg eropaf loopt in Dordt West.",
                    ),
                    dict(code="1.2", title="Convenant preventie huisuitzettingen", owner="bert"),
                ],
            ),
            (
                "2",
                "Werken aan perspectief",
                [
                    dict(
                        code="2.4",
                        title="Uitbreiding aanbod tussen-/vervolgvoorzieningen",
                        owner="anna",
                        deputies=["dirk"],
                        target_text="24 woonplekken",
                        target_min=24,
                        target_max=24,
                        target_unit="woonplekken",
                        planning={"2026-H2": "preparation", "2027-H1": "realisation"},
                        deadline="2027-H1",
                    ),
                    dict(code="2.5", title="Gebruikersruimte", status="done"),
                ],
            ),
        ],
    )


def owners_with_round(engine: Engine, owners: int, *, name: str) -> list[str]:
    """A fan-out: ``owners`` people (Slack ids ``U0000000``...), one open action each, and an
    open 2027-H1 round with deadline 18 May 2027. Returns the owners' Slack ids. Bulk inserts,
    so a benchmark can seed a thousand owners in a moment."""
    ids = [f"U{i:07d}" for i in range(owners)]
    with Session(engine) as session:
        programme = Programme(name=name)
        session.add(programme)
        session.flush()
        theme = Theme(programme_id=programme.id, number="1", title="Alles")
        session.add(theme)
        session.flush()
        people = [
            Person(name=f"Eigenaar {i}", email=f"o{i}@example.nl", slack_id=slack_id)
            for i, slack_id in enumerate(ids)
        ]
        session.add_all(people)
        session.flush()
        session.add_all(
            Action(
                programme_id=programme.id,
                theme_id=theme.id,
                code=f"1.{i + 1}",
                title=f"Actie {i + 1}",
                status_text="Loopt volgens plan.",
                owner_id=person.id,
                position=i,
            )
            for i, person in enumerate(people)
        )
        session.add(
            Round(
                programme_id=programme.id,
                half_year="2027-H1",
                deadline=date(2027, 5, 18),
                opened_at=datetime(2027, 4, 1, tzinfo=UTC),
            )
        )
        session.commit()
    return ids
