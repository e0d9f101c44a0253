"""What coordinators' own files hold (shapes typed from the seed programmes): the grouped
planning header of the bot's own report, title rows, Trekker/Plaatsvervanger columns, teams,
"doorlopend", quarters and months, qualified targets, the Dijk en Waard indicator table, and
the import's stand van zaken as a baseline rather than an update. SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy.engine import Engine
from sqlmodel import select

from storage.db import session_scope
from storage.models import Action, ActionDeputy, Indicator, Person, Programme, StatusUpdate
from workflows.dates.halfyear import HalfYear
from workflows.errors import ImportFailed
from workflows.importing import import_file
from workflows.programme.targets import parse_target
from workflows.report.build import build_report
from workflows.report.style import status_label, update_note

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
LATER = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def _actions(engine: Engine) -> dict[str, Action]:
    with session_scope(engine) as session:
        found = {a.code: a for a in session.exec(select(Action))}
        session.expunge_all()
        return found


def _person(engine: Engine, person_id: int | None) -> Person:
    with session_scope(engine) as session:
        person = session.get(Person, person_id)
        assert person is not None
        session.expunge(person)
        return person


# The Dordrecht table as the bot's own Word report draws it: "Planning" over years over halves.
GROUPED = [
    ["Uitvoeringsprogramma Van opvang naar wonen", "", "", "", "", "", "", "", ""],
    ["Nr", "Actielijn", "Actie", "Trekker", "Planning", "", "", "", "Stand van zaken"],
    ["", "", "", "", "2026", "", "2027", "", ""],
    ["", "", "", "", "1e", "2e", "1e", "2e", ""],
    ["1.1", "1. Voorkomen", "Armoede", "A. de Vries / B. Jansen", "V", "R", "R", "", "Loopt."],
    ["1.2", "1. Voorkomen", "Convenant", "team Wonen", "", "doorlopend", "D", "D", ""],
    ["2.1", "2. Perspectief", "Intake", "corporaties", "", "", "V", "R", ""],
]  # fmt: skip


def test_grouped_planning_header_title_row_and_trekker_in_csv(
    engine: Engine, tmp_path: Path
) -> None:
    result = import_file(engine, _csv(tmp_path / "dordrecht.csv", GROUPED), now=NOW)
    assert result.added == ["1.1", "1.2", "2.1"]
    actions = _actions(engine)
    assert actions["1.1"].planning == {
        "2026-H1": "preparation",
        "2026-H2": "realisation",
        "2027-H1": "realisation",
    }
    assert actions["1.2"].planning == {
        "2026-H2": "continuous",
        "2027-H1": "continuous",
        "2027-H2": "continuous",
    }
    with session_scope(engine) as session:
        assert session.exec(select(Programme)).one().name == (
            "Uitvoeringsprogramma Van opvang naar wonen"
        )
    # "A / B": owner A, deputy B, and a warning that says so
    owner = _person(engine, actions["1.1"].owner_id)
    assert (owner.name, owner.kind) == ("A. de Vries", "person")
    with session_scope(engine) as session:
        deputy_ids = [
            d.person_id
            for d in session.exec(
                select(ActionDeputy).where(ActionDeputy.action_id == actions["1.1"].id)
            )
        ]
    assert [_person(engine, i).name for i in deputy_ids] == ["B. Jansen"]
    warnings = [str(w) for w in result.warnings]
    assert any("rij 5, kolom 'Trekker'" in w and "B. Jansen" in w for w in warnings)
    # teams and organisations are teams, not people
    for code, name in (("1.2", "team Wonen"), ("2.1", "corporaties")):
        team = _person(engine, actions[code].owner_id)
        assert (team.name, team.kind) == (name, "team")


def test_grouped_planning_header_merged_in_xlsx(engine: Engine, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Acties"
    for row in GROUPED:
        sheet.append(row)
    sheet.merge_cells("A1:I1")
    sheet.merge_cells("E2:H2")  # Planning
    sheet.merge_cells("E3:F3")  # 2026
    sheet.merge_cells("G3:H3")  # 2027
    path = tmp_path / "dordrecht.xlsx"
    book.save(path)
    result = import_file(engine, path, now=NOW)
    assert result.added == ["1.1", "1.2", "2.1"]
    assert _actions(engine)["2.1"].planning == {"2027-H1": "preparation", "2027-H2": "realisation"}
    assert not any("verplicht maar leeg" in str(w) for w in result.warnings)


TARGETS = [
    ("6 à 12 plekken", 6, 12, "plekken", False, None),
    ("10+", 10, None, None, False, "minimaal"),
    ("50 per jaar (2026 en 2027)", 50, 50, None, True, None),
    ("circa 40", 40, 40, None, False, "circa"),
    ("ca. 40", 40, 40, None, False, "circa"),
    ("± 30", 30, 30, None, False, "circa"),
    ("minimaal 10 per jaar", 10, None, None, True, "minimaal"),
    ("max. 12", None, 12, None, False, "maximaal"),
    ("6 tot 12 woningen", 6, 12, "woningen", False, None),
    ("25 p/j", 25, 25, None, True, None),
]


@pytest.mark.parametrize(("text", "low", "high", "unit", "per_year", "qualifier"), TARGETS)
def test_targets_as_coordinators_write_them(
    text: str, low: float | None, high: float | None, unit: str | None, per_year: bool,
    qualifier: str | None,
) -> None:  # fmt: skip
    target = parse_target(text)
    assert target is not None
    assert (target.text, target.min, target.max, target.unit, target.per_year) == (
        text, low, high, unit, per_year,
    )  # fmt: skip
    assert target.qualifier == qualifier


def _plain(rows: list[list[str]], headers: list[str] | None = None) -> list[list[str]]:
    return [headers or ["Nr", "Actielijn", "Actie", "Regiehouder", "Doel", "Deadline"], *rows]


def test_targets_are_stored_and_one_without_a_number_is_a_warning(
    engine: Engine, tmp_path: Path
) -> None:
    rows = _plain(
        [
            ["1.1", "1. A", "Een", "Anna Jansen <anna@x.nl>", "circa 40 woningen", ""],
            ["1.2", "1. A", "Twee", "Anna Jansen <anna@x.nl>", "zoveel mogelijk", ""],
        ]
    )
    result = import_file(engine, _csv(tmp_path / "p.csv", rows), now=NOW)
    first = _actions(engine)["1.1"]
    assert (first.target_min, first.target_qualifier, first.target_text) == (
        40,
        "circa",
        "circa 40 woningen",
    )
    assert "p.csv, rij 3, kolom 'Doel': Doel zonder aantal: 'zoveel mogelijk' blijft tekst." in [
        str(w) for w in result.warnings
    ]


def test_doorlopend_deadline_and_quarters_months_and_ranges(engine: Engine, tmp_path: Path) -> None:
    headers = ["Nr", "Actielijn", "Actie", "Regiehouder", "Planning", "Deadline"]
    rows = _plain(
        [
            ["1.1", "1. A", "Een", "Anna Jansen <anna@x.nl>", "", "doorlopend"],
            ["1.2", "1. A", "Twee", "Anna Jansen <anna@x.nl>", "Q3 2026 realisatie", "Q3 2026"],
            ["1.3", "1. A", "Drie", "Anna <anna@x.nl>", "2026-2027 voorbereiding", "t/m 2027"],
            ["1.4", "1. A", "Vier", "Anna Jansen <anna@x.nl>", "doorlopend", "september 2026"],
        ],
        headers,
    )  # fmt: skip
    result = import_file(engine, _csv(tmp_path / "p.csv", rows), now=NOW)
    actions = _actions(engine)
    assert (actions["1.1"].continuous, actions["1.1"].deadline) == (True, None)
    assert actions["1.2"].planning == {"2026-H2": "realisation"}
    assert actions["1.2"].deadline == "2026-H2"
    assert list(actions["1.3"].planning) == ["2026-H1", "2026-H2", "2027-H1", "2027-H2"]
    assert actions["1.3"].deadline == "2027-H2"
    assert (actions["1.4"].continuous, actions["1.4"].deadline) == (True, "2026-H2")
    warnings = [str(w) for w in result.warnings]
    assert "p.csv, rij 3, kolom 'Deadline': 'Q3 2026' is afgerond op 2e helft 2026." in warnings
    assert any("rij 3, kolom 'Planning'" in w and "afgerond" in w for w in warnings)


def test_personen_contact_person_of_a_team(engine: Engine, tmp_path: Path) -> None:
    rows = _plain([["1.1", "1. A", "Een", "team Wonen", "", ""]])
    path = _csv(tmp_path / "p.csv", rows)
    _csv(
        tmp_path / "p-personen.csv",
        [
            ["Naam", "E-mail", "Slack-id", "Contactpersoon"],
            ["Anna Jansen", "anna@x.nl", "U0ANNA1234", ""],
            ["team Wonen", "", "", "anna@x.nl"],
        ],
    )
    import_file(engine, path, now=NOW)
    team = _person(engine, _actions(engine)["1.1"].owner_id)
    assert team.kind == "team"
    assert _person(engine, team.contact_id).slack_id == "U0ANNA1234"


DIJK_EN_WAARD = [
    ["Indicatoren", "Oorspronkelijke doelstellingen in 2030", "Bijgestelde doelstellingen in 2030"],
    ["Geclusterde woningen", "1000-1500", "750-900"],
    ["Zorggeschikte woningen", "150-200", "nvt"],
    ["Tussenvormen voor jongeren", "15", "nvt"],
]


def test_the_dijk_en_waard_indicator_table(engine: Engine, tmp_path: Path) -> None:
    path = _csv(tmp_path / "p.csv", _plain([["1.1", "1. A", "Een", "", "", ""]]))
    _csv(tmp_path / "p-indicatoren.csv", DIJK_EN_WAARD)
    result = import_file(engine, path, now=NOW)
    assert result.indicators == 3
    with session_scope(engine) as session:
        found = {
            i.name: (i.target_min, i.target_max, i.original_target_min, i.original_target_max,
                     i.target_year)
            for i in session.exec(select(Indicator))
        }  # fmt: skip
    assert found == {
        "Geclusterde woningen": (750, 900, 1000, 1500, 2030),
        "Zorggeschikte woningen": (150, 200, None, None, 2030),
        "Tussenvormen voor jongeren": (15, 15, None, None, 2030),
    }


def test_a_revised_target_keeps_the_original_and_nvt_keeps_the_target(
    engine: Engine, tmp_path: Path
) -> None:
    path = _csv(tmp_path / "p.csv", _plain([["1.1", "1. A", "Een", "", "", ""]]))
    sheet = tmp_path / "p-indicatoren.csv"
    headers = ["Indicator", "Doel", "Doeljaar", "Stand", "Peildatum"]
    _csv(sheet, [headers, ["Geclusterd", "750-900 (was 1000-1500)", "2030", "", ""],
                 ["Zorggeschikt", "150-200", "2030", "40", "31-12-2024"]])  # fmt: skip
    import_file(engine, path, now=NOW)
    _csv(sheet, [headers, ["Geclusterd", "", "", "", ""], ["Zorggeschikt", "nvt", "", "60",
                 "31-12-2025"]])  # fmt: skip
    import_file(engine, path, now=LATER)
    with session_scope(engine) as session:
        found = {
            i.name: (i.target_min, i.target_max, i.original_target_min, i.original_target_max)
            for i in session.exec(select(Indicator))
        }
    assert found["Geclusterd"][2:] == (1000, 1500)
    assert found["Zorggeschikt"] == (150, 200, None, None)  # "nvt": the target stays


def test_the_import_is_a_baseline_not_an_update(engine: Engine, tmp_path: Path) -> None:
    rows = _plain(
        [["1.1", "1. A", "Een", "Anna Jansen <anna@x.nl>", "", "2e helft 2026"]],
        ["Nr", "Actielijn", "Actie", "Regiehouder", "Status", "Stand van zaken"],
    )
    rows[1][4:] = ["op schema", "Loopt goed."]
    import_file(engine, _csv(tmp_path / "p.csv", rows), now=NOW)
    with session_scope(engine) as session:
        report = build_report(
            session=session, half_year=HalfYear(2026, 2), now=NOW, workspace_id=""
        )
        update = session.exec(select(StatusUpdate)).one()
        assert (update.source, update.round_id) == ("import", None)
    assert report.received == 0
    assert "0 updates" in report.summary_line
    row = report.actions[0]
    assert (row.status_known, row.text_is_baseline) == (False, True)
    assert status_label(row) == "onbekend (import: op schema)"
    assert update_note(row, HalfYear(2026, 2)) == (
        "Stand volgens import van 2 december 2026; nog geen update van de regiehouder."
    )


def test_bad_input_changes_nothing_and_names_file_row_and_column(
    engine: Engine, tmp_path: Path
) -> None:
    rows = _plain(
        [
            ["1.1", "1. A", "Een", "team Wonen", "circa 40", "Q5 2026"],
            ["1.2", "1. A", "Twee", "A. de Vries / <kapot@>", "", ""],
        ]
    )
    with pytest.raises(ImportFailed) as caught:
        import_file(engine, _csv(tmp_path / "p.csv", rows), now=NOW)
    text = str(caught.value)
    assert "p.csv, rij 2, kolom 'Deadline': 'Q5 2026'" in text
    assert "p.csv, rij 3, kolom 'Regiehouder'" in text
    with session_scope(engine) as session:
        assert session.exec(select(Action)).all() == []
        assert session.exec(select(Person)).all() == []


def test_a_team_owner_is_reminded_through_its_contact_or_reported() -> None:
    from zoneinfo import ZoneInfo

    from storage.models import Round
    from workflows.reminders.plan import plan_reminders
    from workflows.reminders.policy import ReminderPolicy
    from workflows.settings import Settings

    policy = ReminderPolicy.from_settings(Settings(_env_file=None))  # type: ignore[call-arg]
    anna = Person(id=1, name="Anna", slack_id="U0ANNA1234")
    team = Person(id=2, name="team Wonen", kind="team", contact_id=1)
    lonely = Person(id=3, name="corporaties", kind="team")
    actions = [
        Action(id=10, programme_id=1, theme_id=1, code="1.1", title="a", owner_id=2),
        Action(id=11, programme_id=1, theme_id=1, code="1.2", title="b", owner_id=3),
    ]
    round_ = Round(
        id=1, programme_id=1, half_year="2026-H2", deadline=date(2026, 11, 19),
        opened_at=datetime(2026, 10, 1, tzinfo=UTC),
    )  # fmt: skip
    plan = plan_reminders(
        round_, actions, [], policy, datetime(2026, 10, 29, 8, tzinfo=UTC),
        owners={1: anna, 2: team, 3: lonely}, tz=ZoneInfo("Europe/Amsterdam"),
    )  # fmt: skip
    assert [(n.person_id, n.action_ids) for n in plan.reminders] == [(1, (10,))]
    assert plan.unreachable is not None and plan.unreachable.action_ids == (11,)
