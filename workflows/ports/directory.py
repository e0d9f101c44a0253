"""Who is who in the workspace, without knowing Slack: the Directory protocol.

The Slack adapter implements it with the Web API (``users.lookupByEmail``, ``users.info``); the
terminal console with the demo people; tests with a dict.
"""

from __future__ import annotations

from typing import Protocol


class Directory(Protocol):
    def lookup_by_email(self, email: str) -> str | None:
        """The Slack user id for this e-mail address, or None when nobody has it."""

    def user_info(self, slack_id: str) -> tuple[str, str | None] | None:
        """(display name, e-mail) of this Slack user, or None when the id is unknown.

        May raise ``workflows.errors.Unavailable`` when the workspace cannot be asked now.
        """
