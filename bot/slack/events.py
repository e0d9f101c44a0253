"""Events API plumbing: Slack's retried deliveries take effect once."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from slack_bolt import App, BoltResponse
from sqlalchemy.engine import Engine

from workflows.errors import Unavailable
from workflows.runtime.database import transaction
from workflows.runtime.events import first_delivery

log = logging.getLogger(__name__)


def register(app: App, engine: Engine, clock: Callable[[], datetime]) -> None:
    @app.middleware
    def once_per_event(
        body: dict[str, Any], next: Callable[[], BoltResponse]
    ) -> BoltResponse | None:
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id:
            try:
                with transaction(engine) as session:
                    first = first_delivery(session=session, event_id=event_id, now=clock())
            except Unavailable:
                # Cannot tell; handling twice (an App Home published twice) beats losing it.
                first = True
            if not first:
                log.info("Slack delivered event %s again; already handled", event_id)
                return BoltResponse(status=200, body="")
        return next()


def register_fallback(app: App) -> None:
    """Acknowledge event types nobody listens to (registered last, so real listeners win).

    Bolt answers an unhandled event with 404; Slack retries non-2xx answers and may switch the
    events URL off, e.g. when an admin subscribes the app to more events than it uses.
    """

    @app.event(re.compile(".*"))
    def ignore(event: dict[str, Any]) -> None:
        log.debug("Ignored a Slack event of type %s", event.get("type"))
