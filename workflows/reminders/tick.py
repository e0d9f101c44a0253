"""``tick``: do all scheduled work due at one moment, once. Safe to run twice, and from cron.

One tick: (1) retries claims left unsent (a failed send, a crash between claim and send) and
fires snoozes that are due; (2) plans the open round's reminders, escalation and
unreachable-report (workflows.reminders.plan) and claims and sends each; (3) claims and posts the
weekly digest when it is due. Every send is claimed in the Notification table first, so two
ticks at the same moment never send the same thing twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import col, select

from storage.models import Person, Programme, StatusUpdate
from storage.types import NotificationKind
from workflows.errors import NotFound
from workflows.ports.directory import Directory
from workflows.ports.notify import Notifier
from workflows.programme.queries import actions as all_actions
from workflows.programme.queries import programme_row
from workflows.reminders import claims
from workflows.reminders.content import Views
from workflows.reminders.digest import due_digest
from workflows.reminders.outbox import Outbox
from workflows.reminders.plan import Plan, plan_reminders
from workflows.reminders.policy import ReminderPolicy
from workflows.reminders.sending_turn import sending_turn
from workflows.reminders.tick_report import TickReport, run_all
from workflows.reminders.workspaces import in_workspace
from workflows.runtime.database import transaction
from workflows.settings import Settings
from workflows.updates.rounds import open_round

log = logging.getLogger(__name__)


def tick(
    settings: Settings,
    engine: Engine,
    notifier: Notifier,
    now: datetime,
    *,
    views: Views,
    senders: int | None = None,
    directory: Directory | None = None,
    policy: ReminderPolicy | None = None,
    programme_id: int | None = None,
    workspace_id: str | None = None,
) -> TickReport:
    """Send every reminder, escalation, snooze and digest due at ``now`` that no tick has
    claimed yet, and retry earlier claims whose send failed or whose fate is unknown (those
    are looked for in Slack first). Returns what was done.

    ``views`` renders the messages (bot.views.reminders.SlackViews); ``directory`` finds the
    Slack id of an owner known only by e-mail; ``senders`` threads send concurrently;
    ``policy`` overrides the one built from ``settings``; ``programme_id`` limits the work to
    one programme (default: every programme, each with its own round and digest);
    ``workspace_id`` to the programmes and claims of one workspace (default: all; the fan-out
    across workspaces, workflows.reminders.workspaces, ticks each with its own notifier).

    One process at a time sends a workspace's messages (workflows.reminders.sending_turn): on
    PostgreSQL a tick that finds another process sending them does nothing for that workspace
    and returns an empty report; the other process sends them, or this one's next tick does.
    """
    with sending_turn(engine, workspace_id or "") as ours:
        if not ours:  # another process is sending this workspace's messages (logged)
            return TickReport()
        return _tick(
            settings,
            engine,
            notifier,
            now,
            views=views,
            senders=senders,
            directory=directory,
            policy=policy,
            programme_id=programme_id,
            workspace_id=workspace_id,
        )


def _tick(
    settings: Settings,
    engine: Engine,
    notifier: Notifier,
    now: datetime,
    *,
    views: Views,
    senders: int | None,
    directory: Directory | None,
    policy: ReminderPolicy | None,
    programme_id: int | None,
    workspace_id: str | None,
) -> TickReport:
    policy = policy or ReminderPolicy.from_settings(settings)
    senders = senders or policy.senders
    outbox = Outbox(
        settings=settings,
        engine=engine,
        notifier=notifier,
        views=views,
        now=now,
        policy=policy,
        directory=directory,
    )
    report = TickReport()
    rows = claims.pending(
        engine,
        now=now,
        lease=policy.lease,
        catch_up=policy.catch_up,
        max_attempts=policy.max_attempts,
    )
    if workspace_id is not None:
        rows = in_workspace(engine, rows, workspace_id)
    # Each row is taken inside its job, so its claim time is the moment it is sent.
    report.merge(run_all([_bind(outbox.retry, row) for row in rows], senders=senders))

    for programme in _programmes(engine, programme_id, workspace_id):
        round_id, plan = _plan(engine, settings, policy, now, programme.id)
        if round_id is not None and plan:
            report.merge(_send_plan(outbox, round_id, plan, senders=senders))

        channel = programme.digest_channel or settings.digest_channel
        due = due_digest(now, policy, settings.timezone) if channel else None
        if due is not None:
            week, at = due
            key = programme.digest_key(week)
            report.merge(
                outbox.claim_and_process(
                    key=key,
                    kind=NotificationKind.DIGEST,
                    occasion=week,
                    due_at=at,
                    channel=channel,
                    payload={
                        "since": (at - policy.catch_up).isoformat(),
                        "programme_id": programme.id,
                    },
                )
            )
    if report.sent or report.failed or report.given_up or report.unconfirmed:
        log.info(
            "tick %s: %d sent, %d failed, %d given up, %d unconfirmed",
            now.isoformat(),
            len(report.sent),
            len(report.failed),
            len(report.given_up),
            len(report.unconfirmed),
        )
    return report


def _bind(fn: Callable[..., TickReport], *args: object) -> Callable[[], TickReport]:
    return lambda: fn(*args)


@dataclass(frozen=True)
class _Programme:
    id: int
    slug: str
    digest_channel: str | None
    first: bool
    workspace_id: str = ""

    def digest_key(self, week: str) -> str:
        """The first programme keeps the key a single-programme database always used; a slug
        is unique only within its workspace, so the keys of other workspaces name it too."""
        if self.workspace_id:
            return f"digest:{self.workspace_id}:{self.slug}:{week}"
        return f"digest:{week}" if self.first else f"digest:{self.slug}:{week}"


def _programmes(
    engine: Engine, programme_id: int | None, workspace_id: str | None = None
) -> list[_Programme]:
    with transaction(engine) as session:
        rows = session.exec(select(Programme).order_by(col(Programme.id))).all()
        found = [
            _Programme(p.id or 0, p.slug, p.digest_channel, index == 0, p.workspace_id)
            for index, p in enumerate(rows)
            if workspace_id is None or p.workspace_id == workspace_id
        ]
    return [p for p in found if programme_id is None or p.id == programme_id]


def _plan(
    engine: Engine, settings: Settings, policy: ReminderPolicy, now: datetime, programme_id: int
) -> tuple[int | None, Plan]:
    with transaction(engine) as session:
        try:
            programme = programme_row(session=session, programme_id=programme_id)
        except NotFound:
            return None, Plan()
        round_ = open_round(session=session, programme=programme)
        if round_ is None:
            return None, Plan()
        actions = all_actions(session=session, programme=programme)
        updates = session.exec(select(StatusUpdate).where(StatusUpdate.round_id == round_.id)).all()
        owner_ids = {a.owner_id for a in actions if a.owner_id is not None}
        owners = {
            p.id: p
            for p in session.exec(select(Person).where(col(Person.id).in_(owner_ids)))
            if p.id is not None
        }
        contact_ids = {p.contact_id for p in owners.values() if p.contact_id is not None}
        owners.update(
            (p.id, p)
            for p in session.exec(select(Person).where(col(Person.id).in_(contact_ids)))
            if p.id is not None
        )
        plan = plan_reminders(
            round_, actions, updates, policy, now, owners=owners, tz=settings.timezone
        )
        return round_.id, plan


def _send_plan(outbox: Outbox, round_id: int, plan: Plan, *, senders: int) -> TickReport:
    report = TickReport()
    jobs: list[Callable[[], TickReport]] = []
    for notice in plan.reminders:
        recipient = f"p{notice.person_id}"
        for older in notice.superseded:
            key = claims.reminder_key(round_id, recipient, NotificationKind.REMINDER, older)
            marked = claims.mark_superseded(
                outbox.engine,
                key=key,
                kind=NotificationKind.REMINDER,
                occasion=older,
                now=outbox.now,
                by=notice.occasion,
                round_id=round_id,
                person_id=notice.person_id,
            )
            if marked:
                report.superseded.append(key)
        jobs.append(
            _claim_job(
                outbox,
                key=claims.reminder_key(
                    round_id, recipient, NotificationKind.REMINDER, notice.occasion
                ),
                kind=NotificationKind.REMINDER,
                occasion=notice.occasion,
                due_at=notice.due_at,
                round_id=round_id,
                person_id=notice.person_id,
                payload={"action_ids": list(notice.action_ids)},
            )
        )
    for to_coordinators in (plan.escalation, plan.unreachable):
        if to_coordinators is None:
            continue
        notice = to_coordinators
        for coordinator in outbox.coordinators(round_id=round_id):
            jobs.append(
                _claim_job(
                    outbox,
                    key=claims.reminder_key(
                        round_id, f"u{coordinator}", notice.kind, notice.occasion
                    ),
                    kind=notice.kind,
                    occasion=notice.occasion,
                    due_at=notice.due_at,
                    round_id=round_id,
                    channel=coordinator,
                    payload={"action_ids": list(notice.action_ids)},
                )
            )
    report.merge(run_all(jobs, senders=senders))
    return report


def _claim_job(outbox: Outbox, **claim_args: object) -> Callable[[], TickReport]:
    return lambda: outbox.claim_and_process(**claim_args)
