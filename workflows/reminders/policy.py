"""When reminders, escalations and the digest go out: one small policy, built from Settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from workflows.settings import Settings

# How the sending itself behaves. Not configurable (so not in Settings), but named here once;
# tests that must not sleep replace them on a built policy (``dataclasses.replace``).
ON_DEADLINE = True  # the third reminder, on the deadline morning
CATCH_UP = timedelta(days=7)
MAX_ATTEMPTS = 8
SEND_RETRIES = 2
RETRY_BACKOFF = timedelta(seconds=1)


@dataclass(frozen=True)
class ReminderPolicy:
    """The reminder schedule (docs/specification.md section 6). It has no defaults of its own: the
    configurable values and their defaults live in ``Settings`` only (one place for each
    default), and ``from_settings`` is the one way to build it.

    - first reminder ``first_days`` calendar days before the deadline,
    - second ``second_days`` before, a third on the deadline morning (``on_deadline``),
    - escalation to the coordinators ``escalation_workdays`` working days after the deadline,
    - a last reminder to the owner ``last_workdays`` working days after the deadline,
    - all at ``hour``:00 local time on working days; missed work is caught up once when it is
      at most ``catch_up`` old; a failed send is retried at most ``max_attempts`` times;
    - the weekly digest on ``digest_weekday`` (0 = Monday) at ``digest_hour``:00.
    """

    first_days: int
    second_days: int
    on_deadline: bool
    escalation_workdays: int
    last_workdays: int
    hour: int
    digest_weekday: int
    digest_hour: int
    round_deadline_weeks: int
    catch_up: timedelta
    # A claim not marked sent after this long is taken as crashed and retried by a later tick.
    lease: timedelta
    max_attempts: int
    # Within one tick, a transient send failure is tried again this often, with backoff.
    send_retries: int
    # Concurrent senders in a tick. They share the notifier's rate limiter (one per workspace),
    # which paces them and holds them all back after a 429; the number only has to cover the
    # time each send spends on the database and the network, so that the limiter's turns are
    # taken (bench/reminder_fanout.py: 8 and 32 come out the same).
    senders: int
    retry_backoff: timedelta

    @classmethod
    def from_settings(cls, settings: Settings) -> ReminderPolicy:
        return cls(
            first_days=settings.reminder_first_days,
            second_days=settings.reminder_second_days,
            on_deadline=ON_DEADLINE,
            escalation_workdays=settings.escalation_workdays,
            last_workdays=settings.reminder_last_workdays,
            hour=settings.reminder_hour,
            digest_weekday=settings.digest_weekday,
            digest_hour=settings.digest_hour,
            round_deadline_weeks=settings.round_deadline_weeks,
            catch_up=CATCH_UP,
            lease=timedelta(seconds=settings.lease_seconds),
            max_attempts=MAX_ATTEMPTS,
            send_retries=SEND_RETRIES,
            senders=settings.senders,
            retry_backoff=RETRY_BACKOFF,
        )
