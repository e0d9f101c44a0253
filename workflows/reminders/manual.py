"""What coordinators start by hand: ``herinner [N | iedereen]`` and ``digest``.

Both are checked before anything is sent (an unknown action, an action that needs no reminder,
no open round, no digest channel: a Dutch message and nothing sent), then claimed and sent the
same way as scheduled work, under a key with the minute in it, so a retried Slack request in
the same minute sends nothing twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine

from storage.models import Person
from storage.types import NotificationKind
from workflows import messages
from workflows.dates.workdays import local_date
from workflows.errors import Conflict, NotFound
from workflows.ports.directory import Directory
from workflows.ports.notify import Notifier
from workflows.programme.queries import current_programme, get_action
from workflows.programme.statuses import CLOSED_STATUSES
from workflows.reminders import claims
from workflows.reminders.content import Views
from workflows.reminders.digest import iso_week
from workflows.reminders.outbox import Outbox
from workflows.reminders.plan import reachable
from workflows.reminders.tick_report import TickReport, run_all
from workflows.runtime.database import transaction
from workflows.settings import Settings
from workflows.updates.rounds import missing_actions, open_round, updated_action_ids

ALL_WORDS = {"", "iedereen", "allen", "alle", "alles"}


@dataclass(frozen=True)
class ManualPlan:
    round_id: int
    stamp: str
    targets: list[tuple[int, list[int]]]  # (person id, action ids)
    code: str | None = None


def plan_manual(
    engine: Engine,
    *,
    workspace_id: str,
    target: str,
    now: datetime,
    programme_id: int | None = None,
) -> ManualPlan:
    """Who ``herinner`` would remind; raises a Dutch error (nothing sent) when nobody fits."""
    word = target.strip()
    with transaction(engine) as session:
        programme = current_programme(
            session=session, workspace_id=workspace_id, programme_id=programme_id
        )
        round_ = open_round(session=session, programme=programme)
        if round_ is None:
            raise NotFound(messages.REMIND_NONE_OPEN)
        stamp = now.strftime("%Y%m%dT%H%M")
        if word.lower() in ALL_WORDS:
            by_owner: dict[int, list[int]] = {}
            for action in missing_actions(session=session, programme=programme, round_=round_):
                owner = session.get(Person, action.owner_id) if action.owner_id else None
                if owner is not None and reachable(owner):
                    by_owner.setdefault(owner.id, []).append(action.id)  # type: ignore[arg-type]
            if not by_owner:
                raise Conflict(messages.REMIND_NOBODY)
            return ManualPlan(round_.id, stamp, sorted(by_owner.items()))  # type: ignore[arg-type]
        action = get_action(session=session, programme=programme, code=word)
        if action.status in CLOSED_STATUSES:
            label = action.status.label
            raise Conflict(messages.REMIND_CLOSED_ACTION.format(code=action.code, status=label))
        if action.id in updated_action_ids(session=session, round_=round_):
            raise Conflict(messages.REMIND_ALREADY_UPDATED.format(code=action.code))
        owner = session.get(Person, action.owner_id) if action.owner_id else None
        if owner is None or not reachable(owner):
            raise Conflict(messages.REMIND_NO_OWNER.format(code=action.code))
        return ManualPlan(
            round_.id,  # type: ignore[arg-type]
            stamp,
            [(owner.id, [action.id])],  # type: ignore[list-item]
            code=action.code,
        )


def send_manual(
    plan: ManualPlan,
    *,
    settings: Settings,
    engine: Engine,
    notifier: Notifier,
    views: Views,
    now: datetime,
    directory: Directory | None = None,
    senders: int | None = None,
) -> TickReport:
    """Send the reminders of a ``plan_manual`` plan; one message per owner."""
    outbox = Outbox(
        settings=settings,
        engine=engine,
        notifier=notifier,
        views=views,
        now=now,
        directory=directory,
    )
    occasion = f"{plan.stamp}-{plan.code or 'iedereen'}"
    jobs = []
    for person_id, action_ids in plan.targets:
        key = claims.reminder_key(plan.round_id, f"p{person_id}", NotificationKind.MANUAL, occasion)
        args = {
            "key": key,
            "kind": NotificationKind.MANUAL,
            "occasion": occasion,
            "round_id": plan.round_id,
            "person_id": person_id,
            "payload": {"action_ids": action_ids} if plan.code else {},
        }
        jobs.append(lambda args=args: outbox.claim_and_process(**args))
    return run_all(jobs, senders=senders or settings.senders)


def remind_result(report: TickReport) -> str:
    """The Dutch answer to ``herinner`` after sending."""
    text = messages.REMIND_SENT.format(count=messages.plural(len(report.sent), *messages.OWNERS))
    if report.failed or report.given_up:
        failed = len(report.failed) + len(report.given_up)
        text += " " + messages.REMIND_FAILED.format(
            count=messages.plural(failed, *messages.REMINDERS),
            could=messages.form(failed, *messages.COULD),
        )
    return text


def digest_channel_for(
    *, engine: Engine, settings: Settings, workspace_id: str, programme_id: int | None = None
) -> str | None:
    """Where the workspace's programme's digest goes: its own channel (``woonzorg programma
    kanaal``), else the configured one."""
    with transaction(engine) as session:
        # a Dutch NotFound when nothing was imported yet
        programme = current_programme(
            session=session, workspace_id=workspace_id, programme_id=programme_id
        )
        return programme.digest_channel or settings.digest_channel


def post_digest_now(
    *,
    settings: Settings,
    engine: Engine,
    notifier: Notifier,
    views: Views,
    now: datetime,
    workspace_id: str,
    programme_id: int | None = None,
) -> TickReport:
    """``/woonzorg digest``: post the digest of the past seven days now (the weekly one still
    goes out on its own day)."""
    with transaction(engine) as session:
        # a Dutch NotFound when nothing was imported yet
        programme = current_programme(
            session=session, workspace_id=workspace_id, programme_id=programme_id
        )
        channel = programme.digest_channel or settings.digest_channel
        chosen = programme.id
    if not channel:
        raise Conflict(messages.DIGEST_NO_CHANNEL)
    outbox = Outbox(settings=settings, engine=engine, notifier=notifier, views=views, now=now)
    week = iso_week(local_date(now, settings.timezone))
    return outbox.claim_and_process(
        key=f"digest:manual:{chosen}:{now.strftime('%Y%m%dT%H%M')}",
        kind=NotificationKind.DIGEST,
        occasion=week,
        channel=channel,
        payload={"since": (now - timedelta(days=7)).isoformat(), "programme_id": chosen},
    )
