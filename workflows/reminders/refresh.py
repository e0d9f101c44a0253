"""Keep sent reminders current: after an update (through the modal the reminder's "Update
geven" button opened, or a command), the owner's reminder message ticks that action off."""

from __future__ import annotations

import logging

from sqlalchemy.engine import Engine
from sqlmodel import col, select

from storage.models import Notification
from workflows.errors import NotFound
from workflows.ports.notify import DeliveryError, Notifier
from workflows.programme.queries import current_programme, get_action
from workflows.reminders.buttons import render
from workflows.reminders.content import ReminderContent, Views
from workflows.reminders.outbox import PERSONAL_KINDS
from workflows.runtime.database import transaction
from workflows.updates.rounds import open_round

log = logging.getLogger(__name__)


def refresh_reminders(
    *,
    engine: Engine,
    notifier: Notifier,
    views: Views,
    workspace_id: str,
    code: str,
    programme_id: int | None = None,
) -> int:
    """Re-render every reminder of the open round that lists this action; returns how many.

    A message Slack cannot update any more is skipped (logged): the update itself is saved.
    """
    found: list[tuple[str, str, ReminderContent]] = []
    with transaction(engine) as session:
        try:
            programme = current_programme(
                session=session, workspace_id=workspace_id, programme_id=programme_id
            )
            action = get_action(session=session, programme=programme, code=code)
        except NotFound:
            return 0
        round_ = open_round(session=session, programme=programme)
        if round_ is None:
            return 0
        rows = session.exec(
            select(Notification).where(
                Notification.round_id == round_.id,
                col(Notification.kind).in_(PERSONAL_KINDS),
                col(Notification.sent_at).is_not(None),
                col(Notification.message_ts).is_not(None),
            )
        ).all()
        for row in rows:
            if action.id in row.payload.get("action_ids", []) and row.channel:
                found.append((row.channel, row.message_ts or "", render(session, row)))
    for channel, ref, content in found:
        text, blocks = views.reminder(content)
        try:
            notifier.update_message(channel, ref, text, blocks)
        except DeliveryError as exc:
            log.warning("Could not refresh reminder %s in %s: %s", ref, channel, exc.reason)
    return len(found)
