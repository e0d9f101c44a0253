"""When reminders, escalations and the digest go out: one small, configurable policy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from workflows.settings import Settings


@dataclass(frozen=True)
class ReminderPolicy:
    """The defaults of docs/specification.md section 6; every field can be set through Settings.

    - first reminder ``first_days`` calendar days before the deadline (3 weeks),
    - second ``second_days`` before (1 week), a third on the deadline morning,
    - escalation to the coordinators ``escalation_workdays`` working days after the deadline,
    - a last reminder to the owner ``last_workdays`` working days after the deadline,
    - all at ``hour``:00 local time on working days; missed work is caught up once when it is
      at most ``catch_up`` old; a failed send is retried at most ``max_attempts`` times;
    - the weekly digest on ``digest_weekday`` (0 = Monday) at ``digest_hour``:00.
    """

    first_days: int = 21
    second_days: int = 7
    on_deadline: bool = True
    escalation_workdays: int = 1
    last_workdays: int = 3
    hour: int = 9
    digest_weekday: int = 0
    digest_hour: int = 9
    round_deadline_weeks: int = 6
    catch_up: timedelta = timedelta(days=7)
    # A claim not marked sent after this long is taken as crashed and retried by a later tick.
    lease: timedelta = timedelta(minutes=2)
    max_attempts: int = 8
    # Within one tick, a transient send failure is tried again this often, with backoff.
    send_retries: int = 2
    # Concurrent senders in a tick: Slack's limit is per workspace, and each sender sleeps
    # out its own Retry-After, so a few dozen keep the limit used (bench/reminder_fanout.py).
    senders: int = 32
    retry_backoff: timedelta = timedelta(seconds=1)

    @classmethod
    def from_settings(cls, settings: Settings) -> ReminderPolicy:
        return cls(
            first_days=settings.reminder_first_days,
            second_days=settings.reminder_second_days,
            escalation_workdays=settings.escalation_workdays,
            last_workdays=settings.reminder_last_workdays,
            hour=settings.reminder_hour,
            digest_weekday=settings.digest_weekday,
            digest_hour=settings.digest_hour,
            round_deadline_weeks=settings.round_deadline_weeks,
            senders=settings.senders,
        )
