"""Writing an import's actions in bulk: new actions and their baselines with one INSERT
each, changed actions with one UPDATE per set of columns, instead of one ORM object each.

A first import of 10,000 actions spent most of its time building Action objects (SQLModel
sets some thirty attributes through the ORM one by one) and flushing them; a re-import that
changed them all made the ORM send thousands of small UPDATE batches (one per combination of
changed columns). The rows pass the same text cleaning as the ORM's (storage/db.py cleans
``session.execute(insert(...))`` and ``update(...)`` too).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy import text as sql_text
from sqlmodel import Session

from storage.models import Action, StatusUpdate
from workflows.programme.statuses import Status
from workflows.updates.history import check_length

# The tables themselves, not the ORM classes: an ORM bulk insert splits the rows into small
# batches by which of their values are None (thousands of statements for 10,000 actions); a
# table insert sends all of them as one executemany.
ACTION_TABLE: Table = Action.__table__  # type: ignore[attr-defined]
UPDATE_TABLE: Table = StatusUpdate.__table__  # type: ignore[attr-defined]


def _defaults() -> dict[str, Any]:
    """Every column of Action with its model default, so that all rows have the same keys."""
    found: dict[str, Any] = {}
    for name, info in Action.model_fields.items():
        if name == "id":
            continue
        found[name] = info.get_default(call_default_factory=True)
    return found


def insert_actions(session: Session, rows: list[dict[str, Any]], *, now: datetime) -> list[int]:
    """Insert the new actions (column values; the rest takes the model's defaults) in order,
    and return their ids in the same order."""
    if not rows:
        return []
    defaults = _defaults()
    full = [{**defaults, "created_at": now, "updated_at": now, **row} for row in rows]
    if session.get_bind().dialect.name == "postgresql":
        # ids from the sequence in one query: the insert then returns nothing, and psycopg
        # sends it as one prepared statement instead of parsing one with 300,000 parameters
        ids = list(
            session.execute(
                sql_text(
                    "SELECT nextval(pg_get_serial_sequence('action', 'id')) "
                    "FROM generate_series(1, :count)"
                ),
                {"count": len(full)},
            ).scalars()
        )
        for row, new_id in zip(full, ids, strict=True):
            row["id"] = new_id
        session.execute(insert(ACTION_TABLE), full)
        return ids
    returned = session.execute(
        insert(ACTION_TABLE).returning(ACTION_TABLE.c.id, sort_by_parameter_order=True), full
    )
    return [row[0] for row in returned]


def baseline_rows(
    changes: list[tuple[int, Status, str]], *, now: datetime, source: str
) -> list[dict[str, Any]]:
    """The first update of each new action with a status or stand van zaken: the baseline
    (``record_updates``' rules for an import: no round, no author, no quantity yet)."""
    rows = []
    for action_id, status, text in changes:
        check_length(text)
        rows.append(
            {
                "action_id": action_id,
                "round_id": None,
                "author_id": None,
                "created_at": now,
                "status": status,
                "text": text,
                "realised_quantity": None,
                "help_needed": False,
                "carried_over": False,
                "source": source,
            }  # fmt: skip
        )
    return rows


def insert_baselines(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(UPDATE_TABLE), rows)


def update_actions(session: Session, rows: list[dict[str, Any]]) -> None:
    """Write changed columns of existing actions: each row is ``{"id": ..., column: value}``;
    rows with the same columns go in one executemany. The caller keeps its Action objects in
    step (``set_committed_value``), so the ORM writes nothing of this again."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        keys = tuple(sorted(k for k in row if k != "id"))
        groups.setdefault(keys, []).append({f"b_{k}": v for k, v in row.items()})
    for keys, params in groups.items():
        statement = (
            update(ACTION_TABLE)
            .where(ACTION_TABLE.c.id == bindparam("b_id"))
            .values({k: bindparam(f"b_{k}") for k in keys})
        )
        session.execute(statement, params)
