"""Reading .xlsx and .csv files into plain tables of cell texts.

Nothing here knows about actions: a file becomes tables of strings with the row numbers the
user sees in Excel, or an ImportFailed that says, in Dutch, why the file cannot be read.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from workflows import messages
from workflows.dates.dutch import fold
from workflows.importing.headers import KNOWN_KEYS, key
from workflows.importing.records import Problems

HEADER_SEARCH_ROWS = 20


@dataclass
class Table:
    """One sheet: header texts by column and data rows as (Excel row number, cell texts)."""

    file: str
    headers: list[str]
    header_row: int
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    title: str | None = None  # a CSV's "Programma: <naam>" row above the header
    exported_at: datetime | None = None  # a CSV's "Geëxporteerd op: <moment>" row


@dataclass
class Source:
    file: str
    actions: Table
    indicators: Table | None = None
    people: Table | None = None
    title: str | None = None
    exported_at: datetime | None = None  # written by the bot's export at this moment


def cell_text(value: object) -> str:
    """An Excel cell as text: whole numbers without '.0', dates as ISO, newlines kept."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _header_index(raw_rows: list[list[str]]) -> int | None:
    """The header row: the first with two known column names (a title row above it is
    skipped), else the first non-empty row."""
    filled = [i for i, row in enumerate(raw_rows) if any(c.strip() for c in row)]
    for index in filled[:HEADER_SEARCH_ROWS]:
        if sum(1 for cell in raw_rows[index] if key(cell) in KNOWN_KEYS) >= 2:
            return index
    return filled[0] if filled else None


def _table(file: str, raw_rows: list[list[str]]) -> Table | None:
    """Rows below the header row, empty ones skipped, numbered as Excel shows them."""
    header_index = _header_index(raw_rows)
    if header_index is None:
        return None
    headers = [h.strip() for h in raw_rows[header_index]]
    table = Table(file=file, headers=headers, header_row=header_index + 1)
    for index in range(header_index + 1, len(raw_rows)):
        row = raw_rows[index]
        if any(c.strip() for c in row):
            table.rows.append((index + 1, row))
    return table


def read_source(path: Path) -> Source:
    """Read FILE (``.xlsx`` or ``.csv``, by extension); ImportFailed when it cannot be read."""
    problems = Problems(path.name)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".xlsm", ".csv"):
        if suffix == ".xls":
            problems.error(messages.IMPORT_OLD_EXCEL)
        else:
            problems.error(messages.IMPORT_BAD_EXTENSION.format(suffix=suffix or path.name))
        problems.raise_if_errors()
    if not path.is_file():
        problems.error(messages.IMPORT_FILE_NOT_FOUND)
        problems.raise_if_errors()
    source = _read_xlsx(path, problems) if suffix != ".csv" else _read_csv_family(path, problems)
    problems.raise_if_errors()
    assert source is not None
    return source


# -- xlsx ---------------------------------------------------------------------------------


def _read_xlsx(path: Path, problems: Problems) -> Source | None:
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, TypeError):
        # openpyxl reports a damaged or foreign file through any of these
        problems.error(messages.IMPORT_NOT_XLSX)
        return None
    try:
        sheets = {fold(name): name for name in book.sheetnames}
        if "acties" not in sheets:
            found = ", ".join(book.sheetnames) or "-"
            problems.error(messages.IMPORT_NO_SHEET.format(found=found))
            return None
        tables: dict[str, Table | None] = {}
        for name in ("acties", "indicatoren", "personen"):
            if name in sheets:
                rows = [
                    [cell_text(v) for v in row]
                    for row in book[sheets[name]].iter_rows(values_only=True)
                ]
                tables[name] = _table(path.name, rows)
        title = (book.properties.title or "").strip() or None
        exported_at = exported_moment(book.properties.description or "")
    finally:
        book.close()
    actions = tables.get("acties")
    if actions is None:
        problems.error(messages.IMPORT_EMPTY)
        return None
    return Source(
        path.name, actions, tables.get("indicatoren"), tables.get("personen"), title, exported_at
    )


# -- csv ----------------------------------------------------------------------------------


def sibling(path: Path, suffix: str) -> Path:
    """``van_opvang.csv`` -> ``van_opvang-indicatoren.csv``: the other sheets of a CSV export."""
    return path.with_name(f"{path.stem}{suffix}{path.suffix}")


def _read_csv_family(path: Path, problems: Problems) -> Source | None:
    actions = _read_csv(path, problems)
    if actions is None:
        return None
    extra: dict[str, Table | None] = {"indicators": None, "people": None}
    for sheet, suffix in (
        ("indicators", messages.SUFFIX_INDICATORS),
        ("people", messages.SUFFIX_PEOPLE),
    ):
        other = sibling(path, suffix)
        if other.is_file():
            other_problems = Problems(other.name)
            extra[sheet] = _read_csv(other, other_problems)
            problems.items.extend(other_problems.items)
    return Source(
        path.name,
        actions,
        extra["indicators"],
        extra["people"],
        actions.title,
        actions.exported_at,
    )


def decode(data: bytes) -> str | None:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 as Dutch Excel saves."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        except UnicodeDecodeError:
            return None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data:
        return None  # binary: an image, a zip, a renamed .xlsx...
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def sniff_delimiter(text: str) -> str:
    """Semicolon (Dutch Excel), comma or tab: whichever the header line uses most."""
    first = text.lstrip("\r\n").split("\n", 1)[0]
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _unquote(text: str) -> str:
    """``'=1+1`` -> ``=1+1``: the export quotes text Excel would otherwise run as a formula."""
    if text.startswith("'") and text[1:2] in ("=", "+", "@"):
        return text[1:]
    return text


def _read_csv(path: Path, problems: Problems) -> Table | None:
    try:
        data = path.read_bytes()
    except OSError:
        problems.error(messages.IMPORT_FILE_NOT_FOUND)
        return None
    text = decode(data)
    if text is None:
        problems.error(messages.IMPORT_NOT_CSV)
        return None
    if not text.strip():
        problems.error(messages.IMPORT_EMPTY)
        return None
    delimiter = sniff_delimiter(text)
    first, _, rest = text.partition("\n")
    if re.fullmatch(r"sep=.", first.strip("\r"), re.IGNORECASE):
        # Excel's hint line: it names the delimiter and Excel does not show it as a row
        delimiter, text = first.strip("\r")[4], rest
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows = [[_unquote(cell_text(c)) for c in row] for row in reader]
    except csv.Error as exc:
        problems.error(messages.IMPORT_BAD_CSV.format(detail=exc))
        return None
    table = _table(path.name, rows)
    if table is None:
        problems.error(messages.IMPORT_EMPTY)
    else:
        table.title = _title(rows[: table.header_row - 1])
        for row in rows[: table.header_row - 1]:
            cells = [c.strip() for c in row if c.strip()]
            if len(cells) == 1 and table.exported_at is None:
                table.exported_at = exported_moment(cells[0])
    return table


_TITLE = re.compile(rf"{messages.CSV_TITLE_LABEL}\s*:\s*(?P<name>.+)", re.IGNORECASE | re.DOTALL)


def _title(above_header: list[list[str]]) -> str | None:
    """The programme name from a "Programma: <naam>" row above the header (the CSV export
    writes one); other title rows are ignored."""
    for row in above_header:
        cells = [c.strip() for c in row if c.strip()]
        if len(cells) == 1:
            match = _TITLE.fullmatch(cells[0])
            if match:
                return match["name"].strip() or None
    return None


_EXPORTED = re.compile(rf"{messages.EXPORTED_AT_LABEL}\s*:?\s*(?P<at>\S+)", re.IGNORECASE)


def exported_moment(text: str) -> datetime | None:
    """The moment in "Geëxporteerd op: 2026-12-02T10:00:00+00:00" (the export writes it into
    the workbook's description property or a CSV title row); None for anything else."""
    match = _EXPORTED.fullmatch(text.strip())
    if match is None:
        return None
    try:
        moment = datetime.fromisoformat(match["at"])
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
