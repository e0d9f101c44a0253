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
import zlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from xml.etree.ElementTree import ParseError

from lxml.etree import LxmlError
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from workflows import messages
from workflows.dates.dutch import fold
from workflows.importing.cells import csv_unescape
from workflows.importing.headers import KNOWN_KEYS, key_and_year
from workflows.importing.records import Problems

HEADER_SEARCH_ROWS = 20
# Limits for a file somebody hands the bot. A real programme (a few hundred actions) is far
# below each; a file above one is refused in Dutch within seconds instead of taking minutes
# and all memory (a 770 KB .xlsx can unpack to a 256 MB sheet).
MAX_FILE_BYTES = 20 * 1024 * 1024  # on disk
MAX_UNPACKED_BYTES = 50 * 1024 * 1024  # an .xlsx is a zip: the sum of its unpacked parts
MAX_ROWS = 10_100  # per sheet: 10,000 actions with room for title and header rows
MAX_COLUMNS = 200  # cells further right are not read
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
_MB = 1024 * 1024
# What openpyxl, zipfile and the XML parsers raise for a damaged or foreign file.
_UNREADABLE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    InvalidFileException,
    KeyError,
    ValueError,
    TypeError,
    OSError,
    EOFError,
    IndexError,
    AttributeError,
    zlib.error,
)
_BROKEN_XML = (ParseError, LxmlError)


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
        if sum(1 for cell in raw_rows[index] if key_and_year(cell)[0] in KNOWN_KEYS) >= 2:
            return index
    return filled[0] if filled else None


def _table(file: str, raw_rows: list[list[str]]) -> Table | None:
    """Rows below the header row, empty ones skipped, numbered as Excel shows them."""
    header_index = _header_index(raw_rows)
    if header_index is None:
        return None
    skip = merge_grouped_header(raw_rows, header_index)
    headers = [h.strip() for h in raw_rows[header_index]]
    table = Table(file=file, headers=headers, header_row=header_index + 1)
    table.title = title_of(raw_rows[:header_index])
    table.exported_at = exported_at_of(raw_rows[:header_index])
    for index in range(header_index + 1 + skip, len(raw_rows)):
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
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        problems.error(
            messages.IMPORT_FILE_TOO_BIG.format(size=size // _MB, max=MAX_FILE_BYTES // _MB)
        )
        problems.raise_if_errors()
    source = _read_xlsx(path, problems) if suffix != ".csv" else _read_csv_family(path, problems)
    problems.raise_if_errors()
    assert source is not None
    return source


# -- xlsx ---------------------------------------------------------------------------------


def _unpacked_size(path: Path) -> int | None:
    """The sum of the unpacked sizes the zip declares (zipfile refuses to inflate a part past
    its declared size); None when it is no zip at all."""
    try:
        with zipfile.ZipFile(path) as archive:
            return sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def _read_xlsx(path: Path, problems: Problems) -> Source | None:
    unpacked = _unpacked_size(path)
    if unpacked is None:
        problems.error(messages.IMPORT_NOT_XLSX)
        return None
    if unpacked > MAX_UNPACKED_BYTES:
        problems.error(
            messages.IMPORT_UNPACKED_TOO_BIG.format(
                size=unpacked // _MB, max=MAX_UNPACKED_BYTES // _MB
            )
        )
        return None
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except _BROKEN_XML:
        problems.error(messages.IMPORT_BROKEN_XLSX)
        return None
    except _UNREADABLE:
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
                rows = _sheet_rows(book[sheets[name]], sheets[name], problems)
                if rows is None:
                    return None
                tables[name] = _table(path.name, rows)
        title = (book.properties.title or "").strip() or None
        exported_at = exported_moment(book.properties.description or "")
    except _BROKEN_XML:
        problems.error(messages.IMPORT_BROKEN_XLSX)
        return None
    except _UNREADABLE:
        problems.error(messages.IMPORT_NOT_XLSX)
        return None
    finally:
        book.close()
    actions = tables.get("acties")
    if actions is None:
        problems.error(messages.IMPORT_EMPTY)
        return None
    title = actions.title or title
    return Source(
        path.name,
        actions,
        tables.get("indicatoren"),
        tables.get("personen"),
        title,
        actions.exported_at or exported_at,
    )


def _sheet_rows(sheet: object, name: str, problems: Problems) -> list[list[str]] | None:
    """A sheet's cells as texts, streamed, within MAX_ROWS, MAX_COLUMNS and MAX_CELL_CHARS;
    None (with the problem recorded) past a limit."""
    rows: list[list[str]] = []
    width = sheet.max_column  # type: ignore[attr-defined]  # from the sheet's dimension, if any
    bounded = not width or width > MAX_COLUMNS
    cells = sheet.iter_rows(  # type: ignore[attr-defined]
        values_only=True, max_col=MAX_COLUMNS if bounded else None
    )
    for number, row in enumerate(cells, start=1):
        if number > MAX_ROWS:
            problems.error(messages.IMPORT_TOO_MANY_ROWS.format(sheet=name, max=MAX_ROWS))
            return None
        end = len(row)
        while end and row[end - 1] is None:
            end -= 1  # max_col pads every row with None up to MAX_COLUMNS: not cells to read
        texts = [cell_text(v) for v in row[:end]]
        while bounded and texts and not texts[-1]:
            texts.pop()
        if _too_long(texts, number, problems):
            return None
        rows.append(texts)
    return rows


def _too_long(texts: list[str], row: int, problems: Problems) -> bool:
    for index, text in enumerate(texts, start=1):
        if len(text) > MAX_CELL_CHARS:
            message = messages.IMPORT_CELL_TOO_LONG.format(length=len(text), max=MAX_CELL_CHARS)
            problems.error(message, row, get_column_letter(index))
            return True
    return False


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


_DELIMITERS = ";,\t"
_SAMPLE_LINES = 20


def sniff_delimiter(text: str) -> str:
    """Semicolon (Dutch Excel), comma or tab: what ``csv.Sniffer`` finds in the first lines.

    Not the first line alone: a programme's CSV often starts with a one-cell title ("Van opvang
    naar wonen", or "Programma: Dordrecht, 2026" with a comma in it) above the real header.
    When the sniffer cannot tell (a few lines only), the one on the most lines decides."""
    lines = text.lstrip("\r\n")[:65536].splitlines()[:_SAMPLE_LINES]
    if lines and re.fullmatch(r"sep=.", lines[0], re.IGNORECASE):
        lines = lines[1:]  # Excel's hint line; the caller reads it
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=_DELIMITERS).delimiter
    except csv.Error:
        pass
    # the one on the most lines (a title has one cell), then the most often
    score = {
        d: (sum(d in line for line in lines), sum(line.count(d) for line in lines))
        for d in _DELIMITERS
    }
    best = max(score, key=lambda d: score[d])
    return best if score[best][0] else ","


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
    # The csv module's own cell limit (128 KiB) would end in an English error; MAX_FILE_BYTES
    # bounds a cell anyway, and MAX_CELL_CHARS is checked below with row and column.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    try:
        for row in reader:
            if len(rows) >= MAX_ROWS:
                problems.error(messages.IMPORT_TOO_MANY_ROWS.format(sheet=path.name, max=MAX_ROWS))
                return None
            texts = [csv_unescape(cell_text(c)) for c in row[:MAX_COLUMNS]]
            if _too_long(texts, len(rows) + 1, problems):
                return None
            rows.append(texts)
    except csv.Error:
        problems.error(messages.IMPORT_BAD_CSV, len(rows) + 1)
        return None
    table = _table(path.name, rows)
    if table is None:
        problems.error(messages.IMPORT_EMPTY)
    return table


_TITLE = re.compile(rf"{messages.CSV_TITLE_LABEL}\s*:\s*(?P<name>.+)", re.IGNORECASE | re.DOTALL)


# -- what coordinators' own files have: a grouped planning header, title rows -------------

_YEAR_CELL = re.compile(r"^(?:19|20)\d\d$")
_HALF_CELL = re.compile(r"^(?:1e|1ste|eerste|2e|2de|tweede|h1|h2)(?:\s+helft)?$")


def _is_subheader(row: list[str]) -> bool:
    """A row under the header that only holds years ("2026") or half-year words ("1e", "2e
    helft", "1e helft 2026"): part of a grouped planning header, not an action."""
    from workflows.dates.halfyear import HalfYear  # dates does not import reading

    cells = [" ".join(fold(c).split()) for c in row if c.strip()]
    return bool(cells) and all(
        _YEAR_CELL.match(c) or _HALF_CELL.match(c) or HalfYear.try_parse(c) is not None
        for c in cells
    )


def merge_grouped_header(raw_rows: list[list[str]], header_index: int) -> int:
    """Fold the grouped planning header the bot's own report draws ("Planning" over year cells
    over "1e"/"2e" cells, merged in .xlsx, plain rows in .csv) into the header row: each
    planning column gets a header such as "2026 1e helft". Returns how many rows below the
    header belonged to it (0 for a plain one-row header)."""
    header = raw_rows[header_index]
    below: list[list[str]] = []
    for row in raw_rows[header_index + 1 : header_index + 3]:
        if not _is_subheader(row):
            break
        below.append(row)
    if not below:
        return 0
    width = max(len(header), *(len(r) for r in below))
    merged = header + [""] * (width - len(header))
    year = [""] * width  # the year over each column, a merged year cell filled rightwards
    for row in below:
        carry = ""
        for index in range(width):
            cell = row[index].strip() if index < len(row) else ""
            carry = cell if _YEAR_CELL.match(cell) else ("" if cell else carry)
            year[index] = year[index] or carry
    for row in below:
        for index in range(min(width, len(row))):
            cell = " ".join(row[index].split())
            if not cell or _YEAR_CELL.match(cell):
                continue
            merged[index] = cell if re.search(r"\d{4}", cell) else f"{year[index]} {cell}"
    raw_rows[header_index] = merged
    return len(below)


def title_of(above_header: list[list[str]]) -> str | None:
    """The programme name: the first title row above the header (a row with one filled cell);
    "Programma: <naam>" (as the CSV export writes it) gives <naam>."""
    for row in above_header:
        cells = [c.strip() for c in row if c.strip()]
        if len(cells) == 1 and exported_moment(cells[0]) is None:
            match = _TITLE.fullmatch(cells[0])
            name = match["name"].strip() if match else cells[0]
            return " ".join(name.split()) or None
    return None


_EXPORTED = re.compile(rf"{messages.EXPORTED_AT_LABEL}\s*:?\s*(?P<at>\S+)", re.IGNORECASE)


def exported_at_of(above_header: list[list[str]]) -> datetime | None:
    """The moment of a "Geëxporteerd op: ..." title row above the header, if there is one."""
    for row in above_header:
        cells = [c.strip() for c in row if c.strip()]
        if len(cells) == 1 and (moment := exported_moment(cells[0])) is not None:
            return moment
    return None


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
