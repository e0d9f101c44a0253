"""The report workflow: pick the format, build the model in one transaction, write atomically."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine

from workflows import messages
from workflows.dates.halfyear import HalfYear
from workflows.errors import ParseError
from workflows.report.build import build_report
from workflows.report.model import Report
from workflows.report.output import write_atomically
from workflows.runtime.collector import cyclic_gc_paused
from workflows.runtime.database import transaction
from workflows.settings import DEFAULT_ZONE

Writer = Callable[[Report, Path], None]
# Each writer's module is imported when a report is written in its format: a .docx report never
# loads openpyxl, a .md one neither python-docx nor matplotlib (start-up, docs/benchmarks.md).
WRITERS: dict[str, tuple[str, str]] = {
    ".docx": ("workflows.report.docx_writer", "write_docx"),
    ".md": ("workflows.report.markdown_writer", "write_markdown"),
    ".xlsx": ("workflows.report.xlsx_writer", "write_xlsx"),
}


@dataclass(frozen=True)
class Compiled:
    path: Path
    report: Report

    @property
    def summary(self) -> str:
        """``22 acties, 18 updates ontvangen, 3 vertraagd``."""
        return self.report.summary_line


def writer_for(path: Path) -> Writer:
    """The writer for the file's extension; anything else is a Dutch ParseError. Its module
    is imported on the first call, not here, so checking a name costs nothing."""
    found = WRITERS.get(path.suffix.lower())
    if found is None:
        raise ParseError(messages.REPORT_BAD_FORMAT.format(name=path.name))
    module, name = found

    def write(report: Report, target: Path) -> None:
        writer: Writer = getattr(importlib.import_module(module), name)
        writer(report, target)

    return write


def report_filename(
    half_year: HalfYear,
    suffix: str = ".docx",
    *,
    year: int | None = None,
    internal: bool = False,
) -> str:
    """``voortgangsrapportage-2026-H2.docx``, ``jaarrapportage-2026-intern.docx``."""
    stem = (
        f"jaarrapportage-{year}" if year is not None else f"voortgangsrapportage-{half_year.code}"
    )
    return f"{stem}{'-intern' if internal else ''}{suffix}"


@dataclass(frozen=True)
class Options:
    """Which version: the council's (default), the internal one, a concept, a year."""

    internal: bool = False
    draft: bool = False
    names: bool = False
    year: int | None = None


def compile_report(
    *,
    engine: Engine,
    workspace_id: str,
    half_year: HalfYear,
    path: Path,
    now: datetime,
    tz: ZoneInfo = DEFAULT_ZONE,
    options: Options | None = None,
    programme_id: int | None = None,
) -> Compiled:
    """Compile the report for ``half_year`` into ``path`` (.docx, .md or .xlsx).

    The format is checked before any work; the file appears only when it is complete, so a
    failure leaves no partial file (OutputError says why, in Dutch). With ``options.year`` the
    report covers that whole year (``half_year`` is then its second half).
    """
    writer = writer_for(path)
    opts = options or Options()
    if opts.year is not None:
        half_year = HalfYear(opts.year, 2)
    # The model, the document and its charts are held to the end (matplotlib's figures are
    # cycles): the collector's full passes would walk them, and every library, for nothing.
    with cyclic_gc_paused():
        with transaction(engine) as session:
            report = build_report(
                session=session,
                half_year=half_year,
                now=now,
                tz=tz,
                year=opts.year,
                internal=opts.internal,
                draft=opts.draft,
                names=opts.names,
                workspace_id=workspace_id,
                programme_id=programme_id,
            )
        write_atomically(path, lambda temp: writer(report, temp))
    return Compiled(path=path, report=report)
