"""The tick across many workspaces (one deployment installed in many, issue 13).

Slack's limits are per workspace, so the workspaces are ticked side by side on a thread pool,
each with its own notifier (its own token, client and rate limiter) from ``notifier_for``; a
round then takes about as long as its largest workspace, not the sum. Every send is still
claimed in the database first, so nothing goes twice, whichever process or thread ticks.

A workspace ``notifier_for`` has no notifier for (uninstalled, its token revoked) is skipped:
nothing is sent there, and its programme data stays. A workspace that fails (its token revoked
in the middle of the tick, Slack or the database refusing) is logged and does not stop the
others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine
from sqlmodel import col, select

from storage.models import Notification, Person, Programme, Round
from workflows.ports.directory import Directory
from workflows.ports.notify import Notifier
from workflows.reminders.content import Views
from workflows.reminders.tick_report import TickReport
from workflows.runtime.database import transaction
from workflows.settings import Settings

if TYPE_CHECKING:
    from workflows.reminders.policy import ReminderPolicy

log = logging.getLogger(__name__)


@dataclass
class FanOutReport:
    """What one tick across the workspaces did, per workspace id."""

    done: dict[str, TickReport] = field(default_factory=dict)
    not_installed: list[str] = field(default_factory=list)  # no token: nothing sent
    errors: dict[str, str] = field(default_factory=dict)  # the tick of this workspace failed

    def total(self) -> TickReport:
        report = TickReport()
        for one in self.done.values():
            report.merge(one)
        return report


def workspace_ids(engine: Engine) -> list[str]:
    """Every workspace that holds a programme."""
    with transaction(engine) as session:
        found = session.exec(select(Programme.workspace_id).distinct()).all()
    return sorted(str(w) for w in found)


def in_workspace(
    engine: Engine, rows: Sequence[Notification], workspace_id: str
) -> list[Notification]:
    """The claims of one workspace: through their round's programme, else their person, else
    the programme a digest names. A claim that names none of these belongs to ``""``."""
    round_ids = {r.round_id for r in rows if r.round_id is not None}
    person_ids = {r.person_id for r in rows if r.person_id is not None}
    programme_ids = {
        int(r.payload["programme_id"])
        for r in rows
        if isinstance(r.payload, dict) and isinstance(r.payload.get("programme_id"), int)
    }
    with transaction(engine) as session:
        of_round = dict(
            session.exec(
                select(Round.id, Programme.workspace_id)
                .join(Programme, col(Programme.id) == Round.programme_id)
                .where(col(Round.id).in_(round_ids))
            ).all()
        )
        of_person = dict(
            session.exec(
                select(Person.id, Person.workspace_id).where(col(Person.id).in_(person_ids))
            ).all()
        )
        of_programme = dict(
            session.exec(
                select(Programme.id, Programme.workspace_id).where(
                    col(Programme.id).in_(programme_ids)
                )
            ).all()
        )

    def owner(row: Notification) -> str:
        if row.round_id in of_round:
            return str(of_round[row.round_id])
        if row.person_id in of_person:
            return str(of_person[row.person_id])
        programme_id = row.payload.get("programme_id") if isinstance(row.payload, dict) else None
        return str(of_programme.get(programme_id, "")) if isinstance(programme_id, int) else ""

    return [row for row in rows if owner(row) == workspace_id]


def tick_workspaces(
    settings: Settings,
    engine: Engine,
    now: datetime,
    *,
    notifier_for: Callable[[str], Notifier | None],
    views: Views,
    directory_for: Callable[[str], Directory | None] | None = None,
    workspaces: Sequence[str] | None = None,
    workers: int | None = None,
    policy: ReminderPolicy | None = None,
) -> FanOutReport:
    """Tick every workspace (default: every one that holds a programme) at ``now``, side by
    side on ``workers`` threads (WOONZORG_WORKSPACE_SENDERS). ``policy`` overrides the one
    each tick builds from ``settings`` (tests: no backoff between retries)."""
    from workflows.reminders.tick import tick

    wanted = list(workspaces) if workspaces is not None else workspace_ids(engine)
    report = FanOutReport()

    def one(workspace: str) -> None:
        try:
            notifier = notifier_for(workspace)
            if notifier is None:
                report.not_installed.append(workspace)
                return
            directory = directory_for(workspace) if directory_for is not None else None
            report.done[workspace] = tick(
                settings,
                engine,
                notifier,
                now,
                views=views,
                directory=directory,
                workspace_id=workspace,
                policy=policy,
            )
        except Exception as exc:  # one workspace's failure must not stop the others
            log.exception("Tick of workspace %s failed", workspace or "-")
            report.errors[workspace] = f"{type(exc).__name__}: {exc}"

    size = max(1, min(workers or settings.workspace_senders, len(wanted)))
    with ThreadPoolExecutor(max_workers=size, thread_name_prefix="woonzorg-workspace") as pool:
        list(pool.map(one, wanted))
    return report


def workspace_of_programme(engine: Engine, programme_id: int | None) -> str:
    """The workspace a programme belongs to (``""`` when there is no such programme)."""
    with transaction(engine) as session:
        found = session.get(Programme, programme_id) if programme_id is not None else None
        return found.workspace_id if found is not None else ""
