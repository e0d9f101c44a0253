"""A dry run reports exactly what the import of the same file then does, and writes nothing.

The dry run computes the difference and stops before writing the actions (apply_actions), so
these tests compare its whole ImportResult, and the Dutch summary printed from it, with the
real import's: new and changed fields, new owners, deputies, conflicts with newer updates
given in the bot (kept, or overwritten), cancelled and reinstated actions, warnings, errors.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import col, func, select

from storage.db import session_scope
from storage.models import Action, ActionChange, ActionDeputy, Person, StatusUpdate
from tests.support.import_files import HEADERS, ROWS, write_csv
from workflows.errors import ImportFailed
from workflows.importing import ImportResult, format_summary, import_file
from workflows.programme.statuses import Status
from workflows.updates.history import record_update

T1 = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
T2 = datetime(2026, 2, 10, 9, 0, tzinfo=UTC)
T3 = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
T4 = datetime(2026, 4, 10, 9, 0, tzinfo=UTC)
WITH_DEPUTY = [*HEADERS, "Plaatsvervanger"]


def _rows(*deputies: str) -> list[list[str]]:
    return [[*row, deputy] for row, deputy in zip(ROWS, deputies, strict=True)]


def _state(engine: Engine) -> dict[str, object]:
    """Everything an import writes, to show that a dry run wrote nothing."""
    with session_scope(engine) as session:
        actions = session.exec(select(Action).order_by(col(Action.id))).all()
        return {
            "actions": [a.model_dump() for a in actions],
            "people": session.exec(select(func.count()).select_from(Person)).one(),
            "deputies": session.exec(select(func.count()).select_from(ActionDeputy)).one(),
            "changes": session.exec(select(func.count()).select_from(ActionChange)).one(),
            "updates": session.exec(select(func.count()).select_from(StatusUpdate)).one(),
        }


def _dry_then_real(engine: Engine, path: Path, now: datetime, **options: bool) -> ImportResult:
    before = _state(engine)
    dry = import_file(engine, path, now=now, dry_run=True, **options)
    assert _state(engine) == before
    real = import_file(engine, path, now=now, **options)
    assert dry == real
    assert format_summary(dry, dry_run=True) == format_summary(real, dry_run=True)
    assert format_summary(dry) == format_summary(real)
    return real


def test_first_import_dry_run_equals_the_import(engine: Engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "opvang.csv", _rows("bert@voorbeeld.nl", "", "", ""), WITH_DEPUTY)
    result = _dry_then_real(engine, path, T1)
    assert result.created and result.added == ["1.1", "1.2", "2.4", "2.5"]
    assert [w.row for w in result.warnings] == [3]  # 1.2 has no owner


@pytest.mark.parametrize("overwrite", [False, True])
def test_revision_dry_run_equals_the_import(
    engine: Engine, tmp_path: Path, overwrite: bool
) -> None:
    first = write_csv(tmp_path / "opvang.csv", _rows("bert@voorbeeld.nl", "", "", ""), WITH_DEPUTY)
    import_file(engine, first, now=T1)
    without_12 = [r for r in _rows("", "", "", "") if r[0] != "1.2"]
    import_file(engine, write_csv(tmp_path / "opvang.csv", without_12, WITH_DEPUTY), now=T2)
    with session_scope(engine) as session:  # given in the bot after the last import
        action = session.exec(select(Action).where(Action.code == "2.4")).one()
        record_update(
            session=session,
            action=action,
            author=None,
            now=T3,
            status=Status.DELAYED,
            text="Wacht op vergunning.",
            source="slack",
        )
    revised = _rows("carla@voorbeeld.nl", "", "", "")
    revised[0][2] = "Programma Armoede, schulden en werk"  # title
    revised[0][4] = "Nieuwe Eigenaar <nieuw@voorbeeld.nl>"  # a new owner, replacing Anna
    revised[0][7] = ""  # planning
    revised[1][11:13] = ["", ""]  # 1.2 back: reinstated, not started
    revised[2][11:13] = ["gereed", "Opgeleverd."]  # 2.4: the bot's update is newer
    new = ["3.1", "3. Voorkomen terugval", "Waakvlamfunctie", "", "Kees", "", "", "", "", "",
           "", "groen", "Gestart.", ""]  # fmt: skip
    revised = [new, *revised[:3]]  # 2.5 missing: cancelled; every action moves
    path = write_csv(tmp_path / "opvang.csv", revised, WITH_DEPUTY)

    result = _dry_then_real(engine, path, T4, overwrite=overwrite)

    assert result.added == ["3.1"]
    assert result.cancelled == ["2.5"] and result.reinstated == ["1.2"]
    assert result.changed == ["1.1", "1.2", "2.4"] if overwrite else ["1.1", "1.2"]
    assert [(c.code, c.bot_status, c.file_status) for c in result.conflicts] == [
        ("2.4", "delayed", "done")
    ]
    assert [(d.code, d.old, d.new) for d in result.owners_changed] == [
        ("1.1", "Anna Jansen <anna@voorbeeld.nl>", "Nieuwe Eigenaar <nieuw@voorbeeld.nl>")
    ]
    assert {(d.code, d.field) for d in result.details} >= {("1.1", "title"), ("1.1", "planning")}
    assert any("Kees" in w.message for w in result.warnings)
    # and the import did what the dry run said
    with session_scope(engine) as session:
        status = {a.code: (a.status, a.status_text) for a in session.exec(select(Action))}
        deputies = session.exec(
            select(Person.email).join(ActionDeputy, col(ActionDeputy.person_id) == Person.id)
        ).all()
    assert status["2.5"][0] == "cancelled" and status["1.2"][0] == "not_started"
    assert status["3.1"] == ("on_track", "Gestart.")
    kept = ("done", "Opgeleverd.") if overwrite else ("delayed", "Wacht op vergunning.")
    assert status["2.4"] == kept
    assert sorted(deputies) == ["bert@voorbeeld.nl", "carla@voorbeeld.nl"]  # none taken away


def test_an_error_found_while_applying_is_the_same_in_the_dry_run(
    engine: Engine, tmp_path: Path
) -> None:
    import_file(engine, write_csv(tmp_path / "p.csv", ROWS), now=T1)
    before = _state(engine)
    write_csv(tmp_path / "p2.csv", ROWS)
    # U0BERT1234 already belongs to the person without e-mail who owns 2.5
    people = [["Anna", "anna@voorbeeld.nl", "U0BERT1234"]]
    write_csv(tmp_path / "p2-personen.csv", people, ["Naam", "E-mail", "Slack-id"])
    with pytest.raises(ImportFailed) as dry:
        import_file(engine, tmp_path / "p2.csv", now=T2, dry_run=True)
    with pytest.raises(ImportFailed) as real:
        import_file(engine, tmp_path / "p2.csv", now=T2)
    assert str(dry.value) == str(real.value)
    assert "rij 2, kolom 'Slack-id'" in str(real.value)
    assert _state(engine) == before
