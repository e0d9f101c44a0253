"""Importing a programme as the team keeps it, re-importing a revision, and round trips."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import col, func, select

from storage.db import get_engine, session_scope
from storage.migrate import upgrade
from storage.models import Action, ActionChange, Person, Programme, StatusUpdate
from tests.support.import_files import HEADERS, INDICATOR_ROWS, ROWS, write_csv, write_xlsx
from workflows.errors import ImportFailed
from workflows.exporting import export_file
from workflows.exporting.snapshot import load_snapshot, programme_json
from workflows.importing import format_summary, import_file
from workflows.programme.callers import coordinator_slack_ids
from workflows.settings import Settings

T1 = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
T2 = datetime(2026, 7, 10, 9, 0, tzinfo=UTC)


def _json(engine: Engine) -> dict:  # type: ignore[type-arg]
    with session_scope(engine) as session:
        return programme_json(load_snapshot(session=session, workspace_id=""))


def test_team_csv_in_windows_1252_imports_exactly(engine: Engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "van_opvang.csv", ROWS, encoding="cp1252")
    result = import_file(engine, path, now=T1)
    assert result.added == ["1.1", "1.2", "2.4", "2.5"]
    assert [str(w) for w in result.warnings] == [
        "van_opvang.csv, rij 3, kolom 'Regiehouder': Actie 1.2 heeft geen regiehouder; "
        "niemand krijgt herinneringen."
    ]
    data = _json(engine)
    assert data["programme"] == {"name": "Van opvang"}
    assert data["themes"] == [
        {"number": "1", "title": "Voorkomen dat mensen dakloos raken"},
        {"number": "2", "title": "Werken aan perspectief"},
    ]
    first, second, third, fourth = data["actions"]
    assert first == {
        "code": "1.1",
        "theme": "1",
        "title": "Programma Armoede en schulden",
        "description": (
            "Schulden vroeg signaleren.\n- Pilot Vroeg eropaf\n• opschalen naar de regio"
        ),
        "steps": ["Pilot Vroeg eropaf", "opschalen naar de regio"],
        "owner": {"name": "Anna Jansen", "email": "anna@voorbeeld.nl", "slack_id": None},
        "partners": ["SDD", "GGD", "Avres"],
        "planning": {"2026-H1": "preparation", "2026-H2": "realisation", "2027-H1": "realisation"},
        "target": {
            "text": "jaarlijks 25 woningen",
            "min": 25,
            "max": 25,
            "unit": "woningen",
            "per_year": True,
            "qualifier": None,
        },
        "deadline": "2027-H2",
        "continuous": False,
        "status": "on_track",
        "status_text": "Pilot loopt in Dordt West.\nVervolg: opschalen.",
    }
    assert (second["theme"], second["owner"], second["deadline"]) == ("1", None, "2027-H1")
    assert (second["target"]["min"], second["target"]["max"]) == (6, 12)
    assert (second["status"], second["status_text"]) == ("not_started", "")
    assert third["description"] == "Cliënten met begeleiding op maat"
    assert fourth["owner"] == {"name": None, "email": None, "slack_id": "U0BERT1234"}
    assert fourth["target"] == {
        "text": "ntb", "min": None, "max": None, "unit": None, "per_year": False,
        "qualifier": None,
    }  # fmt: skip
    with session_scope(engine) as session:
        sources = session.exec(select(StatusUpdate.source)).all()
    assert sources == ["import"] * 3  # 1.1, 2.4, 2.5 have a status or stand van zaken


def test_reimport_updates_adds_and_cancels_keeping_history(engine: Engine, tmp_path: Path) -> None:
    import_file(engine, write_csv(tmp_path / "v1.csv", ROWS), now=T1, name="Opvang")
    revised = [list(r) for r in ROWS if r[0] != "2.4"]  # 2.4 dropped
    revised[0][6:9] = ["", "V", "R"]  # 1.1 planning moves half a year
    revised[0][11:13] = ["vertraagd", "Pilot loopt vertraging op."]
    revised[1][4] = "Dirk <dirk@voorbeeld.nl>"  # 1.2 gets an owner
    revised.append(["3.1", "3. Voorkomen terugval", "Waakvlamfunctie"] + [""] * 10)
    result = import_file(engine, write_csv(tmp_path / "v2.csv", revised), now=T2)
    assert (result.added, result.changed, result.cancelled) == (["3.1"], ["1.1", "1.2"], ["2.4"])
    assert result.unchanged == 1
    summary = format_summary(result)
    assert "Toegevoegd (1): 3.1" in summary and "Vervallen" in summary and "2.4" in summary

    data = _json(engine)
    assert data["programme"]["name"] == "Opvang"  # the existing name is kept
    by_code = {a["code"]: a for a in data["actions"]}
    assert by_code["2.4"]["status"] == "cancelled"  # never deleted
    assert by_code["2.4"]["status_text"] == "Locatieonderzoek loopt."
    assert by_code["1.1"]["status"] == "delayed"
    assert by_code["1.1"]["planning"] == {"2026-H2": "preparation", "2027-H1": "realisation"}
    with session_scope(engine) as session:
        ids = {a.code: a.id for a in session.exec(select(Action))}
        changes = {
            (c.action_id, c.field): c
            for c in session.exec(select(ActionChange).where(ActionChange.at == T2))
        }
        history = session.exec(
            select(StatusUpdate).where(StatusUpdate.action_id == ids["2.4"])
        ).all()
    assert changes[(ids["1.1"], "planning")].new == {
        "2026-H2": "preparation",
        "2027-H1": "realisation",
    }
    assert (ids["1.1"], "deadline") not in changes  # given as a date, unchanged
    assert changes[(ids["1.2"], "owner")].new == "Dirk <dirk@voorbeeld.nl>"
    assert (ids["2.4"], "cancelled") in changes and (ids["3.1"], "created") in changes
    assert [(u.status, u.source) for u in history] == [
        ("attention", "import"),
        ("cancelled", "import"),
    ]

    again = import_file(engine, write_csv(tmp_path / "v2.csv", revised), now=T2)
    assert (again.added, again.changed, again.cancelled) == ([], [], [])
    with session_scope(engine) as session:
        assert session.exec(select(func.count(col(StatusUpdate.id)))).one() == 5

    t3 = datetime(2027, 1, 10, 9, 0, tzinfo=UTC)
    back = import_file(engine, write_csv(tmp_path / "v1.csv", ROWS), now=t3)
    assert "2.4" in back.changed and back.cancelled == ["3.1"]
    with session_scope(engine) as session:
        action = session.exec(select(Action).where(Action.code == "2.4")).one()
        fields = session.exec(
            select(ActionChange.field).where(
                ActionChange.action_id == action.id, ActionChange.at == t3
            )
        ).all()
    assert (action.status, fields) == ("attention", ["reinstated"])


def test_xlsx_and_csv_exports_import_to_the_same_programme(engine: Engine, tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "bron.xlsx", ROWS, indicators=INDICATOR_ROWS)
    import_file(engine, source, now=T1, name="Van opvang naar wonen")
    original = _json(engine)
    assert original["indicators"][0]["measurements"] == [
        {"value": 700, "date": "2024-12-31"},
        {"value": 820, "date": "2026-06-30"},
    ]
    assert original["indicators"][1]["target_min"] == 150
    for suffix in ("xlsx", "csv"):
        exported = tmp_path / f"export.{suffix}"
        export_file(engine, exported)
        fresh = get_engine(f"sqlite:///{tmp_path / suffix}.db")
        upgrade(fresh)
        # the name travels too: the workbook's title property, the CSV's "Programma:" row
        import_file(fresh, exported, now=T2)
        assert _json(fresh) == original, suffix
        assert _json(fresh)["programme"] == {"name": "Van opvang naar wonen"}


def test_json_export_is_the_documented_schema(sqlite_engine: Engine, tmp_path: Path) -> None:
    import_file(sqlite_engine, write_csv(tmp_path / "p.csv", ROWS[:1]), now=T1)
    target = tmp_path / "p.json"
    export_file(sqlite_engine, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert set(data) == {"programme", "themes", "actions", "indicators"}
    assert set(data["actions"][0]) == {
        "code", "theme", "title", "description", "steps", "owner", "partners", "planning",
        "target", "deadline", "continuous", "status", "status_text",
    }  # fmt: skip
    assert data["actions"][0]["target"]["min"] == 25 and isinstance(
        data["actions"][0]["target"]["min"], int
    )
    assert data["indicators"] == []


def test_an_import_during_an_open_round_counts_for_no_round(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    from datetime import date

    from storage.models import Programme, Round

    import_file(sqlite_engine, write_csv(tmp_path / "p.csv", ROWS), now=T1)
    with session_scope(sqlite_engine) as session:
        programme = session.exec(select(Programme)).one()
        session.add(
            Round(programme_id=programme.id, half_year="2026-H2", deadline=date(2026, 11, 19))
        )
    revised = [list(r) for r in ROWS]
    revised[0][HEADERS.index("Status")] = "vertraagd"
    import_file(sqlite_engine, write_csv(tmp_path / "p.csv", revised), now=T2)
    with session_scope(sqlite_engine) as session:
        latest = session.exec(select(StatusUpdate).where(StatusUpdate.created_at == T2)).one()
    # the import's stand van zaken is a baseline, not an owner's update for the round
    assert (latest.status, latest.round_id, latest.source, latest.text) == (
        "delayed",
        None,
        "import",
        "Pilot loopt in Dordt West.\nVervolg: opschalen.",
    )


def test_conflict_found_while_applying_rolls_back_everything(
    engine: Engine, tmp_path: Path
) -> None:
    import_file(engine, write_csv(tmp_path / "p.csv", ROWS), now=T1)
    before = _json(engine)
    revised = [list(r) for r in ROWS] + [["9.1", "9. Nieuw", "Nieuwe actie"] + [""] * 10]
    write_csv(tmp_path / "p2.csv", revised)
    # U0BERT1234 is already the person without e-mail who owns 2.5; another e-mail may not take it
    people = [
        ["Nieuw", "nieuw@voorbeeld.nl", "U0NIEUW123"],
        ["Anna", "anna@voorbeeld.nl", "U0BERT1234"],
    ]
    write_csv(tmp_path / "p2-personen.csv", people, ["Naam", "E-mail", "Slack-id"])
    with pytest.raises(ImportFailed) as failed:
        import_file(engine, tmp_path / "p2.csv", now=T2)
    assert "rij 3, kolom 'Slack-id'" in str(failed.value)
    assert _json(engine) == before
    with session_scope(engine) as session:
        emails = session.exec(select(Person.email)).all()
    assert "nieuw@voorbeeld.nl" not in emails


def test_a_concurrent_write_is_a_dutch_conflict_and_nothing_changes(
    sqlite_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import IntegrityError

    from workflows.errors import Conflict
    from workflows.importing import apply_actions

    import_file(sqlite_engine, write_csv(tmp_path / "p.csv", ROWS[:2]), now=T1)
    before = _json(sqlite_engine)

    def collide(**_: object) -> None:  # as if another writer added the same action meanwhile
        raise IntegrityError("INSERT INTO action", {}, Exception("UNIQUE constraint failed"))

    monkeypatch.setattr(apply_actions, "record_updates", collide)
    with pytest.raises(Conflict, match="p.csv is niet geïmporteerd; er is niets gewijzigd"):
        import_file(sqlite_engine, write_csv(tmp_path / "p.csv", ROWS), now=T2)
    assert _json(sqlite_engine) == before


def test_personen_sheet_marks_coordinators_both_ways(engine: Engine, tmp_path: Path) -> None:
    write_csv(tmp_path / "p.csv", ROWS)
    people = [
        ["Anna Jansen", "anna@voorbeeld.nl", "U0ANNA1234", "nee"],
        ["Coco de Coördinator", "coco@voorbeeld.nl", "U0COCO1234", "ja"],
        ["Bert", "bert@voorbeeld.nl", "", ""],
    ]
    write_csv(tmp_path / "p-personen.csv", people, ["Naam", "E-mail", "Slack-id", "Coördinator"])
    import_file(engine, tmp_path / "p.csv", now=T1)
    with session_scope(engine) as session:
        marked = session.exec(select(Person.email).where(col(Person.is_coordinator))).all()
    assert marked == ["coco@voorbeeld.nl"]
    export_file(engine, tmp_path / "uit.csv")
    exported = (tmp_path / "uit-personen.csv").read_text(encoding="utf-8-sig")
    assert exported.splitlines()[0].endswith("Coördinator")
    assert "coco@voorbeeld.nl;U0COCO1234;ja" in exported
    assert "anna@voorbeeld.nl;U0ANNA1234;nee" in exported


def test_personen_sheet_bad_coordinator_value_changes_nothing(
    engine: Engine, tmp_path: Path
) -> None:
    import_file(engine, write_csv(tmp_path / "p.csv", ROWS), now=T1)
    before = _json(engine)
    people = [["Coco", "coco@voorbeeld.nl", "U0COCO1234", "misschien"]]
    write_csv(tmp_path / "p-personen.csv", people, ["Naam", "E-mail", "Slack-id", "Coördinator"])
    with pytest.raises(ImportFailed) as failed:
        import_file(engine, tmp_path / "p.csv", now=T2)
    assert "'misschien' is geen ja of nee" in str(failed.value)
    assert "kolom 'Coördinator'" in str(failed.value)
    assert _json(engine) == before
    with session_scope(engine) as session:
        assert not session.exec(select(Person).where(col(Person.is_coordinator))).all()


def test_imported_actions_take_their_ids_from_the_table_and_leave_it_consistent(
    engine: Engine, tmp_path: Path
) -> None:
    """On PostgreSQL new actions get ids reserved from the sequence in one query (so they are
    inserted as one batch); an action added afterwards, by the ORM or a re-import, fits in."""
    import_file(engine, write_csv(tmp_path / "v1.csv", ROWS), now=T1, name="Opvang")
    with session_scope(engine) as session:
        first = session.exec(select(Action).order_by(col(Action.position))).all()
        assert [a.code for a in first] == ["1.1", "1.2", "2.4", "2.5"]
        extra = Action(programme_id=first[0].programme_id, theme_id=first[0].theme_id,
                       code="9.9", title="Met de hand")  # fmt: skip
        session.add(extra)
    revised = [*ROWS, ["3.1", "3. Voorkomen terugval", "Waakvlamfunctie"] + [""] * 10]
    result = import_file(engine, write_csv(tmp_path / "v2.csv", revised), now=T2)
    assert result.added == ["3.1"] and result.cancelled == ["9.9"]
    with session_scope(engine) as session:
        ids = session.exec(select(Action.id)).all()
        assert len(set(ids)) == 6
    # the file's order is the programme's order: a reordered file moves the actions
    reordered = [revised[4], *revised[:4]]
    result = import_file(engine, write_csv(tmp_path / "v3.csv", reordered), now=T2)
    assert result.changed == [] and result.added == []
    order = [a["code"] for a in _json(engine)["actions"] if a["code"] != "9.9"]  # vervallen
    assert order == ["3.1", "1.1", "1.2", "2.4", "2.5"]


def test_personen_coordinators_coordinate_the_imported_programme_only(
    engine: Engine, tmp_path: Path
) -> None:
    """Issue 8: a Personen sheet's "ja" makes someone coordinator of that file's programme,
    not of every programme; "nee" takes only that programme away."""
    header = ["Naam", "E-mail", "Slack-id", "Coördinator"]
    write_csv(tmp_path / "a.csv", ROWS)
    write_csv(tmp_path / "a-personen.csv", [["Coco", "coco@voorbeeld.nl", "U0COCO1234", "ja"]],
              header)  # fmt: skip
    write_csv(tmp_path / "b.csv", ROWS)
    write_csv(tmp_path / "b-personen.csv", [["Carla", "carla@voorbeeld.nl", "U0CARLA123", "ja"]],
              header)  # fmt: skip
    import_file(engine, tmp_path / "a.csv", now=T1, slug="a")
    import_file(engine, tmp_path / "b.csv", now=T1, slug="b")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]

    def roles() -> dict[str, list[str]]:
        with session_scope(engine) as session:
            programmes = session.exec(select(Programme).order_by(col(Programme.slug))).all()
            return {
                p.slug: coordinator_slack_ids(
                    session=session, settings=settings, workspace_id="", programme_id=p.id
                )  # fmt: skip
                for p in programmes
            }

    assert roles() == {"a": ["U0COCO1234"], "b": ["U0CARLA123"]}
    # the export of "a" says Coco is its coordinator and Carla is not
    export_file(engine, tmp_path / "uit.csv", programme_id=_programme_id(engine, "a"))
    exported = (tmp_path / "uit-personen.csv").read_text(encoding="utf-8-sig")
    assert "coco@voorbeeld.nl;U0COCO1234;ja" in exported
    assert "carla@voorbeeld.nl;U0CARLA123;nee" in exported
    # Carla also becomes coordinator of "a"; then "b"'s file says "nee": she keeps "a"
    write_csv(tmp_path / "a-personen.csv", [["Carla", "carla@voorbeeld.nl", "U0CARLA123", "ja"]],
              header)  # fmt: skip
    import_file(engine, tmp_path / "a.csv", now=T2, slug="a")
    write_csv(tmp_path / "b-personen.csv", [["Carla", "carla@voorbeeld.nl", "U0CARLA123", "nee"]],
              header)  # fmt: skip
    import_file(engine, tmp_path / "b.csv", now=T2, slug="b")
    assert roles() == {"a": ["U0COCO1234", "U0CARLA123"], "b": []}
    # someone who coordinated every programme and is "nee" in one keeps the others
    with session_scope(engine) as session:
        session.add(Person(name="Gerda", email="gerda@voorbeeld.nl", slack_id="U0GERDA123",
                           is_coordinator=True))  # fmt: skip
    assert roles() == {"a": ["U0COCO1234", "U0CARLA123", "U0GERDA123"], "b": ["U0GERDA123"]}
    write_csv(tmp_path / "b-personen.csv", [["Gerda", "gerda@voorbeeld.nl", "U0GERDA123", "nee"]],
              header)  # fmt: skip
    import_file(engine, tmp_path / "b.csv", now=T2, slug="b")
    assert roles() == {"a": ["U0COCO1234", "U0CARLA123", "U0GERDA123"], "b": []}


def _programme_id(engine: Engine, slug: str) -> int:
    with session_scope(engine) as session:
        found = session.exec(select(Programme).where(Programme.slug == slug)).one()
        assert found.id is not None
        return found.id
