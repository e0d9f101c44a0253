"""The whole programme loaded with a few queries, and its JSON form
(docs/specification.md section 5)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from storage.models import (
    Action,
    Indicator,
    Measurement,
    Person,
    Programme,
    ProgrammeCoordinator,
    Theme,
)
from workflows.programme.columns import ACTION_COLUMNS, plain
from workflows.programme.queries import current_programme
from workflows.programme.queries import people as workspace_people


@dataclass
class Snapshot:
    programme: Programme
    themes: list[Theme]
    actions: list[Action]
    people: dict[int, Person]
    indicators: list[Indicator]
    measurements: dict[int, list[Measurement]]
    # ids of the people who coordinate this programme (the Personen sheet's Coördinator)
    coordinators: set[int] = field(default_factory=set)
    theme_by_id: dict[int | None, Theme] = field(init=False)

    def __post_init__(self) -> None:
        self.theme_by_id = {t.id: t for t in self.themes}

    def theme(self, action: Action) -> Theme:
        return self.theme_by_id[action.theme_id]


def load_snapshot(
    *, session: Session, workspace_id: str, programme_id: int | None = None
) -> Snapshot:
    """Programme, themes, actions, the workspace's people, indicators and measurements, and who
    coordinates: seven queries in all."""
    programme = current_programme(
        session=session, workspace_id=workspace_id, programme_id=programme_id
    )
    themes = session.exec(
        select(Theme)
        .where(Theme.programme_id == programme.id)
        .order_by(col(Theme.position), col(Theme.id))
    ).all()
    actions = session.exec(
        select(Action)
        .where(Action.programme_id == programme.id)
        .order_by(col(Action.position), col(Action.id))
    ).all()
    people = {p.id: p for p in workspace_people(session=session, workspace_id=workspace_id)}
    indicators = session.exec(
        select(Indicator)
        .where(Indicator.programme_id == programme.id)
        .order_by(col(Indicator.position), col(Indicator.id))
    ).all()
    measurements: dict[int, list[Measurement]] = {}
    ids = [i.id for i in indicators]
    if ids:
        stmt = (
            select(Measurement)
            .where(col(Measurement.indicator_id).in_(ids))
            .order_by(col(Measurement.date))
        )
        for m in session.exec(stmt).all():
            measurements.setdefault(m.indicator_id, []).append(m)
    rows: dict[int, set[int]] = {}
    for person_id, programme_of in session.exec(
        select(ProgrammeCoordinator.person_id, ProgrammeCoordinator.programme_id)
    ).all():
        rows.setdefault(person_id, set()).add(programme_of)
    coordinators = {
        pid
        for pid, p in people.items()
        if pid is not None and p.is_coordinator and programme.id in rows.get(pid, {programme.id})
    }
    return Snapshot(
        programme=programme,
        themes=list(themes),
        actions=list(actions),
        people={k: v for k, v in people.items() if k is not None},
        indicators=list(indicators),
        measurements=measurements,
        coordinators=coordinators,
    )


def _target(action: Action) -> dict[str, Any] | None:
    if not action.target_text and action.target_min is None:
        return None
    return {
        "text": action.target_text or "",
        "min": plain(action.target_min),
        "max": plain(action.target_max),
        "unit": action.target_unit,
        "per_year": bool(action.target_per_year),
        "qualifier": action.target_qualifier,  # circa / minimaal / maximaal, or None
    }


def _owner(snapshot: Snapshot, action: Action) -> dict[str, Any] | None:
    person = snapshot.people.get(action.owner_id) if action.owner_id is not None else None
    if person is None:
        return None
    return {"name": person.name, "email": person.email, "slack_id": person.slack_id}


def _money(key: str, total: float | None, years: dict[str, float] | None) -> dict[str, Any]:
    if total is None:
        return {}
    return {key: {"total": total, "per_year": dict(sorted((years or {}).items()))}}


def _action(snapshot: Snapshot, a: Action) -> dict[str, Any]:
    """One action's object: its columns' keys in column order, the steps after the description."""
    special: dict[str, dict[str, Any]] = {
        "code": {"code": a.code},
        "theme": {"theme": snapshot.theme(a).number},
        "title": {"title": a.title},
        "owner": {"owner": _owner(snapshot, a)},
        "planning": {"planning": dict(sorted(a.planning.items()))},
        "target": {"target": _target(a)},
        # "doorlopend": the action runs on instead of ending by a deadline
        "deadline": {"deadline": a.deadline, "continuous": bool(a.continuous)},
        # EUR, with the per-year detail where the sheet gave it; only for actions with money.
        "budget": _money("budget", a.budget, a.budget_years),
        "spent": _money("spent", a.spent, a.spent_years),
        "status": {"status": a.status},
        "status_text": {"status_text": a.status_text},
    }
    result: dict[str, Any] = {}
    for column in ACTION_COLUMNS:
        if column.field is not None:
            result[column.json_key] = column.field.json(getattr(a, column.key))
        else:
            result.update(special[column.key])
        if column.key == "description":
            result["steps"] = list(a.steps)
    return result


def programme_json(snapshot: Snapshot) -> dict[str, Any]:
    """Exactly the schema of docs/specification.md section 5."""
    return {
        "programme": {"name": snapshot.programme.name},
        "themes": [{"number": t.number, "title": t.title} for t in snapshot.themes],
        "actions": [_action(snapshot, a) for a in snapshot.actions],
        "indicators": [
            {
                "name": i.name,
                "unit": i.unit,
                "baseline": plain(i.baseline),
                "baseline_year": i.baseline_year,
                "target_min": plain(i.target_min),
                "target_max": plain(i.target_max),
                "target_year": i.target_year,
                # the first target where it was revised ("750-900, was 1000-1500"), else null
                "original_target_min": plain(i.original_target_min),
                "original_target_max": plain(i.original_target_max),
                "measurements": [
                    {"value": plain(m.value), "date": m.date.isoformat()}
                    for m in snapshot.measurements.get(i.id or 0, [])
                ],
            }
            for i in snapshot.indicators
        ],
    }
