"""The .docx, .md and .xlsx writers: every action, table and heading is there, and bad input
(control characters, missing owners, unwritable paths, unknown formats) never gives a broken
file or a traceback."""

import dataclasses
import gc
import shutil
from datetime import UTC, datetime
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from storage.db import get_engine, session_scope
from tests.support.report_history import build_history
from workflows.dates.halfyear import HalfYear
from workflows.errors import OutputError, ParseError
from workflows.report.build import build_report
from workflows.report.compile import compile_report, writer_for
from workflows.report.docx_writer import write_docx
from workflows.report.markdown_writer import render_markdown
from workflows.report.model import Report
from workflows.report.output import write_atomically
from workflows.report.xlsx_writer import write_xlsx

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
H2 = HalfYear(2026, 2)
HEADINGS_1 = [
    "Leeswijzer",
    "Kernboodschap",
    "Afwijkingen en bijsturing",
    "Actielijn 1: Voorkomen dat mensen dakloos raken",
    "Actielijn 2: Werken aan perspectief",
    "Actielijn 3: Voorkomen van terugval",
    "Vooruitblik",
    "Financiën",
    "Indicatoren",
    "Wijzigingen ten opzichte van de vorige rapportage",
    "Verantwoording",
]


@pytest.fixture(scope="module")
def history_url(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("history") / "woonzorg.db"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    with session_scope(get_engine(url)) as session:
        build_history(session)
    return url


@pytest.fixture(scope="module")
def report(history_url: str) -> Report:
    with session_scope(get_engine(history_url)) as session:
        # The internal version: owners' names and the missing updates are in it.
        return build_report(session=session, half_year=H2, now=NOW, internal=True, workspace_id="")


@pytest.fixture(scope="module")
def document(report: Report, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("docx") / "rapport.docx"
    write_docx(report, path)
    return docx.Document(str(path))


def _cell_fill(cell) -> str | None:  # type: ignore[no-untyped-def]
    shd = cell._tc.tcPr.find(qn("w:shd")) if cell._tc.tcPr is not None else None
    return shd.get(qn("w:fill")) if shd is not None else None


def test_docx_has_title_headings_styles_and_page_numbers(document) -> None:  # type: ignore[no-untyped-def]
    paragraphs = document.paragraphs
    assert [p.text for p in paragraphs if p.style.name == "Title"] == ["Van opvang naar wonen"]
    assert [p.text for p in paragraphs if p.style.name == "Subtitle"] == [
        "Voortgangsrapportage 2e helft 2026"
    ]
    assert "Opgesteld op woensdag 25 november 2026" in [p.text for p in paragraphs]
    assert [p.text for p in paragraphs if p.style.name == "Heading 1"] == HEADINGS_1
    heading_2 = [p.text for p in paragraphs if p.style.name == "Heading 2"]
    for title in (
        "Legenda planning",
        "Ontbrekende updates",
        "Statuswijzigingen",
        "Nieuwe acties",
        "Vervallen acties",
        "Planning verschoven",
    ):
        assert title in heading_2
    orientations = [s.orientation for s in document.sections]
    assert WD_ORIENT.LANDSCAPE in orientations and orientations[0] == WD_ORIENT.PORTRAIT
    footer_xml = document.sections[0].footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml and "Pagina" in footer_xml
    assert len(document.inline_shapes) >= 1  # the status chart; indicators with a series


def test_docx_theme_tables_hold_every_action_with_grid_and_status_colours(  # type: ignore[no-untyped-def]
    document, report: Report
) -> None:
    theme_tables = [
        t
        for t in document.tables
        if t.rows[0].cells[0].text == "Nr"
        and "Stand van zaken/toelichting" in [c.text for c in t.rows[0].cells]
    ]
    assert len(theme_tables) == 3
    grid = list(report.grid)
    seen = {}
    for table in theme_tables:
        assert table.style.name == "Table Grid"
        years = [c.text for c in table.rows[1].cells[3 : 3 + len(grid)]]
        assert years == ["2026", "2026", "2027", "2027"]
        for row in table.rows[3:]:
            cells = row.cells
            seen[cells[0].text] = [c.text for c in cells], [_cell_fill(c) for c in cells]
    assert list(seen) == [a.code for a in report.actions]
    texts, fills = seen["1.1"]
    assert texts[1] == "Programma Armoede en schulden" and texts[2] == "Anna"
    assert fills[3:5] == ["BDD7EE", "2F5597"]  # 2026-H1 preparation, 2026-H2 realisation
    assert texts[7] == "vertraagd" and fills[7] == "F4B6B6"
    assert texts[8] == "Opschaling vertraagd: te weinig budget."
    texts, fills = seen["1.2"]
    assert "Niet bijgewerkt in de 2e helft 2026; laatste update 1 maart 2026." in texts[-1]
    texts, _ = seen["2.4"]
    assert "Doel: 24 woonplekken · gerealiseerd: 6" in texts[1]
    texts, _ = seen["2.5"]
    assert texts[2] == "geen regiehouder" and texts[3] == "geen planning"


def test_docx_changes_indicators_and_missing(document) -> None:  # type: ignore[no-untyped-def]
    rows = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    assert ["1.1", "Programma Armoede en schulden", "op schema", "vertraagd"] in [
        r[:4] for r in rows
    ]
    assert ["2.6", "Housing First uitbreiden", "Bert"] in rows
    assert ["3.1", "Nazorg na uitstroom", "Carla"] in rows
    assert [
        "2.4",
        "Uitbreiding tussenvoorzieningen",
        "realisatie t/m 1e helft 2027",
        "realisatie t/m 2e helft 2027",
    ] in rows
    assert [
        "Geclusterde woningen",
        "100 (2020)",
        "750 - 900 woningen in 2025",
        "500 (30 juni 2026)",
        "ondergrens nog niet gehaald; 56% van 900",
    ] in rows
    assert ["1.2", "Convenant preventie huisuitzettingen", "Bert"] in rows
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Van deze lopende actie is over de 2e helft 2026 geen update ontvangen:" in text
    assert "6 acties, 3 updates ontvangen, 1 vertraagd" in text


def test_markdown_has_every_section_and_action(report: Report) -> None:
    text = render_markdown(report)
    for heading in HEADINGS_1:
        assert f"## {heading}\n" in text
    for action in report.actions:
        assert f"| {action.code} | " in text
    assert "| 1.1 | Programma Armoede en schulden | Anna | V[R]·· | vertraagd |" in text
    assert "| 2.5 | Gebruikersruimte | _geen regiehouder_ | geen planning | gereed |" in text
    assert "**6 acties, 3 updates ontvangen, 1 vertraagd**" in text


def test_xlsx_has_every_sheet_and_action(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "rapport.xlsx"
    write_xlsx(report, path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "Samenvatting",
        "Afwijkingen",
        "Acties",
        "Vooruitblik",
        "Financiën",
        "Indicatoren",
        "Wijzigingen",
        "Ontbrekend",
    ]
    for sheet in book.worksheets:  # printable: landscape, one page wide
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth == 1
    assert book["Acties"].print_title_rows == "$1:$1"
    actions = list(book["Acties"].iter_rows(values_only=True))
    assert actions[0][:4] == ("Actielijn", "Nr", "Actie", "Regiehouder")
    assert [r[1] for r in actions[1:]] == [a.code for a in report.actions]
    row_11 = actions[1]
    assert row_11[4:8] == ("V", "R", None, None) and row_11[8] == "vertraagd"
    assert book["Acties"].cell(row=2, column=9).fill.start_color.rgb.endswith("F4B6B6")
    updated = {r[1]: r[-1] for r in actions[1:]}
    assert updated["1.1"] == "ja" and updated["2.5"] == "nee"
    assert updated["1.2"] == "Niet bijgewerkt in de 2e helft 2026; laatste update 1 maart 2026."
    changes = [r[:3] for r in book["Wijzigingen"].iter_rows(values_only=True)]
    assert ("Statuswijzigingen", "1.1", "Programma Armoede en schulden") in changes
    assert ("Vervallen acties", "3.1", "Nazorg na uitstroom") in changes
    assert [r[0] for r in book["Ontbrekend"].iter_rows(values_only=True)] == ["Nr", "1.2"]


def test_control_characters_give_a_valid_document_in_every_format(
    report: Report, tmp_path: Path
) -> None:
    nasty = "Stand\x00 van\x0b zaken\x1f met \ufffe tekens | en\r\nregels"
    first = dataclasses.replace(
        report.themes[0].actions[0], title="Titel\x07 1.1", status_text=nasty
    )
    theme = dataclasses.replace(report.themes[0], actions=(first, *report.themes[0].actions[1:]))
    dirty = dataclasses.replace(
        report, programme="Programma\x01", themes=(theme, *report.themes[1:])
    )
    write_docx(dirty, tmp_path / "r.docx")
    reopened = docx.Document(str(tmp_path / "r.docx"))
    cells = [c.text for t in reopened.tables for row in t.rows for c in row.cells]
    assert "Titel 1.1" in cells
    assert any(c.startswith("Stand van zaken met  tekens | en\nregels") for c in cells)
    write_xlsx(dirty, tmp_path / "r.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx")["Acties"]
    assert sheet.cell(row=2, column=3).value == "Titel 1.1"
    markdown = render_markdown(dirty)
    assert "Stand van zaken met  tekens \\| en<br>regels" in markdown
    assert "\x00" not in markdown and "\x07" not in markdown


def test_a_half_year_without_data_gives_a_short_honest_report(
    history_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "leeg.docx"
    compiled = compile_report(
        engine=get_engine(history_url),
        half_year=HalfYear(2025, 1),
        path=path,
        now=NOW,
        workspace_id="",
    )
    assert compiled.summary == "0 acties, 0 updates ontvangen, 0 vertraagd"
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Over de 1e helft 2025 zijn geen gegevens" in text
    assert document.tables == [] and len(document.inline_shapes) == 0
    md = tmp_path / "leeg.md"
    compile_report(
        engine=get_engine(history_url),
        half_year=HalfYear(2025, 1),
        path=md,
        now=NOW,
        workspace_id="",
    )
    assert "Over de 1e helft 2025 zijn geen gegevens" in md.read_text(encoding="utf-8")


def test_a_report_is_built_and_written_with_the_cyclic_collector_paused(
    history_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model and the charts are held to the end: the collector's full passes over them and
    every library are skipped (start-up, docs/benchmarks.md), and it runs again after."""
    import workflows.report.compile as compiling

    seen: list[bool] = []
    build = compiling.build_report

    def recording_build(**kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return build(**kwargs)

    monkeypatch.setattr(compiling, "build_report", recording_build)
    was_enabled = gc.isenabled()
    gc.enable()  # as in any process (the test session may run without it)
    try:
        compiled = compile_report(
            engine=get_engine(history_url),
            half_year=H2,
            path=tmp_path / "r.md",
            now=NOW,
            workspace_id="",
        )
        assert seen == [False]
        assert gc.isenabled()
    finally:
        if not was_enabled:
            gc.disable()
    assert compiled.path.read_text(encoding="utf-8").startswith("#")


def test_unknown_format_is_refused_in_dutch() -> None:
    with pytest.raises(ParseError, match=r"'rapport.pdf' heeft geen bekend formaat.*\.docx"):
        writer_for(Path("rapport.pdf"))


def test_unwritable_paths_give_a_dutch_message_and_no_file(report: Report, tmp_path: Path) -> None:
    missing_folder = tmp_path / "bestaat-niet" / "r.docx"
    with pytest.raises(OutputError, match="de map .*bestaat-niet bestaat niet"):
        write_atomically(missing_folder, lambda temp: write_docx(report, temp))
    with pytest.raises(OutputError, match="dat is een map"):
        write_atomically(tmp_path, lambda temp: write_docx(report, temp))


def test_a_failing_writer_leaves_the_old_file_and_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "r.md"
    target.write_text("vorige versie", encoding="utf-8")

    def broken(temp: Path) -> None:
        temp.write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputError, match="Het rapport kan niet worden geschreven naar"):
        write_atomically(target, broken)
    assert target.read_text(encoding="utf-8") == "vorige versie"
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]


def test_docx_properties_follow_the_schema_order_word_insists_on(document) -> None:  # type: ignore[no-untyped-def]
    from workflows.report.docx_parts import BORDER_ORDER, TBL_PR_ORDER, TC_PR_ORDER

    body = document.element.body
    checked = 0
    for tag, order in (
        ("w:tcPr", TC_PR_ORDER),
        ("w:tblPr", TBL_PR_ORDER),
        ("w:tcBorders", BORDER_ORDER),
    ):
        for element in body.iter(qn(tag)):
            names = [child.tag.rsplit("}", 1)[-1] for child in element]
            assert len(names) == len(set(names)), names
            ranks = [order.index(n) for n in names]
            assert ranks == sorted(ranks), names
            checked += 1
    assert checked > 100


def test_long_texts_may_break_across_pages_short_rows_stay_together(
    report: Report, tmp_path: Path
) -> None:
    long_text = "\n".join(["- een stap in de uitvoering met wat uitleg erbij"] * 60)
    first = dataclasses.replace(report.themes[0].actions[0], status_text=long_text)
    theme = dataclasses.replace(report.themes[0], actions=(first, *report.themes[0].actions[1:]))
    write_docx(dataclasses.replace(report, themes=(theme, *report.themes[1:])), tmp_path / "l.docx")
    reopened = docx.Document(str(tmp_path / "l.docx"))
    table = next(
        t
        for t in reopened.tables
        if t.rows[0].cells[0].text == "Nr"
        and "Stand van zaken/toelichting" in t.rows[0].cells[-1].text
    )
    cant_split = [
        row._tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for row in table.rows[3:]
    ]
    assert cant_split == [False, True]  # 1.1 with the long text, 1.2 short


def test_a_chart_with_many_actielijnen_still_fits_the_page(report: Report, tmp_path: Path) -> None:
    from docx.shared import Cm

    many = tuple(dataclasses.replace(report.themes[0], number=str(n)) for n in range(1, 26))
    write_docx(dataclasses.replace(report, themes=many, indicators=()), tmp_path / "m.docx")
    (chart,) = docx.Document(str(tmp_path / "m.docx")).inline_shapes
    assert chart.height <= Cm(20) and chart.width <= Cm(16)
