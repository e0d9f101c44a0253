"""Applying validated records to the database, inside the caller's transaction.

The programme, its people and themes first; then the actions (apply_actions: matched by code,
new ones added, changed ones get an ActionChange per field, missing ones cancelled, never
deleted; a new or changed status / stand van zaken is a StatusUpdate with source ``import``);
then the indicators. Everything is loaded up front with a handful of queries.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, func, select

from storage.models import Action, Indicator, Programme, StatusUpdate, Theme, slug_for
from workflows import messages
from workflows.errors import ProgrammeUnknown
from workflows.importing.apply_actions import SOURCE, diff_actions, write_actions
from workflows.importing.apply_indicators import apply_indicators
from workflows.importing.apply_people import PeopleIndex
from workflows.importing.records import ActionRecord, ImportData, Problems
from workflows.importing.result import ImportResult

__all__ = ["apply_import"]


def _id(row: Programme | Action | Indicator) -> int:
    assert row.id is not None, "flushed before use"
    return row.id


def apply_import(
    data: ImportData,
    *,
    session: Session,
    now: datetime,
    name: str | None,
    default_name: str,
    slug: str | None = None,
    overwrite: bool = False,
    workspace_id: str = "",
    dry_run: bool = False,
) -> ImportResult:
    """Write ``data`` into the database (the caller commits); ImportFailed on a conflict.
    ``dry_run``: the same result, without writing the actions (the caller rolls back the
    programme, people and themes written to compare with).

    The target programme: the one with ``slug`` (created when new); without a slug the one
    named like the file (``name`` or the file's title), else a new one; a file without a name
    goes into the only programme. A status or stand van zaken given in the bot after the file
    was made is kept (listed in ``conflicts``) unless ``overwrite``."""
    problems = Problems(data.file)
    programme, created = _target(session, workspace_id, data, now, name, default_name, slug)
    result = ImportResult(
        programme=programme.name,
        file=data.file,
        slug=programme.slug,
        created=created,
        warnings=list(data.warnings),
        overwritten=overwrite,
    )
    cutoff = data.exported_at or (None if created else _previous_import(session, programme))
    people = PeopleIndex(session, workspace_id)
    people.apply_sheet(data.people, problems, _id(programme))
    problems.raise_if_errors()
    themes = _apply_themes(session, programme, data.actions)
    bot_updates = {} if created else _bot_updates_after(session, programme, cutoff)
    writes = diff_actions(
        session,
        programme,
        themes,
        people,
        data.actions,
        now=now,
        result=result,
        bot_updates=bot_updates,
        overwrite=overwrite,
    )
    if not dry_run:
        write_actions(session, writes, now=now)
    if data.indicators is not None:
        counts = apply_indicators(session, programme, data.indicators)
        result.indicators, result.measurements = counts
    programme.imported_at = now
    session.add(programme)
    session.flush()
    return result


def _target(
    session: Session,
    workspace_id: str,
    data: ImportData,
    now: datetime,
    name: str | None,
    default_name: str,
    slug: str | None,
) -> tuple[Programme, bool]:
    """The workspace's programme the file goes into, and whether it is new."""
    in_workspace = select(Programme).where(Programme.workspace_id == workspace_id)
    if slug:
        found = session.exec(in_workspace.where(Programme.slug == slug)).first()
        if found is not None:
            if name and name != found.name:
                found.name = name
                session.add(found)
            return found, False
        wanted_name = name or data.title or default_name
        return _new_programme(session, workspace_id, wanted_name, slug, now), True
    wanted = name or data.title
    everything = session.exec(in_workspace.order_by(col(Programme.id))).all()
    if wanted:
        for programme in everything:
            if _same_name(programme.name, wanted):
                return programme, False
        return _new_programme(session, workspace_id, wanted, None, now), True
    if len(everything) == 1:
        return everything[0], False
    if everything:
        slugs = ", ".join(f"`{p.slug}`" for p in everything)
        raise ProgrammeUnknown(messages.IMPORT_WHICH_PROGRAMME.format(slugs=slugs))
    return _new_programme(session, workspace_id, default_name, None, now), True


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _new_programme(
    session: Session, workspace_id: str, name: str, slug: str | None, now: datetime
) -> Programme:
    taken = set(
        session.exec(select(Programme.slug).where(Programme.workspace_id == workspace_id)).all()
    )
    if slug is None:
        base = slug_for(name)
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
    programme = Programme(workspace_id=workspace_id, name=name, slug=slug, created_at=now)
    session.add(programme)
    session.flush()
    return programme


def _previous_import(session: Session, programme: Programme) -> datetime | None:
    """When the programme was last imported (databases from before 0004: the newest update
    the import wrote)."""
    if programme.imported_at is not None:
        return programme.imported_at
    return session.exec(
        select(func.max(StatusUpdate.created_at))
        .join(Action, col(Action.id) == col(StatusUpdate.action_id))
        .where(Action.programme_id == programme.id, StatusUpdate.source == SOURCE)
    ).one()


def _bot_updates_after(
    session: Session, programme: Programme, cutoff: datetime | None
) -> dict[int, datetime]:
    """Actions with an update given in the bot (not by an import) after ``cutoff``: the
    moment of the newest one, by action id."""
    if cutoff is None:
        return {}
    rows = session.exec(
        select(StatusUpdate.action_id, func.max(StatusUpdate.created_at))
        .join(Action, col(Action.id) == col(StatusUpdate.action_id))
        .where(
            Action.programme_id == programme.id,
            StatusUpdate.source != SOURCE,
            col(StatusUpdate.created_at) > cutoff,
        )
        .group_by(col(StatusUpdate.action_id))
    ).all()
    return {action_id: at for action_id, at in rows}


def _apply_themes(
    session: Session, programme: Programme, records: list[ActionRecord]
) -> dict[str, Theme]:
    existing = {
        t.number: t for t in session.exec(select(Theme).where(Theme.programme_id == programme.id))
    }
    order: list[str] = []
    for record in records:
        if record.theme_number not in order:
            order.append(record.theme_number)
    title_of: dict[str, str] = {}
    for record in records:
        title_of.setdefault(record.theme_number, record.theme_title)
    for position, number in enumerate(order):
        theme = existing.get(number)
        if theme is None:
            theme = Theme(programme_id=_id(programme), number=number, title=title_of[number])
            existing[number] = theme
        theme.title = title_of[number]
        theme.position = position
        session.add(theme)
    session.flush()
    return existing
