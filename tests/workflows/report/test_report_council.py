"""The council report on the demo programme: what the council reads first (Kernboodschap,
deviations, look-ahead, money), privacy by default, the roll-up of sub-actions, edited report
texts, the yearly report, and a Word file that is a finished document."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from storage.db import session_scope
from storage.models import Action, Indicator, Measurement, ReportText
from workflows.dates.halfyear import HalfYear
from workflows.demo import DEMO_PEOPLE, load_demo
from workflows.programme.statuses import Status
from workflows.report import analysis
from workflows.report.build import build_report
from workflows.report.compile import Options, compile_report
from workflows.report.markdown_writer import render_markdown
from workflows.report.model import Report

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
H2 = HalfYear(2026, 2)


@pytest.fixture
def demo(sqlite_engine: Engine) -> Engine:
    assert load_demo(sqlite_engine, now=NOW)
    return sqlite_engine


def _report(engine: Engine, **options: object) -> Report:
    with session_scope(engine) as session:
        return build_report(session=session, workspace_id="", half_year=H2, now=NOW, **options)  # type: ignore[arg-type]


def test_the_council_version_names_teams_not_people(demo: Engine) -> None:
    text = render_markdown(_report(demo))
    for person in DEMO_PEOPLE:
        assert person.name not in text and person.email not in text
    assert "Team Wonen" in text and "Sociale Dienst Drechtsteden" in text
    assert "Ontbrekende updates" not in text
    internal = render_markdown(_report(demo, internal=True))
    assert "Anna Jansen (demo) (Sociale Dienst Drechtsteden)" in internal
    assert "### Ontbrekende updates" in internal


def test_sub_actions_roll_up_under_their_parent(demo: Engine) -> None:
    report = _report(demo)
    rows = {a.code: a for a in report.actions}
    parent = rows["2.4"]
    assert parent.children == tuple(f"2.4{c}" for c in "abcdefghijkl")
    assert rows["2.4b"].parent == "2.4"
    assert parent.status is Status.DELAYED  # the worst of its children (2.4b, 2.4g)
    assert "Samenvatting van 12 deelacties" in parent.status_text
    assert parent.target_unit == "woonplekken" and parent.realised_quantity == 8
    assert "(totaal van de deelacties)" in (parent.target_text or "")
    assert len(report.counted) == len(report.actions) - 1  # the summary is not counted twice
    assert rows["2.4c"].partners == ("Leger des Heils", "SDD", "corporaties")


def test_deviations_carry_the_reason_and_the_correction(demo: Engine) -> None:
    found = {d.row.code: d for d in analysis.deviations(_report(demo))}
    assert {"1.4", "1.5", "2.4b", "2.4g", "3.3", "3.4"} <= set(found)
    assert "2.4" not in found  # a summary row is explained by its children
    assert found["1.4"].why == ("nog niet gestart, maar realisatie gepland in de 2e helft 2026",)
    assert found["2.4b"].reason == "De locatie is pas per 1 januari beschikbaar."
    assert found["2.4b"].correction.startswith("Tot dan vangt de nachtopvang")
    assert found["1.4"].reason == "Geen reden opgegeven."


def test_key_messages_speak_about_the_programme(demo: Engine) -> None:
    lines = analysis.key_messages(_report(demo))
    text = "\n".join(line + "\n" + "\n".join(bullets) for line, bullets in lines)
    assert "Het programma telt 29 acties in 4 actielijnen." in text
    assert "2.3 Vernieuwing nachtopvang naar moderne crisisopvang" in text
    assert "2.4c Housing First: 25 gerealiseerd (doel jaarlijks 25 woningen)" in text
    assert "Van het budget van € 5.006.316 is € 2.645.000 besteed (53%)." in text
    assert "Verwachte updates" not in text and "binnen" not in text


def test_finance_totals_per_actielijn_leave_out_actions_without_budget(demo: Engine) -> None:
    parts = analysis.finance(_report(demo))
    section, lines, total = parts[1]
    assert section.number == "2"
    assert [line.label.split()[0] for line in lines] == ["2.3", "2.4a", "2.4b", "2.4c"]
    assert total.budget == 900_000 + 2 * 1_228_158 + 250_000 + 800_000
    assert round(lines[0].share or 0) == 104  # 2.3 overspent


def test_the_indicator_is_measured_against_its_range_and_marked_old(demo: Engine) -> None:
    with session_scope(demo) as session:
        programme_id = session.exec(select(Action)).first().programme_id  # type: ignore[union-attr]
        clustered_row = Indicator(
            programme_id=programme_id,
            name="Geclusterde woningen",
            unit="woningen",
            target_min=750,
            target_max=900,
            target_year=2030,
        )
        session.add(clustered_row)
        session.flush()
        session.add(Measurement(indicator_id=clustered_row.id, value=700, date=date(2024, 12, 31)))  # type: ignore[arg-type]
    [clustered] = [i for i in _report(demo).indicators if i.name == "Geclusterde woningen"]
    assert clustered.latest_value == 700 and clustered.reached_lower is False
    assert round(clustered.share_of_upper or 0) == 78
    assert clustered.stale  # measured on 31 December 2024, two years before the cutoff


def test_an_edited_text_is_used_once_approved_and_marked_in_a_draft(demo: Engine) -> None:
    with session_scope(demo) as session:
        action = session.exec(select(Action).where(Action.code == "1.1")).one()
        session.add(
            ReportText(action_id=action.id, half_year=H2.code, text="Bewerkt door de redactie.")
        )  # type: ignore[arg-type]
    rows = {a.code: a for a in _report(demo).actions}
    assert rows["1.1"].status_text.startswith("Vroeg eropaf")  # not approved: not in the final
    draft = _report(demo, draft=True)
    assert "[concept] Bewerkt door de redactie." in render_markdown(draft)
    with session_scope(demo) as session:
        text = session.exec(select(ReportText)).one()
        text.approved_at = NOW
        session.add(text)
    rows = {a.code: a for a in _report(demo).actions}
    assert rows["1.1"].status_text == "Bewerkt door de redactie." and not rows["1.1"].text_concept


def test_the_yearly_report_covers_both_half_years(demo: Engine, tmp_path: Path) -> None:
    compiled = compile_report(
        engine=demo,
        half_year=H2,
        path=tmp_path / "jaar.md",
        now=NOW,
        options=Options(year=2026),
        workspace_id="",
    )
    assert compiled.report.label == "2026" and compiled.report.previous == HalfYear(2025, 2)
    text = (tmp_path / "jaar.md").read_text(encoding="utf-8")
    assert text.startswith("# Van opvang naar wonen\n\n## Jaarrapportage 2026\n")
    assert "Aan het eind van 2026 waren er" in text


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_same_report_twice_differs_only_in_its_creation_date(
    demo: Engine, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    compile_report(engine=demo, half_year=H2, path=first, now=NOW, workspace_id="")
    later = datetime(2027, 1, 5, 9, 0, tzinfo=UTC)
    compile_report(engine=demo, half_year=H2, path=second, now=later, workspace_id="")
    one, two = _parts(first), _parts(second)
    assert one.keys() == two.keys()
    differ = {name for name in one if one[name] != two[name]}
    assert differ <= {"docProps/core.xml", "word/document.xml"}
    # the document differs only in the date on the title page
    body_one = one["word/document.xml"].replace(b"dinsdag 1 december 2026", b"X")
    body_two = two["word/document.xml"].replace(b"dinsdag 5 januari 2027", b"X")
    assert body_one == body_two
    for ext in (".md", ".xlsx"):
        a, b = tmp_path / f"a{ext}", tmp_path / f"b{ext}"
        compile_report(engine=demo, half_year=H2, path=a, now=NOW, workspace_id="")
        compile_report(engine=demo, half_year=H2, path=b, now=NOW, workspace_id="")
        if ext == ".md":
            assert a.read_bytes() == b.read_bytes()


def test_the_word_file_is_a_finished_dutch_document(demo: Engine, tmp_path: Path) -> None:
    path = tmp_path / "raad.docx"
    compile_report(engine=demo, half_year=H2, path=path, now=NOW, workspace_id="")
    document = docx.Document(str(path))
    props = document.core_properties
    assert props.title == "Van opvang naar wonen: Voortgangsrapportage 2e helft 2026"
    assert props.author == "Van opvang naar wonen" and "python-docx" not in (props.comments or "")
    assert props.created == NOW and props.modified == props.created
    parts = _parts(path)
    assert b'w:val="compatibilityMode"' not in parts["word/settings.xml"]  # attribute order
    assert (
        b"compatibilityMode" in parts["word/settings.xml"]
        and b'w:val="15"' in parts["word/settings.xml"]
    )
    styles = parts["word/styles.xml"]
    assert b"en-US" not in styles and styles.count(b'w:val="nl-NL"') > 10
    footer = document.sections[0].footer._element.xml
    assert "NUMPAGES" in footer and " van " in footer
    body = parts["word/document.xml"]
    assert b" TOC " in body
    texts = [p.text for p in document.paragraphs]
    assert "Leeswijzer" in texts and "Kernboodschap" in texts and "Verantwoording" in texts
    for wrong in (b"voor 2e helft", b"in 2e helft", b"van 2e helft", b"updates binnen"):
        assert wrong not in body
