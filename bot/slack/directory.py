"""The Slack implementation of ``workflows.ports.directory.Directory`` (users.* lookups)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from workflows import messages
from workflows.errors import Unavailable

NOT_FOUND = frozenset({"users_not_found", "user_not_found"})


class SlackDirectory:
    def __init__(self, client: WebClient) -> None:
        self.client = client

    def lookup_by_email(self, email: str) -> str | None:
        user = self._user(self.client.users_lookupByEmail, email=email)
        return None if user is None or user.get("deleted") else user.get("id")

    def user_info(self, slack_id: str) -> tuple[str, str | None] | None:
        user = self._user(self.client.users_info, user=slack_id)
        if user is None:
            return None
        profile = user.get("profile") or {}
        name = profile.get("real_name") or user.get("real_name") or user.get("name") or slack_id
        return name, profile.get("email")

    @staticmethod
    def _user(method: Callable[..., Any], **kwargs: str) -> dict[str, Any] | None:
        """The ``user`` of a users.* answer; None when Slack knows no such user.

        Any other failure means Slack cannot be asked right now: ``Unavailable``.
        """
        try:
            answer = method(**kwargs)
        except SlackApiError as exc:
            if exc.response.get("error") in NOT_FOUND:
                return None
            raise Unavailable(messages.SLACK_UNAVAILABLE) from exc
        except (SlackClientError, OSError) as exc:
            raise Unavailable(messages.SLACK_UNAVAILABLE) from exc
        return answer.get("user") or {}
