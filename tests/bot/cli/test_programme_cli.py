"""``woonzorg programma lijst | hernoem | kanaal | verwijder``: looking after the programmes of
one deployment from the command line, every refusal in Dutch and without a change."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import col, func, select
from typer.testing import CliRunner

from bot.cli import app, programme_cmd
from storage.db import get_engine, session_scope
from storage.models import Action, Person, Programme, ProgrammeCoordinator, StatusUpdate
from tests.workflows.programme.test_programmes import ANNA, programme_rows, write
from workflows.importing import import_file
from workflows.updates.rounds import start_round

T1 = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def env(sqlite_url: str, tmp_path: Path) -> dict[str, str]:
    engine = get_engine(sqlite_url)
    import_file(engine, write(tmp_path / "a.csv", "Van opvang naar wonen",
                              programme_rows(ANNA, start=2026)), now=T1, slug="opvang")  # fmt: skip
    import_file(engine, write(tmp_path / "b.csv", "Woonzorgvisie",
                              programme_rows(ANNA, start=2026)), now=T1, slug="dijk")  # fmt: skip
    return {"DATABASE_URL": sqlite_url}


def run(env: dict[str, str], *args: str, input: str | None = None) -> Any:
    return CliRunner().invoke(app, ["programma", *args], env=env, input=input)


def names(env: dict[str, str]) -> dict[str, str]:
    with session_scope(get_engine(env["DATABASE_URL"])) as session:
        return {p.slug: p.name for p in session.exec(select(Programme))}


def test_list_and_rename(env: dict[str, str]) -> None:
    listed = run(env, "lijst")
    assert listed.exit_code == 0, listed.output
    assert "- opvang: Van opvang naar wonen (12 acties, 12 updates)" in listed.output
    assert "- dijk: Woonzorgvisie (12 acties, 12 updates)" in listed.output
    renamed = run(env, "hernoem", "dijk", "Woonzorgvisie  Dijk en Waard")
    assert renamed.exit_code == 0
    assert "'dijk' heet nu 'Woonzorgvisie Dijk en Waard' (was 'Woonzorgvisie')" in renamed.output
    # refusals: nothing changes
    for args, expected in (
        (("hernoem", "dijk", "  "), "Geef een naam op"),
        (("hernoem", "dijk", "van opvang naar WONEN"), "Er is al een programma"),
        (("hernoem", "onbekend", "X"), "Er is geen programma 'onbekend'. Programma's: `opvang`"),
        (("hernoem", "dijk", "x" * 301), "hoogstens 300 tekens"),
    ):
        refused = run(env, *args)
        assert refused.exit_code == 1 and expected in refused.output, refused.output
    assert names(env) == {"opvang": "Van opvang naar wonen", "dijk": "Woonzorgvisie Dijk en Waard"}


def test_digest_channel(env: dict[str, str]) -> None:
    assert "gaat voortaan naar C0DIJKWRD" in run(env, "kanaal", "dijk", "C0DIJKWRD").output
    assert "weekoverzicht in C0DIJKWRD" in run(env, "lijst").output
    refused = run(env, "kanaal", "dijk", "twee woorden")
    assert refused.exit_code == 1 and "is geen kanaal" in refused.output
    assert "weekoverzicht in C0DIJKWRD" in run(env, "lijst").output
    assert "ingestelde kanaal" in run(env, "kanaal", "dijk", "-").output
    assert "weekoverzicht in" not in run(env, "lijst").output


def _counts(env: dict[str, str]) -> tuple[int, int, int]:
    with session_scope(get_engine(env["DATABASE_URL"])) as session:
        return (
            session.exec(select(func.count()).select_from(Action)).one(),
            session.exec(select(func.count()).select_from(StatusUpdate)).one(),
            session.exec(select(func.count()).select_from(Person)).one(),
        )


def test_delete_refuses_an_open_round_and_asks_first(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = get_engine(env["DATABASE_URL"])
    with session_scope(engine) as session:
        ids = {p.slug: p.id for p in session.exec(select(Programme))}
        start_round(session=session, half_year_text="2026-H1", now=T1,
                    tz=ZoneInfo("Europe/Amsterdam"), programme_id=ids["dijk"],
                    workspace_id="")  # fmt: skip
        carla = Person(
            name="Carla", email="carla@example.nl", slack_id="U0CARLA", is_coordinator=True
        )
        session.add(carla)
        session.flush()
        session.add(ProgrammeCoordinator(programme_id=ids["dijk"], person_id=carla.id))
    before = _counts(env)
    refused = run(env, "verwijder", "dijk")
    assert refused.exit_code == 1 and "nog een open updateronde (1e helft 2026)" in refused.output
    assert _counts(env) == before
    # no open round: without a terminal --ja is needed; in a terminal it asks
    refused = run(env, "verwijder", "opvang")
    assert refused.exit_code == 1 and "--ja" in refused.output
    assert "12 acties en 12 updates verdwijnen voorgoed" in refused.output
    monkeypatch.setattr(
        programme_cmd, "sys", SimpleNamespace(stdin=SimpleNamespace(isatty=lambda: True))
    )
    kept = run(env, "verwijder", "opvang", input="n\n")
    assert kept.exit_code == 0 and "Niet verwijderd" in kept.output
    assert _counts(env) == before
    gone = run(env, "verwijder", "opvang", input="y\n")
    assert gone.exit_code == 0 and "'opvang' (Van opvang naar wonen) is verwijderd" in gone.output
    assert _counts(env) == (12, 12, before[2])  # the people stay
    # --ja deletes even with an open round; Carla coordinated only "dijk": no longer anything
    forced = run(env, "verwijder", "dijk", "--ja")
    assert forced.exit_code == 0, forced.output
    assert names(env) == {} and _counts(env) == (0, 0, before[2])
    with session_scope(engine) as session:
        assert session.exec(select(Person).where(col(Person.is_coordinator))).all() == []
    assert "nog geen programma's" in run(env, "lijst").output
