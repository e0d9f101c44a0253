"""Which workspace a Slack request belongs to (the contract of issue 13).

Single-token mode (SLACK_BOT_TOKEN, no OAuth): always ``""``, the one workspace, so existing
databases and setups work unchanged. OAuth mode: the request's team id; for an Enterprise Grid
org-wide install a request without a team id (an org-level event) uses the enterprise id.
"""

from __future__ import annotations

from typing import Any

from workflows.settings import Settings


def workspace_of(context: Any, settings: Settings) -> str:
    """The workspace id of a Bolt request ``context`` (a BoltContext or a plain dict)."""
    if not settings.oauth:
        return ""
    return str(context.get("team_id") or context.get("enterprise_id") or "")
