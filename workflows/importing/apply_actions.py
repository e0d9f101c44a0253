"""The file's actions against the programme's: first the difference, then writing it.

``diff_actions`` matches actions by code and fills the ImportResult (added, changed, every
field, conflicts with newer bot updates, cancelled, reinstated) and a list of ``ActionWrites``
without writing anything; ``write_actions`` then writes them with a handful of statements. A
dry run stops after the difference, so it reports exactly what the import would write.

The programme's actions are compared as plain rows (one Core select of the table), not ORM
objects: building 10,000 Action objects took longer than the comparison itself. Only the
actions that get a status update are loaded as objects, by ``record_updates``' rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import RowMapping, Table, insert, select
from sqlmodel import Session, col
from sqlmodel import select as orm_select

from storage.models import Action, ActionChange, ActionDeputy, Person, Programme, Theme
from workflows import messages
from workflows.importing.apply_new import (
    ACTION_TABLE,
    baseline_rows,
    insert_actions,
    insert_baselines,
    update_actions,
)
from workflows.importing.apply_people import PeopleIndex, person_label
from workflows.importing.records import ActionRecord, Problem
from workflows.importing.result import FieldChange, ImportResult, SlackConflict
from workflows.programme.columns import ACTION_COLUMNS
from workflows.programme.statuses import Status
from workflows.updates.history import record_updates

SOURCE = "import"

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
DEPUTY_TABLE: Table = ActionDeputy.__table__  # type: ignore[attr-defined]
_LOG_NAME = {"theme_id": "theme", "target_text": "target", "owner_id": "owner"}
_CHUNK = 500  # ids per IN (...) list: within every database's limit on parameters


@dataclass
class ActionWrites:
    """What importing the file's actions writes (a dry run writes none of it)."""

    programme_id: int
    # new actions: the record, its column values and the deputies the file names
    new: list[tuple[ActionRecord, dict[str, Any], list[Person]]] = field(default_factory=list)
    moved: list[dict[str, Any]] = field(default_factory=list)  # {"id", "position"}
    rewritten: list[dict[str, Any]] = field(default_factory=list)  # {"id", every field}
    changes: list[dict[str, Any]] = field(default_factory=list)  # ActionChange rows
    # existing actions: (id, new status or None, new stand van zaken or None), in order
    updates: list[tuple[int, Status | None, str | None]] = field(default_factory=list)
    # existing actions: (id, owner id, the deputies the file names)
    placed: list[tuple[int, int | None, list[Person]]] = field(default_factory=list)


def diff_actions(
    session: Session,
    programme: Programme,
    themes: dict[str, Theme],
    people: PeopleIndex,
    records: list[ActionRecord],
    *,
    now: datetime,
    result: ImportResult,
    bot_updates: dict[int, datetime],
    overwrite: bool,
) -> ActionWrites:
    """Compare the file's actions with the programme's; fill ``result``, write nothing of the
    actions (new owners are added to the session: they need an id to compare with)."""
    assert programme.id is not None, "flushed before use"
    writes = ActionWrites(programme.id)
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
    all_values = [
        _fields(r, themes[r.theme_number], owner.id if (owner := owners.get(id(r))) else None)
        for r in records
    ]
    existing = _existing(session, programme.id, {k for values in all_values for k in values})
    for position, (record, values) in enumerate(zip(records, all_values, strict=True)):
        owner = owners.get(id(record))
        named = deputies.get(id(record), [])
        action = existing.pop(record.code.lower(), None)
        if action is None:
            row = {
                "programme_id": programme.id,
                "code": record.code,
                "position": position,
                # the baseline update records the same status and text
                "status": record.status or Status.NOT_STARTED,
                "status_text": (record.status_text or "").strip(),
                **values,
            }
            writes.new.append((record, row, named))
            result.added.append(record.code)
            continue
        action_id, code = action["id"], action["code"]
        changed = written = False
        for name, value in values.items():
            old = action[name]
            if old == value:
                continue
            written = True
            if name in _LOGGED:
                old_log, new_log = old, value
                if name == "theme_id":
                    old_log, new_log = theme_number.get(old), theme_number.get(value)
                elif name == "owner_id":
                    old_log = label_of.get(old) or _label(session, old)
                    new_log = label_of[value] if value in label_of else person_label(owner)
                log_name = _LOG_NAME.get(name, name)
                writes.changes.append(_change(action_id, now, log_name, old_log, new_log))
                result.details.append(FieldChange(code, log_name, old_log, new_log))
                changed = True
        if action["position"] != position:
            writes.moved.append({"id": action_id, "position": position})
        current = action["status"]
        reinstated = current == Status.CANCELLED.value and record.status != Status.CANCELLED
        if reinstated:
            result.reinstated.append(code)
            writes.changes.append(_change(action_id, now, "reinstated", current, None))
        status = record.status or (Status.NOT_STARTED if reinstated else None)
        new_status = status is not None and status.value != current
        new_text = record.status_text is not None and record.status_text != action["status_text"]
        said_at = bot_updates.get(action_id)
        if (new_status or new_text) and said_at is not None:
            result.conflicts.append(
                SlackConflict(
                    code,
                    said_at,
                    current,
                    action["status_text"],
                    status.value if new_status and status else None,
                    record.status_text if new_text else None,
                )
            )
            if not overwrite:
                new_status = new_text = False
        if new_status or new_text:
            if new_status and status is not None:
                result.details.append(FieldChange(code, "status", current, status))
            if new_text:
                result.details.append(
                    FieldChange(code, "status_text", action["status_text"], record.status_text)
                )
            writes.updates.append(
                (
                    action_id,
                    status if new_status else None,
                    record.status_text if new_text else None,
                )
            )
            changed = True
        if changed:
            result.changed.append(record.code)
        else:
            result.unchanged += 1
        if written or changed:
            updated_at = now if changed else action["updated_at"]
            writes.rewritten.append({"id": action_id, **values, "updated_at": updated_at})
        writes.placed.append((action_id, values["owner_id"], named))
    for action in sorted(existing.values(), key=lambda a: a["position"]):
        if action["status"] == Status.CANCELLED.value:
            continue
        writes.changes.append(_change(action["id"], now, "cancelled", action["status"], None))
        writes.updates.append((action["id"], Status.CANCELLED, None))
        result.cancelled.append(action["code"])
    return writes


def _existing(session: Session, programme_id: int, compared: set[str]) -> dict[str, RowMapping]:
    """The programme's actions by lower-case code, as rows of the columns the import
    compares (JSON columns the file does not fill are not loaded: decoding them is slow)."""
    names = {"id", "code", "position", "status", "status_text", "updated_at", *compared}
    columns = [c for c in ACTION_TABLE.columns if c.key in names]
    rows = session.execute(select(*columns).where(ACTION_TABLE.c.programme_id == programme_id))
    return {row["code"].lower(): row for row in rows.mappings()}


def write_actions(session: Session, writes: ActionWrites, *, now: datetime) -> None:
    """Write what ``diff_actions`` found, in the caller's transaction."""
    update_actions(session, writes.moved)
    update_actions(session, writes.rewritten)
    new_ids = insert_actions(session, [row for _record, row, _named in writes.new], now=now)
    baselines: list[tuple[int, Status, str]] = []
    placed = list(writes.placed)
    changes = list(writes.changes)
    for (record, row, named), action_id in zip(writes.new, new_ids, strict=True):
        changes.append(_change(action_id, now, "created", None, record.code))
        placed.append((action_id, row["owner_id"], named))
        if record.status is not None or record.status_text:
            baselines.append((action_id, row["status"], row["status_text"]))
    if changes:
        session.execute(insert(CHANGE_TABLE), changes)  # the table: one executemany
    _add_deputies(session, writes.programme_id, placed)
    insert_baselines(session, baseline_rows(baselines, now=now, source=SOURCE))
    loaded = _load_actions(session, [action_id for action_id, _s, _t in writes.updates])
    record_updates(
        session=session,
        changes=[(loaded[action_id], status, text) for action_id, status, text in writes.updates],
        now=now,
        source=SOURCE,
    )


def _load_actions(session: Session, ids: list[int]) -> dict[int, Action]:
    """The Action objects with these ids (the ones that get a status update)."""
    found: dict[int, Action] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for action in session.exec(orm_select(Action).where(col(Action.id).in_(chunk))):
            assert action.id is not None
            found[action.id] = action
    return found


def _add_deputies(
    session: Session, programme_id: int, placed: list[tuple[int, int | None, list[Person]]]
) -> None:
    """Deputies named in the file are added; ones already there stay (a re-import never takes
    a deputy away)."""
    if not any(named for _a, _o, named in placed):
        return
    there = {
        (action_id, person_id)
        for action_id, person_id in session.execute(
            select(DEPUTY_TABLE.c.action_id, DEPUTY_TABLE.c.person_id)
            .join(ACTION_TABLE, ACTION_TABLE.c.id == DEPUTY_TABLE.c.action_id)
            .where(ACTION_TABLE.c.programme_id == programme_id)
        )
    }
    rows = []
    for action_id, owner_id, named in placed:
        for person in named:
            assert person.id is not None
            if person.id != owner_id and (action_id, person.id) not in there:
                there.add((action_id, person.id))
                rows.append({"action_id": action_id, "person_id": person.id})
    if rows:
        session.execute(insert(DEPUTY_TABLE), rows)


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


def _change(action_id: int, now: datetime, field: str, old: Any, new: Any) -> dict[str, Any]:
    """An ActionChange row for the bulk insert at the end of the import."""
    return {"action_id": action_id, "at": now, "source": SOURCE, "field": field, "old": old,
            "new": new}  # fmt: skip


def _label(session: Session, person_id: int | None) -> str | None:
    if person_id is None:
        return None
    return person_label(session.get(Person, person_id))
