"""Applying validated records to the database, inside the caller's transaction.

Actions are matched by code: new ones are added, changed ones get an ActionChange per field,
missing ones are cancelled (never deleted). A new or changed status / stand van zaken is a
StatusUpdate with source ``import``. Everything is loaded up front with a handful of queries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, insert
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from storage.models import (
    Action,
    ActionChange,
    ActionDeputy,
    Indicator,
    Person,
    Programme,
    StatusUpdate,
    Theme,
    slug_for,
)
from workflows import messages
from workflows.errors import ProgrammeUnknown
from workflows.importing.apply_indicators import apply_indicators
from workflows.importing.apply_new import (
    baseline_rows,
    insert_actions,
    insert_baselines,
    update_actions,
)
from workflows.importing.apply_people import PeopleIndex, person_label
from workflows.importing.records import (
    ActionRecord,
    ImportData,
    Problem,
    Problems,
)
from workflows.programme.columns import ACTION_COLUMNS
from workflows.programme.statuses import Status
from workflows.updates.history import record_updates

SOURCE = "import"


def _id(row: Programme | Action | Indicator) -> int:
    assert row.id is not None, "flushed before use"
    return row.id


@dataclass(frozen=True)
class FieldChange:
    """One difference between the database and the file, as the dry run lists it."""

    code: str
    field: str  # "title", "planning", "owner", "status", "status_text", "reinstated", ...
    old: Any
    new: Any


@dataclass(frozen=True)
class SlackConflict:
    """A status or stand van zaken given in the bot after the file was made: the bot's wins
    unless ``--overschrijf``."""

    code: str
    at: datetime
    bot_status: str
    bot_text: str
    file_status: str | None
    file_text: str | None


@dataclass
class ImportResult:
    programme: str
    file: str
    slug: str = ""
    created: bool = False  # a new programme
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    reinstated: list[str] = field(default_factory=list)
    unchanged: int = 0
    indicators: int = 0
    measurements: int = 0
    warnings: list[Problem] = field(default_factory=list)
    details: list[FieldChange] = field(default_factory=list)
    conflicts: list[SlackConflict] = field(default_factory=list)
    overwritten: bool = False  # conflicts were resolved in the file's favour

    @property
    def owners_changed(self) -> list[FieldChange]:
        return [d for d in self.details if d.field == "owner" and d.old is not None]

    @property
    def destructive(self) -> bool:
        """Would cancel actions or replace owners: asked before it is done."""
        return bool(self.cancelled or self.owners_changed)

    @property
    def total(self) -> int:
        return len(self.added) + len(self.changed) + self.unchanged


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
) -> ImportResult:
    """Write ``data`` into the database (the caller commits); ImportFailed on a conflict.

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
    _apply_actions(
        session, programme, themes, people, data.actions, now, result, bot_updates, overwrite
    )
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


def _fields(record: ActionRecord, theme: Theme, owner_id: int | None) -> dict[str, Any]:
    target = record.target
    money: dict[str, Any] = {}
    if record.budget is not None:
        money["budget"], money["budget_years"] = record.budget
    if record.spent is not None:
        money["spent"], money["spent_years"] = record.spent
    return money | {
        "theme_id": theme.id,
        "title": record.title,
        **record.values,
        "steps": record.steps,
        "planning": record.planning,
        "target_text": target.text if target else None,
        "target_min": target.min if target else None,
        "target_max": target.max if target else None,
        "target_unit": target.unit if target else None,
        "target_per_year": target.per_year if target else False,
        "target_qualifier": target.qualifier if target else None,
        "deadline": record.deadline,
        "continuous": record.continuous,
        "owner_id": owner_id,
    }


# Fields whose change is logged as an ActionChange (every plain field of ACTION_COLUMNS is),
# and the name the log uses where it is not the attribute's.
_LOGGED = frozenset(
    {
        "theme_id",
        "title",
        "planning",
        "target_text",
        "deadline",
        "continuous",
        "owner_id",
        *(column.key for column, _ in ACTION_COLUMNS.plain_fields),
    }
)
CHANGE_TABLE: Table = ActionChange.__table__  # type: ignore[attr-defined]
_LOG_NAME = {"theme_id": "theme", "target_text": "target", "owner_id": "owner"}


def _apply_actions(
    session: Session,
    programme: Programme,
    themes: dict[str, Theme],
    people: PeopleIndex,
    records: list[ActionRecord],
    now: datetime,
    result: ImportResult,
    bot_updates: dict[int, datetime],
    overwrite: bool,
) -> None:
    existing = {
        a.code.lower(): a
        for a in session.exec(select(Action).where(Action.programme_id == programme.id))
    }
    owners = {id(r): people.resolve(r.owner) for r in records if r.owner is not None}
    deputies = {id(r): [people.resolve(d) for d in r.deputies] for r in records if r.deputies}
    for record in records:
        owner = owners.get(id(record))
        if owner is not None and not (owner.email or owner.slack_id) and owner.kind != "team":
            message = messages.IMPORT_OWNER_UNREACHABLE.format(name=owner.name, code=record.code)
            result.warnings.append(
                Problem(result.file, message, record.row, ACTION_COLUMNS["owner"].header)
            )
    session.flush()  # new people get their ids
    theme_number = {t.id: n for n, t in themes.items()}
    label_of = {p.id: person_label(p) for p in people.by_email.values()}
    label_of.update({p.id: person_label(p) for p in people.by_slack.values()})
    new_rows: list[tuple[ActionRecord, dict[str, Any]]] = []  # inserted in bulk (apply_new)
    updates: list[tuple[ActionRecord, Action, Status | None, str | None]] = []
    changes: list[dict[str, Any]] = []
    # (action id, owner id, the deputies the file names)
    placed: list[tuple[int, int | None, list[Person]]] = []
    moved: list[dict[str, int]] = []  # existing actions whose place in the file changed
    rewritten: list[dict[str, Any]] = []  # existing actions whose fields changed: all of them
    for position, record in enumerate(records):
        owner = owners.get(id(record))
        values = _fields(record, themes[record.theme_number], owner.id if owner else None)
        action = existing.pop(record.code.lower(), None)
        if action is None:
            row = {
                "programme_id": _id(programme),
                "code": record.code,
                "position": position,
                # the baseline update below records the same status and text
                "status": record.status or Status.NOT_STARTED,
                "status_text": (record.status_text or "").strip(),
                **values,
            }
            new_rows.append((record, row))
            result.added.append(record.code)
            continue
        changed = written = False
        for name, value in values.items():
            old = getattr(action, name)
            if old == value:
                continue
            written = True
            if name in _LOGGED:
                old_log, new_log = old, value
                if name == "theme_id":
                    old_log, new_log = theme_number.get(old), theme_number.get(value)
                elif name == "owner_id":
                    old_log = label_of.get(old) or _label(session, old)
                    new_log = person_label(owner)
                changes.append(
                    _change(
                        _id(action),
                        now,
                        field=_LOG_NAME.get(name, name),
                        old=old_log,
                        new=new_log,
                    )
                )
                result.details.append(
                    FieldChange(action.code, _LOG_NAME.get(name, name), old_log, new_log)
                )
                changed = True
            set_committed_value(action, name, value)  # written below, with the others
        if action.position != position:
            moved.append({"id": _id(action), "position": position})
            set_committed_value(action, "position", position)  # written below (update_actions)
        reinstated = action.status == Status.CANCELLED.value and record.status != Status.CANCELLED
        if reinstated:
            result.reinstated.append(action.code)
            changes.append(
                _change(_id(action), now, field="reinstated", old=action.status, new=None)
            )
        status = record.status or (Status.NOT_STARTED if reinstated else None)
        new_status = status is not None and status.value != action.status
        new_text = record.status_text is not None and record.status_text != action.status_text
        said_at = bot_updates.get(_id(action))
        if (new_status or new_text) and said_at is not None:
            result.conflicts.append(
                SlackConflict(
                    action.code,
                    said_at,
                    action.status,
                    action.status_text,
                    status.value if new_status and status else None,
                    record.status_text if new_text else None,
                )
            )
            if not overwrite:
                new_status = new_text = False
        if new_status or new_text:
            if new_status and status is not None:
                result.details.append(FieldChange(action.code, "status", action.status, status))
            if new_text:
                result.details.append(
                    FieldChange(action.code, "status_text", action.status_text, record.status_text)
                )
            updates.append(
                (
                    record,
                    action,
                    status if new_status else None,
                    record.status_text if new_text else None,
                )
            )
            changed = True
        if changed:
            set_committed_value(action, "updated_at", now)
            result.changed.append(record.code)
        else:
            result.unchanged += 1
        if written or changed:
            rewritten.append({"id": _id(action), **values, "updated_at": action.updated_at})
        session.add(action)
        placed.append((_id(action), action.owner_id, deputies.get(id(record), [])))
    session.flush()
    update_actions(session, moved)
    update_actions(session, rewritten)
    new_ids = insert_actions(session, [row for _record, row in new_rows], now=now)
    baselines: list[tuple[int, Status, str]] = []
    for (record, row), action_id in zip(new_rows, new_ids, strict=True):
        changes.append(_change(action_id, now, field="created", old=None, new=record.code))
        placed.append((action_id, row["owner_id"], deputies.get(id(record), [])))
        if record.status is not None or record.status_text:
            baselines.append((action_id, row["status"], row["status_text"]))
    for action in sorted(existing.values(), key=lambda a: a.position):
        if action.status == Status.CANCELLED.value:
            continue
        changes.append(_change(_id(action), now, field="cancelled", old=action.status, new=None))
        updates.append((ActionRecord(0, action.code, "", "", ""), action, Status.CANCELLED, None))
        result.cancelled.append(action.code)
    if changes:
        session.execute(insert(CHANGE_TABLE), changes)  # the table: one executemany
    _add_deputies(session, placed)
    insert_baselines(session, baseline_rows(baselines, now=now, source=SOURCE))
    record_updates(
        session=session,
        changes=[(action, status, text) for _record, action, status, text in updates],
        now=now,
        source=SOURCE,
    )


def _add_deputies(session: Session, placed: list[tuple[int, int | None, list[Person]]]) -> None:
    """Deputies named in the file are added; ones already there stay (a re-import never takes
    a deputy away)."""
    for action_id, owner_id, people in placed:
        for person in people:
            assert person.id is not None
            if person.id == owner_id:
                continue
            if session.get(ActionDeputy, (action_id, person.id)) is None:
                session.add(ActionDeputy(action_id=action_id, person_id=person.id))
    session.flush()


def _change(action_id: int, now: datetime, *, field: str, old: Any, new: Any) -> dict[str, Any]:
    """An ActionChange row for the bulk insert at the end of the import."""
    return {"action_id": action_id, "at": now, "source": SOURCE, "field": field, "old": old,
            "new": new}  # fmt: skip


def _label(session: Session, person_id: int | None) -> str | None:
    if person_id is None:
        return None
    return person_label(session.get(Person, person_id))
