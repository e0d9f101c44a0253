"""Reading and parsing details of the import format (no database)."""

from __future__ import annotations

import codecs
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from workflows.exporting.tables import Sheet
from workflows.exporting.write import write_csv, write_xlsx
from workflows.importing import programme_name_from
from workflows.importing.headers import key
from workflows.importing.read import decode, read_source, sniff_delimiter
from workflows.importing.validate import split_theme, steps_of
from workflows.programme.columns import split_list


def test_theme_cells_as_programmes_write_them() -> None:
    assert split_theme("2. Werken aan perspectief") == ("2", "Werken aan perspectief")
    assert split_theme("Actielijn 3: Voorkomen terugval") == ("3", "Voorkomen terugval")
    assert split_theme("Werken aan perspectief") == (None, "Werken aan perspectief")
    assert split_theme("4") == ("4", None)


def test_steps_partners_headers_and_names() -> None:
    text = "Inleiding\n- Pilot Vroeg eropaf\n  • opschalen\n–  derde stap\ngeen stap - hier"
    assert steps_of(text) == ["Pilot Vroeg eropaf", "opschalen", "derde stap"]
    assert split_list("GGD; SDD,corporaties\nAvres") == ["GGD", "SDD", "corporaties", "Avres"]
    assert key("Stand van zaken/ toelichting") == key("STAND VAN ZAKEN - Toelichting")
    assert key("Coördinatie") == key("coordinatie")
    assert programme_name_from(Path("van_opvang-naar wonen.xlsx")) == "Van opvang naar wonen"


def test_encodings_and_delimiters() -> None:
    assert decode(codecs.BOM_UTF8 + "Cliënt".encode()) == "Cliënt"
    assert decode("Cliënt €".encode("cp1252")) == "Cliënt €"
    assert decode(codecs.BOM_UTF16_LE + "Nr\tActie".encode("utf-16-le")) == "Nr\tActie"
    assert decode(b"\x89PNG\r\n\x1a\n\x00\x00") is None
    assert sniff_delimiter("Nr;Actie;Omschrijving, kort\n1;2;3") == ";"
    assert sniff_delimiter("Nr,Actie\n") == ","
    assert sniff_delimiter("Nr\tActie\n") == "\t"


# Text as people type it: any printable character (quotes, ; , = + @ ' and accents included),
# several lines; control characters cannot live in .xlsx and are left out, and bidi overrides
# are dropped on export (storage.clean).
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_LINE = st.text(
    st.characters(
        blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85" + _BIDI
    ),
    max_size=40,
)
_CELL = st.lists(_LINE, min_size=1, max_size=4).map(lambda lines: "\n".join(lines).strip())


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cells=st.lists(_CELL, min_size=3, max_size=3))
@example(cells=["=1+1", "+31 6 1234\n- stap; met 'quote'", '@here "x"'])
def test_any_text_survives_csv_and_xlsx(cells: list[str], tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("roundtrip")
    sheet = Sheet(
        "Acties", ["Nr", "Actie", "Stand van zaken"], [["1.1", *cells[:2]], ["1.2", cells[2], ""]]
    )
    for name in ("p.csv", "p.xlsx"):
        path = folder / name
        if name.endswith(".csv"):
            write_csv(path, sheet)
        else:
            write_xlsx(path, [sheet], title="x")
        table = read_source(path).actions
        rows = [row + [""] * (3 - len(row)) for _, row in table.rows]
        expected = [r for r in sheet.rows if any(str(c).strip() for c in r)]
        assert rows == [[str(c) for c in r] for r in expected], name


def test_title_rows_above_the_header_and_excel_sep_line(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Acties"
    ws.append(["Uitvoeringsprogramma Van opvang naar wonen"])
    ws.append([])
    ws.append(["Nr", "Actielijn", "Actie"])
    ws.append(["1.1", "1. Voorkomen", "Armoede en schulden"])
    book.save(tmp_path / "p.xlsx")
    table = read_source(tmp_path / "p.xlsx").actions
    assert (table.header_row, table.headers) == (3, ["Nr", "Actielijn", "Actie"])
    assert table.rows == [(4, ["1.1", "1. Voorkomen", "Armoede en schulden"])]

    (tmp_path / "p.csv").write_bytes(b"sep=,\r\nNr,Actielijn;Actie\r\n1.1,1. Voorkomen;A,B\r\n")
    table = read_source(tmp_path / "p.csv").actions
    assert table.headers == ["Nr", "Actielijn;Actie"]
    assert table.rows == [(2, ["1.1", "1. Voorkomen;A", "B"])]


def test_a_csv_title_row_names_the_programme_with_or_without_label(tmp_path: Path) -> None:
    header = "Nr;Actielijn;Actie\r\n1.1;1. Voorkomen;Armoede\r\n"
    (tmp_path / "a.csv").write_text('"Programma: Van opvang; naar wonen";;\r\n' + header)
    source = read_source(tmp_path / "a.csv")
    assert (source.title, source.actions.header_row) == ("Van opvang; naar wonen", 2)
    (tmp_path / "b.csv").write_text("Uitvoeringsprogramma 2026;;\r\n" + header)
    assert read_source(tmp_path / "b.csv").title == "Uitvoeringsprogramma 2026"


def test_delimiter_under_a_one_cell_title() -> None:
    """A title line above the header (one cell, perhaps with a comma) does not decide."""
    titled = "Van opvang naar wonen\nNr;Actie;Omschrijving\n1.1;Armoede;Pilot, Dordt West\n"
    assert sniff_delimiter(titled) == ";"
    comma_title = "Programma: Dordrecht, 2026\nNr;Actie;Regiehouder\n1.1;A;Anna\n1.2;B;Bert\n"
    assert sniff_delimiter(comma_title) == ";"
    assert sniff_delimiter("sep=,\nNr,Actie\n1,2\n") == ","
    assert sniff_delimiter("Alleen een titel\n") == ","


def test_a_semicolon_csv_under_a_one_cell_title_is_read(tmp_path: Path) -> None:
    rows = "".join(f"1.{i};1. Voorkomen;Actie {i}, met komma\r\n" for i in range(1, 8))
    text = "Uitvoeringsprogramma Van opvang naar wonen\r\nNr;Actielijn;Actie\r\n" + rows
    (tmp_path / "p.csv").write_text(text, encoding="utf-8")
    table = read_source(tmp_path / "p.csv").actions
    assert (table.header_row, table.headers) == (2, ["Nr", "Actielijn", "Actie"])
    assert table.rows[0] == (3, ["1.1", "1. Voorkomen", "Actie 1, met komma"])
