"""Modal submissions go to ``core.submit``; validation errors keep the modal open."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.core import Bot
from bot.outcomes import Caller, ModalErrors
from bot.slack.deliver import Acker, Delivery
from bot.slack.home import refresh_home
from bot.slack.workspace import workspace_of


def register(app: App, core: Bot) -> None:
    @app.view(re.compile(".*"))
    def any_submission(
        ack: Ack,
        body: dict[str, Any],
        view: dict[str, Any],
        client: WebClient,
        context: BoltContext,
    ) -> None:
        acker = Acker(ack)
        caller = Caller(
            user_id=body["user"]["id"], workspace_id=workspace_of(context, core.settings)
        )
        values = (view.get("state") or {}).get("values") or {}
        outcomes = core.submit(
            view.get("callback_id") or "", view.get("private_metadata") or "", values, caller
        )
        Delivery(
            acker=acker,
            client=client,
            caller=caller,
            in_ack=False,
            view=view,
            submitted=True,
            trigger_id=body.get("trigger_id"),
        ).run(outcomes)
        if not any(isinstance(o, ModalErrors) for o in outcomes):
            refresh_home(client, core, caller)
