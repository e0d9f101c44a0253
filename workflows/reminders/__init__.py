"""Reminders, escalations and the weekly digest (docs/specification.md section 6).

This is the surface ``bot/`` uses; everything else in the package (the Outbox that sends, the
ReminderPolicy built from Settings, claims, plans) is assembled inside it, so an adapter only
passes its Settings, engine, notifier, views and ``now``:

- ``tick``: all scheduled work due at a moment (the scheduler and ``woonzorg tick``);
- ``plan_manual`` / ``send_manual`` / ``remind_result``: ``/woonzorg herinner``;
- ``post_digest_now``: ``/woonzorg digest``;
- ``no_change`` / ``snooze`` / ``not_mine``: the buttons on a reminder;
- ``refresh_reminders``: tick an action off in sent reminders after its update;
- ``preview_tick``: what a tick would send now, sending and recording nothing;
- the content a ``Views`` implementation renders, and ``notice_text`` for notices.
"""

from storage.types import NotificationKind
from workflows.reminders.buttons import no_change, not_mine, snooze
from workflows.reminders.content import (
    ActionLine,
    DigestContent,
    EscalationContent,
    LateOwner,
    ReminderContent,
    Views,
    notice_text,
)
from workflows.reminders.manual import (
    ManualPlan,
    digest_channel_for,
    plan_manual,
    post_digest_now,
    remind_result,
    send_manual,
)
from workflows.reminders.preview import PreviewItem, preview_tick
from workflows.reminders.refresh import refresh_reminders
from workflows.reminders.tick import tick
from workflows.reminders.tick_report import TickReport

__all__ = [
    "ActionLine",
    "DigestContent",
    "EscalationContent",
    "LateOwner",
    "ManualPlan",
    "NotificationKind",
    "PreviewItem",
    "ReminderContent",
    "TickReport",
    "Views",
    "digest_channel_for",
    "no_change",
    "not_mine",
    "notice_text",
    "plan_manual",
    "post_digest_now",
    "preview_tick",
    "refresh_reminders",
    "remind_result",
    "send_manual",
    "snooze",
    "tick",
]
