"""Which workspace: the Slack team id every programme and person belongs to.

``""`` is the one workspace of a single-token deployment (SLACK_BOT_TOKEN): the console, the
demo and the command line without ``--werkruimte`` use it. In OAuth mode a request's workspace
is its team id (or, for an Enterprise Grid org-wide install, the enterprise id), taken by the
Slack adapter (bot/slack/workspace.py); the workflows take it as ``workspace_id`` and scope
every query by it.
"""

from __future__ import annotations

import re

from workflows import messages
from workflows.errors import ParseError

SINGLE_WORKSPACE = ""

_TEAM_ID = re.compile(r"[TE][A-Z0-9]{2,31}")


def parse_workspace_id(text: str | None) -> str:
    """``--werkruimte T012AB3CD`` as a workspace id (none given: the single workspace)."""
    value = (text or "").strip()
    if not value:
        return SINGLE_WORKSPACE
    if not _TEAM_ID.fullmatch(value.upper()):
        raise ParseError(messages.BAD_WORKSPACE.format(text=value))
    return value.upper()
