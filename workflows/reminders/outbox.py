"""Sending claimed notifications: render from the current state, send, mark sent or failed.

Everything a send needs is on the Notification row (kind, round, person, channel, payload), so
a first attempt, a retry after a failure and a retry after a crash all take the same path. The
message is rendered at send time from the database, so a reminder retried after the owner has
updated lists only what is still open (or is skipped when nothing is).
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from storage.models import Notification, Person, Programme, Round
from storage.types import NotificationKind
from workflows.dates.workdays import local_date
from workflows.errors import Unavailable
from workflows.ports.directory import Directory
from workflows.ports.notify import Blocks, DeliveryError, FateUnknown, Notifier
from workflows.programme.callers import coordinator_slack_ids
from workflows.reminders import claims
from workflows.reminders.content import ReminderContent, Views, reminder_content
from workflows.reminders.digest import digest_content
from workflows.reminders.escalation import escalation_content
from workflows.reminders.policy import ReminderPolicy
from workflows.reminders.tick_report import TickReport
from workflows.runtime.database import transaction
from workflows.settings import Settings

log = logging.getLogger(__name__)

# (message reference, channel or user it went to, payload to store)
Delivered = tuple[str | None, str, dict[str, Any]]

# How far before an earlier attempt's claim to look for its message in Slack: Slack's
# timestamps come from Slack's clock, not ours.
RECONCILE_MARGIN = timedelta(minutes=5)

# Reminders to an owner (rendered from the round, with buttons), and notices to a coordinator.
PERSONAL_KINDS = frozenset(
    {NotificationKind.REMINDER, NotificationKind.SNOOZE, NotificationKind.MANUAL}
)


class ClaimLost(Exception):
    """Another tick took the row (our lease ran out): it is theirs to send."""


def programme_of_round(*, session: Session, round_id: int | None) -> int | None:
    """The programme a round belongs to (None for no round: every coordinator hears it)."""
    round_ = session.get(Round, round_id) if round_id is not None else None
    return round_.programme_id if round_ is not None else None


def notice_workspace(session: Session, *, round_id: int | None, person_id: int | None) -> str:
    """The workspace a coordinator notice belongs to: its person's, else its round's
    programme's; a notice must reach that workspace's coordinators only."""
    person = session.get(Person, person_id) if person_id else None
    if person is not None:
        return person.workspace_id
    round_ = session.get(Round, round_id) if round_id else None
    programme = session.get(Programme, round_.programme_id) if round_ else None
    return programme.workspace_id if programme else ""


class Outbox:
    """Sends claimed rows through the notifier and records the outcome."""

    def __init__(
        self,
        *,
        settings: Settings,
        engine: Engine,
        notifier: Notifier,
        views: Views,
        now: datetime,
        policy: ReminderPolicy | None = None,
        directory: Directory | None = None,
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.notifier = notifier
        self.views = views
        self.now = now
        self.policy = policy or ReminderPolicy.from_settings(settings)
        self.directory = directory
        self._started = time.monotonic()

    def clock(self) -> datetime:
        """The current moment on this outbox's clock: ``now`` plus the time since it was made
        (a claim records when it was made, not when the tick started)."""
        return self.now + timedelta(seconds=time.monotonic() - self._started)

    # -- the one path every send takes ----------------------------------------------------

    def retry(self, row: Notification) -> TickReport:
        """Take a row left unsent by an earlier attempt and send it, unless that attempt may
        have delivered it: then look for it in Slack first (``claims.in_doubt``)."""
        since = row.claimed_at if claims.in_doubt(row) else None
        try:
            if not claims.take(self.engine, row, now=self.clock()):
                return TickReport()
        except Unavailable:  # not taken, not sent; a later tick tries again
            log.warning("taking %s failed: the database refused", row.key)
            return TickReport(failed=[row.key])
        return self.process(row, since=since)

    def process(self, row: Notification, *, since: datetime | None = None) -> TickReport:
        """Send one claimed row and record the outcome. ``since``: an earlier attempt claimed
        at that moment may have delivered it; look for it before sending."""
        report = TickReport()
        try:
            result = self._deliver_with_retries(row, since)
        except ClaimLost:
            log.warning("%s was taken by another tick; not sent here", row.key)
            return report
        except FateUnknown as exc:
            log.warning("Sending %s: no answer (%s); a later tick checks Slack", row.key, exc)
            self._record_failure(row, exc.reason, permanent=False, unknown=True, report=report)
            report.unconfirmed.append(row.key)
            return report
        except DeliveryError as exc:
            permanent = exc.permanent or row.attempts >= self.policy.max_attempts
            if not self._record_failure(row, exc.reason, permanent=permanent, report=report):
                return report
            if permanent:
                report.given_up.append(row.key)
                report.merge(self._report_undeliverable(row, exc.reason))
            else:
                log.warning("Sending %s failed (%s); a later tick retries it", row.key, exc.reason)
                report.failed.append(row.key)
            return report
        except Exception as exc:  # noqa: BLE001 - one bad send must not stop the others
            # Unexpected: the message may have gone out before it happened.
            log.exception("sending %s failed", row.key)
            self._record_failure(row, repr(exc), permanent=False, unknown=True, report=report)
            report.failed.append(row.key)
            return report
        if result is None:
            marked = self._record_sent(row, report, payload={**row.payload, "skipped": True})
            if marked:
                report.skipped.append(row.key)
        else:
            ref, channel, payload = result
            if self._record_sent(row, report, ref=ref, channel=channel, payload=payload):
                report.sent.append(row.key)
        return report

    def _record_sent(self, row: Notification, report: TickReport, **values: Any) -> bool:
        """Mark sent. When that fails (the database refuses) or the row is no longer ours, the
        row stays in doubt: a later attempt finds the message in Slack instead of resending."""
        try:
            if claims.mark_sent(self.engine, row, now=self.clock(), **values):
                return True
            log.warning("%s was taken by another tick while it was sent", row.key)
        except Exception:  # noqa: BLE001 - the send happened; only its record is missing
            log.exception("marking %s sent failed; a later tick finds it in Slack", row.key)
        report.unconfirmed.append(row.key)
        return False

    def _record_failure(
        self,
        row: Notification,
        error: str,
        *,
        permanent: bool,
        report: TickReport,
        unknown: bool = False,
    ) -> bool:
        try:
            return claims.mark_failed(
                self.engine,
                row,
                now=self.clock(),
                error=error,
                permanent=permanent,
                lease=self.policy.lease,
                unknown=unknown,
            )
        except Exception:  # noqa: BLE001 - the row stays claimed; its lease runs out
            log.exception("recording the failure of %s failed", row.key)
            return False

    def _deliver_with_retries(self, row: Notification, since: datetime | None) -> Delivered | None:
        """A transient failure (the notifier's own retries used up, e.g. a 503 after many
        429s) is tried again a few times with backoff before it is left to the next tick.
        A send whose fate is unknown (FateUnknown) is never tried again here."""
        for attempt in range(self.policy.send_retries + 1):
            try:
                return self._deliver(row, since)
            except FateUnknown:
                raise
            except DeliveryError as exc:
                if exc.permanent or attempt >= self.policy.send_retries:
                    raise
                time.sleep(self.policy.retry_backoff.total_seconds() * 2**attempt)
        raise AssertionError("unreachable")

    def claim_and_process(self, **claim_args: Any) -> TickReport:
        try:
            row = claims.claim(self.engine, now=self.clock(), **claim_args)
        except Unavailable:  # nothing sent; a later tick claims it (or finds the claim)
            log.warning("claiming %s failed: the database refused", claim_args.get("key"))
            return TickReport(failed=[str(claim_args.get("key"))])
        if row is None:
            return TickReport()
        return self.process(row)

    def _send(
        self,
        row: Notification,
        to: str,
        text: str,
        blocks: Blocks | None,
        *,
        since: datetime | None,
        dm: bool = True,
    ) -> str | None:
        """Send with the row's key attached. When an earlier attempt may have delivered it,
        look for it first: found, its reference is returned and nothing is sent again."""
        if not to:
            raise DeliveryError("no_recipient", permanent=True)
        if since is not None:
            try:
                found = self.notifier.find_sent(to, row.key, since - RECONCILE_MARGIN)
            except DeliveryError as exc:  # cannot tell: still in doubt, never sent blindly
                raise FateUnknown("lookup: " + exc.reason) from exc
            if found is not None:
                log.info("%s had already arrived (ts %s); not sent again", row.key, found)
                return found
            # The look-up can be slow: make sure the row is still ours before sending.
            if not claims.renew(self.engine, row, now=self.clock()):
                raise ClaimLost(row.key)
        send = self.notifier.send_dm if dm else self.notifier.post_channel
        return send(to, text, blocks, key=row.key)

    # -- rendering and sending by kind ----------------------------------------------------

    def _deliver(self, row: Notification, since: datetime | None = None) -> Delivered | None:
        if row.kind in PERSONAL_KINDS:
            return self._deliver_reminder(row, since)
        if row.kind == NotificationKind.DIGEST:
            return self._deliver_digest(row, since)
        if row.kind in (NotificationKind.ESCALATION, NotificationKind.UNREACHABLE):
            return self._deliver_escalation(row, since)
        # UNDELIVERABLE / NOT_MINE: the kind says which message, its fields were stored at
        # claim time (rows from before migration 0002 may still carry a "template": unused)
        text, blocks = self.views.notice(row.kind, row.payload["fields"])
        channel = row.channel or ""
        return self._send(row, channel, text, blocks, since=since), channel, row.payload

    def _deliver_digest(self, row: Notification, since: datetime | None) -> Delivered | None:
        with transaction(self.engine) as session:
            content = digest_content(
                session=session,
                settings=self.settings,
                week=row.occasion,
                since=row.payload.get("since"),
                now=self.now,
                programme_id=row.payload.get("programme_id"),
            )
        if content is None:
            return None
        text, blocks = self.views.digest(content)
        channel = row.channel or ""
        ref = self._send(row, channel, text, blocks, since=since, dm=False)
        return ref, channel, row.payload

    def _deliver_escalation(self, row: Notification, since: datetime | None) -> Delivered | None:
        with transaction(self.engine) as session:
            round_ = session.get(Round, row.round_id)
            content = escalation_content(session=session, round_=round_) if round_ else None
        if content is None:
            return None
        if row.kind == NotificationKind.ESCALATION:
            if not (content.late or content.unreachable):
                return None
            text, blocks = self.views.escalation(content)
        else:
            if not content.unreachable:
                return None
            text, blocks = self.views.unreachable(content)
        channel = row.channel or ""
        return self._send(row, channel, text, blocks, since=since), channel, row.payload

    def _deliver_reminder(self, row: Notification, since: datetime | None) -> Delivered | None:
        with transaction(self.engine) as session:
            round_ = session.get(Round, row.round_id)
            person = session.get(Person, row.person_id)
            if round_ is None or person is None or round_.closed_at is not None:
                return None
            ids = row.payload.get("action_ids") if row.kind == NotificationKind.MANUAL else None
            content = reminder_content(
                session=session,
                round_=round_,
                person=person,
                occasion=row.occasion if row.kind == NotificationKind.REMINDER else row.kind,
                action_ids=ids,
            )
            if ids is not None:  # a manual reminder for one action: only while it is open
                content = _only_open(content)
            content = replace(content, passed_on=passed_on(session, row))
            if local_date(self.now, self.settings.timezone) > round_.deadline:
                content = replace(content, occasion="last")  # "de deadline is verstreken"
            slack_id = person.slack_id
            email = person.email
        if not content.open_actions:
            return None
        user = slack_id or self._lookup(row, email)
        content = _with_id(content, row.id)
        text, blocks = self.views.reminder(content)
        ref = self._send(row, user, text, blocks, since=since)
        payload = {
            **row.payload,
            "action_ids": [a.action_id for a in content.actions],
            "intro": content.occasion,
        }
        return ref, user, payload

    def _lookup(self, row: Notification, email: str | None) -> str:
        """The Slack id for an owner known only by e-mail, cached on the person."""
        found = self.directory.lookup_by_email(email) if (self.directory and email) else None
        if not found:
            raise DeliveryError("no_slack_id", permanent=True)
        with transaction(self.engine) as session:
            person = session.get(Person, row.person_id)
            if person is not None and person.slack_id is None:
                person.slack_id = found
                session.add(person)
        return found

    # -- telling the coordinators ---------------------------------------------------------

    def coordinators(self, *, round_id: int | None, person_id: int | None = None) -> list[str]:
        """The coordinators of the workspace the notice (its round, its person) belongs to,
        and of the round's programme (every coordinator of that workspace without a round)."""
        with transaction(self.engine) as session:
            workspace_id = notice_workspace(session, round_id=round_id, person_id=person_id)
            programme_id = programme_of_round(session=session, round_id=round_id)
            return coordinator_slack_ids(
                session=session,
                settings=self.settings,
                workspace_id=workspace_id,
                programme_id=programme_id,
            )

    def tell_coordinators(
        self,
        *,
        kind: NotificationKind,
        occasion: str,
        fields: dict[str, str],
        round_id: int | None,
        person_id: int | None,
    ) -> TickReport:
        """A plain message to every coordinator of the round's programme, each claimed once
        under its own key.

        The row stores the kind and the fields only; the kind picks the message when it is
        sent (``content.notice_text``), so renaming a message never breaks a stored retry."""
        report = TickReport()
        for coordinator in self.coordinators(round_id=round_id, person_id=person_id):
            key = claims.reminder_key(round_id or 0, f"u{coordinator}", kind, occasion)
            report.merge(
                self.claim_and_process(
                    key=key,
                    kind=kind,
                    occasion=occasion,
                    round_id=round_id,
                    person_id=person_id,
                    channel=coordinator,
                    payload={"fields": fields},
                )
            )
        return report

    def _report_undeliverable(self, row: Notification, reason: str) -> TickReport:
        if row.kind not in PERSONAL_KINDS or row.person_id is None:
            return TickReport()  # coordinators and channels are not reported to themselves
        with transaction(self.engine) as session:
            person = session.get(Person, row.person_id)
            name = (person.name or person.email or person.slack_id or "?") if person else "?"
        return self.tell_coordinators(
            kind=NotificationKind.UNDELIVERABLE,
            occasion=f"p{row.person_id}",
            fields={"name": name, "reason": reason},
            round_id=row.round_id,
            person_id=row.person_id,
        )


def passed_on(session: Session, row: Notification) -> tuple[int, ...]:
    """Actions this person said are not theirs in this round ("Niet mijn actie")."""
    stmt = select(Notification.occasion).where(
        Notification.kind == NotificationKind.NOT_MINE,
        Notification.round_id == row.round_id,
        Notification.person_id == row.person_id,
    )
    found = {int(o.split("a", 1)[1]) for o in session.exec(stmt).all() if "a" in o}
    return tuple(sorted(found))


def _only_open(content: ReminderContent) -> ReminderContent:
    return replace(content, actions=tuple(a for a in content.actions if not a.done))


def _with_id(content: ReminderContent, notification_id: int | None) -> ReminderContent:
    return replace(content, notification_id=notification_id)
