"""Several programmes side by side: two hand-typed programmes with the same codes (1.1-3.4),
each with its own actions, rounds and report; a person in both sees both in ``mijn``; the
dry run and the safeguards of a re-import."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select
from typer.testing import CliRunner

from bot.cli import app
from storage.db import session_scope
from storage.models import Action, Programme
from tests.support.botkit import make_harness
from tests.support.factories import slack_id_for
from workflows.dates import HalfYear
from workflows.errors import ProgrammeUnknown
from workflows.exporting import export_file
from workflows.exporting.snapshot import load_snapshot
from workflows.importing import NotConfirmed, format_summary, import_file
from workflows.programme.programmes import programme_period
from workflows.report.build import build_report
from workflows.updates.giving import give_update
from workflows.updates.rounds import start_round

T1 = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
T2 = datetime(2026, 2, 10, 9, 0, tzinfo=UTC)
T3 = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
HEADERS = ["Nr", "Actielijn", "Actie", "Regiehouder", "Planning", "Status", "Stand van zaken"]
CODES = [f"{t}.{n}" for t in (1, 2, 3) for n in (1, 2, 3, 4)]


def programme_rows(owner: str, *, start: int, status: str = "op schema") -> list[list[str]]:
    return [
        [
            code,
            f"{code[0]}. Actielijn {code[0]}",
            f"Actie {code}",
            owner,
            f"{start}-H1 voorbereiding; {start}-H2 t/m {start + 2}-H2 realisatie",
            status,
            f"Loopt ({code}).",
        ]
        for code in CODES
    ]


def write(path: Path, name: str | None, rows: list[list[str]]) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    if name is not None:
        writer.writerow([f"Programma: {name}"] + [""] * (len(HEADERS) - 1))
    writer.writerow(HEADERS)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


ANNA = "Anna <anna@example.nl>"
BRAM = "Bram <bram@example.nl>"


def two_programmes(engine: Engine, tmp_path: Path) -> None:
    dordrecht = write(
        tmp_path / "dordrecht.csv", "Van opvang naar wonen", programme_rows(ANNA, start=2020)
    )
    dijk = write(
        tmp_path / "dijk.csv", "Woonzorgvisie Dijk en Waard", programme_rows(ANNA, start=2026)
    )
    import_file(engine, dordrecht, now=T1, slug="opvang")
    result = import_file(engine, dijk, now=T1)
    assert result.created and result.slug == "woonzorgvisie-dijk-en-waard"


def _codes(engine: Engine, slug: str) -> dict[str, str]:
    with session_scope(engine) as session:
        programme = session.exec(select(Programme).where(Programme.slug == slug)).one()
        rows = session.exec(select(Action).where(Action.programme_id == programme.id)).all()
        return {a.code: a.status_text for a in rows}


def test_two_programmes_import_side_by_side(engine: Engine, tmp_path: Path) -> None:
    two_programmes(engine, tmp_path)
    assert list(_codes(engine, "opvang")) == CODES
    assert list(_codes(engine, "woonzorgvisie-dijk-en-waard")) == CODES
    # re-importing one leaves the other alone (nothing vervallen, no rename)
    revised = programme_rows(ANNA, start=2026)[:4]
    again = import_file(
        engine,
        write(tmp_path / "dijk2.csv", "Woonzorgvisie Dijk en Waard", revised),
        now=T2,
    )
    assert len(again.cancelled) == 8
    with session_scope(engine) as session:
        opvang = session.exec(select(Programme).where(Programme.slug == "opvang")).one()
        assert opvang.name == "Van opvang naar wonen"
        statuses = {
            a.status for a in session.exec(select(Action).where(Action.programme_id == opvang.id))
        }
        assert statuses == {"on_track"}
        # without a programme named, several are ambiguous
        with pytest.raises(ProgrammeUnknown):
            load_snapshot(session=session, workspace_id="")
        ids = {p.slug: p.id for p in session.exec(select(Programme))}
        # rounds of each programme are independent
        for slug in ids:
            start_round(
                session=session,
                half_year_text="2026-H1",
                now=T2,
                tz=__import__("zoneinfo").ZoneInfo("Europe/Amsterdam"),
                programme_id=ids[slug],
                workspace_id="",
            )
    with session_scope(engine) as session:
        opvang = session.get(Programme, ids["opvang"])
        assert opvang is not None
        period = programme_period(session=session, programme=opvang)
        assert period == (HalfYear(2020, 1), HalfYear(2022, 2))
        report = build_report(
            session=session,
            half_year=HalfYear(2026, 1),
            now=T3,
            programme_id=ids["opvang"],
            workspace_id="",
        )
        assert report.programme == "Van opvang naar wonen"
        assert (report.grid[0], report.grid[-1]) == (HalfYear(2020, 1), HalfYear(2026, 1))
        other = build_report(
            session=session,
            half_year=HalfYear(2026, 1),
            now=T3,
            programme_id=ids["woonzorgvisie-dijk-en-waard"],
            workspace_id="",
        )
        assert other.programme == "Woonzorgvisie Dijk en Waard"


def test_a_person_in_both_sees_both_in_mijn(sqlite_engine: Engine, tmp_path: Path) -> None:
    two_programmes(sqlite_engine, tmp_path)
    h = make_harness(sqlite_engine, T2, build=False, coordinators=["U0COCO"])
    h.directory.users[slack_id_for("anna")] = ("Anna", "anna@example.nl")
    body = str(h.reply("mijn", as_="anna").blocks)
    assert "Van opvang naar wonen" in body and "Woonzorgvisie Dijk en Waard" in body
    assert body.count("Actie 1.1") == 2
    # a command that needs one programme asks which one, and the choice runs it
    question = h.reply("actie 1.1", as_="anna")
    assert question.blocks and "static_select" in str(question.blocks)
    chosen = h.action("programme_choice", "opvang actie 1.1", as_="anna")
    assert "Loopt (1.1)" in str(chosen)
    # the slug as first word, and a linked channel
    answer = h.reply("opvang actie 1.1", as_="anna")
    assert "Loopt (1.1)" in str(answer.blocks)
    assert f"'value': 'p{_id(sqlite_engine, 'opvang')}|1.1'" in str(answer.blocks)
    assert "gekoppeld" in h.reply("koppel opvang", as_="U0COCO").text
    assert "static_select" not in str(h.reply("actie 1.1", as_="anna").blocks)
    # an update from mijn's button goes to the right programme
    give_update(
        engine=sqlite_engine,
        directory=h.directory,
        settings=h.bot.settings,
        slack_id=slack_id_for("anna"),
        code="1.1",
        now=T2,
        source="slack",
        text="Alleen in Dordrecht.",
        programme_id=_id(sqlite_engine, "opvang"),
        workspace_id="",
    )
    assert _codes(sqlite_engine, "opvang")["1.1"] == "Alleen in Dordrecht."
    assert _codes(sqlite_engine, "woonzorgvisie-dijk-en-waard")["1.1"] == "Loopt (1.1)."


def _id(engine: Engine, slug: str) -> int:
    with session_scope(engine) as session:
        found = session.exec(select(Programme).where(Programme.slug == slug)).one()
        assert found.id is not None
        return found.id


def test_dry_run_lists_every_change_and_changes_nothing(engine: Engine, tmp_path: Path) -> None:
    source = write(tmp_path / "p.csv", "Opvang", programme_rows(ANNA, start=2026))
    import_file(engine, source, now=T1)
    revised = programme_rows(ANNA, start=2026)[:10]  # 3.3 and 3.4 dropped
    revised[0][3] = BRAM  # owner replaced
    revised[1][6] = "Nieuwe stand."
    revised[2][5] = "vertraagd"
    path = write(tmp_path / "p2.csv", "Opvang", revised)
    result = import_file(engine, path, now=T2, dry_run=True)
    text = format_summary(result, dry_run=True)
    assert "er is niets gewijzigd" in text
    assert "- 1.1 regiehouder: Anna <anna@example.nl> -> Bram <bram@example.nl>" in text
    assert "- 1.2 stand van zaken: Loopt (1.2). -> Nieuwe stand." in text
    assert "- 1.3 status: op schema -> vertraagd" in text
    assert "Vervallen, want niet meer in het bestand (2): 3.3, 3.4" in text
    assert result.destructive
    assert _codes(engine, "opvang")["1.2"] == "Loopt (1.2)."
    # asking: no means nothing changes
    with pytest.raises(NotConfirmed):
        import_file(engine, path, now=T2, confirm=lambda _result: False)
    assert len(_codes(engine, "opvang")) == 12
    with session_scope(engine) as session:
        assert {a.status for a in session.exec(select(Action))} == {"on_track"}


def test_slack_update_after_the_file_wins_unless_overschrijf(
    engine: Engine, tmp_path: Path
) -> None:
    source = write(tmp_path / "p.csv", "Opvang", programme_rows(ANNA, start=2026))
    import_file(engine, source, now=T1)
    export = tmp_path / "export.xlsx"
    export_file(engine, export, now=T2)  # the file says when it was written
    h = make_harness(engine, T3, build=False)
    h.directory.users[slack_id_for("anna")] = ("Anna", "anna@example.nl")
    h.reply("status 1.1 gereed Klaar!", as_="anna")  # at T3, after the export
    t4 = datetime(2026, 4, 10, 9, 0, tzinfo=UTC)
    kept = import_file(engine, export, now=t4)
    assert [c.code for c in kept.conflicts] == ["1.1"]
    assert "behouden" in format_summary(kept) and "--overschrijf" in format_summary(kept)
    assert _status(engine, "1.1")[0] == "done"
    # a file the bot did not write: an update after the previous import (t4) wins
    h.bot.clock = lambda: datetime(2026, 4, 20, 9, 0, tzinfo=UTC)
    h.reply("status 1.2 vertraagd Wacht op vergunning.", as_="anna")
    older = write(tmp_path / "old.csv", "Opvang", programme_rows(ANNA, start=2026))
    t5 = datetime(2026, 5, 10, 9, 0, tzinfo=UTC)
    dry = import_file(engine, older, now=t5, dry_run=True)
    assert [c.code for c in dry.conflicts] == ["1.2"]  # 1.1 was imported (kept) at t4
    won = import_file(engine, export, now=t5, overwrite=True)
    assert [c.code for c in won.conflicts] == ["1.1", "1.2"]  # the export is from T2
    assert "overschreven" in format_summary(won)
    assert _status(engine, "1.1") == ("on_track", "Loopt (1.1).")
    assert _status(engine, "1.2") == ("on_track", "Loopt (1.2).")


def _status(engine: Engine, code: str) -> tuple[str, str]:
    with session_scope(engine) as session:
        action = session.exec(select(Action).where(Action.code == code)).one()
        return action.status, action.status_text


def test_cli_needs_ja_without_a_terminal(sqlite_url: str, tmp_path: Path) -> None:
    env = {"DATABASE_URL": sqlite_url}
    source = write(tmp_path / "p.csv", "Opvang", programme_rows(ANNA, start=2026))
    assert CliRunner().invoke(app, ["import", str(source)], env=env).exit_code == 0
    revised = write(tmp_path / "p2.csv", "Opvang", programme_rows(ANNA, start=2026)[:6])
    refused = CliRunner().invoke(app, ["import", str(revised)], env=env)
    assert refused.exit_code == 1 and "--ja" in refused.output
    dry = CliRunner().invoke(app, ["import", str(revised), "--dry-run"], env=env)
    assert dry.exit_code == 0 and "Proefimport" in dry.output and "3.4" in dry.output
    done = CliRunner().invoke(app, ["import", str(revised), "--ja"], env=env)
    assert done.exit_code == 0 and "Vervallen" in done.output
    other = write(tmp_path / "q.csv", "Woonzorgvisie", programme_rows(BRAM, start=2026))
    assert CliRunner().invoke(app, ["import", str(other)], env=env).exit_code == 0
    plain = write(tmp_path / "r.csv", None, programme_rows(BRAM, start=2026))
    unclear = CliRunner().invoke(app, ["import", str(plain)], env=env)
    assert unclear.exit_code == 1 and "--programma" in unclear.output
    out = tmp_path / "w.json"
    assert CliRunner().invoke(app, ["export", str(out)], env=env).exit_code == 1
    ok = CliRunner().invoke(app, ["export", str(out), "--programma", "woonzorgvisie"], env=env)
    assert ok.exit_code == 0 and "Woonzorgvisie" in out.read_text(encoding="utf-8")
