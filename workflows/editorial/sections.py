"""The coordinators' own texts in the report: the introduction (at the start of the
Samenvatting) and a short text per actielijn (under its heading), per programme and half-year.

``/woonzorg redactie inleiding`` and ``/woonzorg redactie actielijn 2`` open a form prefilled
with the text so far; saving an empty text removes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from storage.models import Programme, ReportSection, Theme
from workflows import messages
from workflows.dates.halfyear import HalfYear
from workflows.editorial.period import report_half_year
from workflows.editorial.review import coordinator_of
from workflows.errors import NotFound, ParseError
from workflows.ports.directory import Directory
from workflows.programme.queries import current_programme, themes
from workflows.runtime.database import transaction
from workflows.settings import Settings
from workflows.updates.history import check_length

INTRODUCTION = "inleiding"
THEME = "actielijn"
_PART = re.compile(r"^(inleiding|introductie|actielijn\s+(\S+))\s*(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class SectionText:
    """One coordinator text: where it goes, for which half-year, and its text so far."""

    part: str  # "inleiding" or "actielijn:<theme id>"
    label: str  # "Inleiding", "Actielijn 2: Werken aan perspectief"
    half_year: HalfYear
    text: str


def split_part(args: str) -> tuple[str, str, str]:
    """``"actielijn 2 2026-H2"`` -> ("actielijn", "2", "2026-H2"); ``"inleiding"`` ->
    ("inleiding", "", ""). Anything else is a Dutch ParseError with the usage."""
    match = _PART.match(args.strip())
    if match is None:
        raise ParseError(messages.SECTION_USAGE)
    if match.group(2):
        return THEME, match.group(2), match.group(3)
    return INTRODUCTION, "", match.group(3)


def _theme(session: Session, programme: Programme, number: str) -> Theme:
    found = [t for t in themes(session=session, programme=programme) if t.number == number]
    if not found:
        numbers = ", ".join(t.number for t in themes(session=session, programme=programme))
        raise NotFound(messages.SECTION_NO_THEME.format(number=number, numbers=numbers))
    return found[0]


def _where(
    session: Session, programme: Programme, kind: str, number: str
) -> tuple[str, str, int | None]:
    if kind == INTRODUCTION:
        return INTRODUCTION, messages.SECTION_INTRODUCTION, None
    theme = _theme(session, programme, number)
    label = messages.REPORT_THEME_HEADING.format(number=theme.number, title=theme.title)
    return f"{THEME}:{theme.id}", label, theme.id


def section_key(part: str, half_year: HalfYear) -> str:
    """What a form carries to name the text it edits: ``actielijn:7@2026-H2``."""
    return f"{part}@{half_year.code}"


def _from_key(key: str) -> tuple[str, HalfYear]:
    part, _, code = key.partition("@")
    return part, HalfYear.from_code(code)


def open_section(
    *,
    engine: Engine,
    directory: Directory,
    settings: Settings,
    slack_id: str,
    args: str,
    now: datetime,
    workspace_id: str,
    programme_id: int | None = None,
) -> SectionText:
    """The text a coordinator asked to write (``inleiding`` / ``actielijn 2`` [halfjaar])."""
    kind, number, half_text = split_part(args)
    with transaction(engine) as session:
        programme = current_programme(
            session=session, workspace_id=workspace_id, programme_id=programme_id
        )
        coordinator_of(session, slack_id, directory, settings, programme)
        half = report_half_year(
            session=session, programme=programme, text=half_text, now=now, tz=settings.timezone
        )
        part, label, _ = _where(session, programme, kind, number)
        found = _find(session, programme, part, half)
        return SectionText(part, label, half, found.text if found else "")


def _find(
    session: Session, programme: Programme, part: str, half: HalfYear
) -> ReportSection | None:
    return session.exec(
        select(ReportSection).where(
            ReportSection.programme_id == programme.id,
            ReportSection.half_year == half.code,
            ReportSection.part == part,
        )
    ).first()


def save_section(
    *,
    engine: Engine,
    directory: Directory,
    settings: Settings,
    slack_id: str,
    key: str,
    text: str,
    now: datetime,
    workspace_id: str,
    programme_id: int | None = None,
) -> SectionText:
    """Store (or, when ``text`` is empty, remove) the text named by ``key`` (``section_key``)."""
    text = text.strip()
    check_length(text)
    try:
        part, half = _from_key(key)
    except (ParseError, ValueError) as exc:
        raise NotFound(messages.SECTION_GONE) from exc
    with transaction(engine) as session:
        programme = current_programme(
            session=session, workspace_id=workspace_id, programme_id=programme_id
        )
        caller = coordinator_of(session, slack_id, directory, settings, programme)
        theme_id = None
        label = messages.SECTION_INTRODUCTION
        if part != INTRODUCTION:
            theme = session.get(Theme, int(part.partition(":")[2] or 0))
            if theme is None or theme.programme_id != programme.id:
                raise NotFound(messages.SECTION_GONE)
            theme_id = theme.id
            label = messages.REPORT_THEME_HEADING.format(number=theme.number, title=theme.title)
        found = _find(session, programme, part, half)
        if not text:
            if found is not None:
                session.delete(found)
            return SectionText(part, label, half, "")
        if found is None:
            found = ReportSection(
                programme_id=programme.id,  # type: ignore[arg-type]
                half_year=half.code,
                part=part,
                theme_id=theme_id,
            )
        found.text, found.edited_at, found.edited_by_id = text, now, caller.person_id
        session.add(found)
        return SectionText(part, label, half, text)


def report_sections(
    *, session: Session, programme: Programme, half_year: HalfYear
) -> tuple[str | None, dict[int, str]]:
    """For the report: the introduction and the texts per actielijn (by theme id)."""
    rows = session.exec(
        select(ReportSection).where(
            ReportSection.programme_id == programme.id, ReportSection.half_year == half_year.code
        )
    ).all()
    intro = next((r.text for r in rows if r.part == INTRODUCTION), None)
    per_theme = {r.theme_id: r.text for r in rows if r.theme_id is not None}
    return intro, per_theme
