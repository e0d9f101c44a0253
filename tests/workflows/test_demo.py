"""The demo programme: the shipped workbook, the loader and its history."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from storage.db import session_scope
from storage.models import Action, Person, Round, StatusUpdate
from workflows.demo import DEMO_PEOPLE, demo_workbook, load_demo
from workflows.exporting.snapshot import load_snapshot, programme_json
from workflows.programme.queries import current_programme, get_action
from workflows.updates.rounds import open_round, updated_action_ids

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def test_demo_loads_once_with_people_rounds_and_history(engine: Engine) -> None:
    assert load_demo(engine, now=NOW) is True
    assert load_demo(engine, now=NOW) is False  # a programme exists: left alone
    with session_scope(engine) as session:
        programme = current_programme(session=session, workspace_id="")
        assert programme.name == "Van opvang naar wonen"
        codes = [a.code for a in session.exec(select(Action).order_by(col(Action.position)))]
        assert codes[0] == "1.1" and codes[-1] == "4.3"
        assert {"2.4a", "2.4l"} <= set(codes) and len(codes) == 30
        people = {p.slack_id: p for p in session.exec(select(Person))}
        assert {d.slack_id for d in DEMO_PEOPLE} == set(people)
        coordinators = {p.slack_id for p in people.values() if p.is_coordinator}
        assert coordinators == {d.slack_id for d in DEMO_PEOPLE if d.is_coordinator}
        assert all(p.name.endswith("(demo)") for p in people.values())

        rounds = {r.half_year: r for r in session.exec(select(Round))}
        assert rounds["2026-H1"].closed_at is not None
        current = open_round(session=session, programme=programme)
        assert current is not None and current.half_year == "2026-H2"
        updated = updated_action_ids(session=session, round_=current)
        assert 0 < len(updated) < len(codes)  # some owners still missing

        latest = session.exec(select(StatusUpdate)).all()
        assert max(u.created_at for u in latest) <= NOW
        assert {u.source for u in latest} == {"import", "slack"}
        housing_first = get_action(session=session, programme=programme, code="2.4c")
        assert housing_first.target_per_year and housing_first.target_min == 25
        data = programme_json(load_snapshot(session=session, workspace_id=""))
    owners = {a["owner"]["slack_id"] for a in data["actions"] if a["owner"]}
    assert owners <= {d.slack_id for d in DEMO_PEOPLE}
    # Dordrecht's own goals (the programme's extra places), not another municipality's
    indicator = data["indicators"][0]
    assert indicator["name"] == "Kleinschalige tussenvoorzieningen"
    assert (indicator["target_min"], indicator["target_max"], indicator["target_year"]) == (
        24,
        24,
        2027,
    )
    assert indicator["measurements"] == [{"value": 8, "date": "2026-05-31"}]
    time_out = next(i for i in data["indicators"] if i["name"].startswith("Terugval"))
    assert (time_out["target_min"], time_out["target_max"]) == (6, 12)
    assert all(i["target_year"] == 2027 for i in data["indicators"])


def test_shipped_workbook_matches_the_build_script(tmp_path: Path) -> None:
    from scripts import build_demo_programme as build

    fresh = tmp_path / "demo.xlsx"
    build.main(fresh)

    def cells(path: Path) -> dict[str, list[tuple[object, ...]]]:
        book = load_workbook(path, read_only=True)
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}

    assert cells(demo_workbook()) == cells(fresh)


def test_demo_texts_fit_its_2026_2027_planning() -> None:
    """No "begin 2021 gereed" in a programme planned for 2026-2027; Dutch as it should be."""
    from scripts import build_demo_programme as build
    from workflows.demo.history import CURRENT_ROUND, PREVIOUS_ROUND

    updates = PREVIOUS_ROUND + CURRENT_ROUND
    texts = [str(v) for a in build.ACTIONS for v in a.values()] + [u.text for u in updates]
    years = {int(y) for t in texts for y in re.findall(r"\b(20\d\d)\b", t)}
    assert years and min(years) >= 2026, sorted(years)
    assert not any("regiogemeenten is gevraagd" in t for t in texts)
