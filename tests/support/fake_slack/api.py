"""The Web API methods the fake Slack serves, over an in-memory workspace."""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tests.support.fake_slack.blockkit import check_message, check_view

TEAM_ID = "T0WOONZORG"
BOT_USER_ID = "U0BOT"
BOT_ID = "B0BOT"
TRIGGER_LIFETIME = 3.0  # Slack's trigger_ids expire after 3 seconds

Answer = tuple[int, dict[str, Any]]


@dataclass
class User:
    id: str
    name: str
    email: str | None = None
    deleted: bool = False


@dataclass
class UploadedFile:
    id: str
    filename: str
    length: int
    data: bytes | None = None
    title: str | None = None
    channel: str | None = None
    initial_comment: str | None = None


@dataclass
class Workspace:
    users: dict[str, User] = field(default_factory=dict)
    messages: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    views: dict[str, dict[str, Any]] = field(default_factory=dict)
    home: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, UploadedFile] = field(default_factory=dict)
    triggers: dict[str, float] = field(default_factory=dict)


def ok(**data: Any) -> Answer:
    return 200, {"ok": True, **data}


def error(code: str, **data: Any) -> Answer:
    return 200, {"ok": False, "error": code, **data}


class Api:
    """Method name -> behaviour. Block Kit is checked on everything the bot sends."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.ws = Workspace()
        self._lock = threading.Lock()
        self._seq = itertools.count(1)
        # Slack's clock, for message ts (tests that run the bot at a simulated moment move it)
        self.clock: Callable[[], float] = time.time

    def _next(self, prefix: str) -> str:
        return f"{prefix}{next(self._seq):06d}"

    def _ts(self) -> str:
        return f"{int(self.clock())}.{next(self._seq):06d}"

    def _conversation(self, channel: str) -> str | None:
        """A user id addresses the DM with that user, as chat.postMessage allows."""
        if channel[:1] in ("U", "W"):
            user = self.ws.users.get(channel)
            if self.ws.users and user is None:
                return None
            return "D" + channel[1:]
        return channel

    def new_trigger_id(self) -> str:
        trigger = f"{next(self._seq)}.{int(time.time())}.fake"
        with self._lock:
            self.ws.triggers[trigger] = time.monotonic()
        return trigger

    def call(self, method: str, params: dict[str, Any]) -> tuple[Answer, list[str]]:
        handler = getattr(self, "m_" + method.replace(".", "_"), None)
        if handler is None:
            return error("unknown_method"), []
        with self._lock:
            return handler(params)

    # --- checks -------------------------------------------------------------------------------

    def _message_problems(self, params: dict[str, Any]) -> list[str]:
        if not params.get("text") and not params.get("blocks"):
            return ["text: no text and no blocks"]
        return check_message(params)

    # --- methods ------------------------------------------------------------------------------

    def m_auth_test(self, params: dict[str, Any]) -> tuple[Answer, list[str]]:
        answer = ok(
            url="https://woonzorg.slack.com/",
            team="Gemeente",
            user="woonzorg",
            team_id=TEAM_ID,
            user_id=BOT_USER_ID,
            bot_id=BOT_ID,
            is_enterprise_install=False,
        )
        return answer, []

    def _post(self, params: dict[str, Any], *, ephemeral: bool) -> tuple[Answer, list[str]]:
        channel = params.get("channel")
        if not channel:
            return error("channel_not_found"), []
        problems = self._message_problems(params)
        if problems:
            return error("invalid_blocks", errors=problems), problems
        if ephemeral and params.get("user") not in self.ws.users and self.ws.users:
            return error("user_not_in_channel"), []
        conversation = self._conversation(str(channel))
        if conversation is None:
            return error("user_not_found"), []
        user = self.ws.users.get(str(channel))
        if user is not None and user.deleted:
            return error("account_inactive"), []
        ts = self._ts()
        message = {"text": params.get("text"), "blocks": params.get("blocks"), "ts": ts}
        metadata = params.get("metadata")
        if isinstance(metadata, dict):
            message["metadata"] = metadata
        if ephemeral:
            return ok(message_ts=ts), []
        self.ws.messages[(conversation, ts)] = message
        return ok(channel=conversation, ts=ts, message=message), []

    def m_chat_postMessage(self, params: dict[str, Any]) -> tuple[Answer, list[str]]:
        return self._post(params, ephemeral=False)

    def m_conversations_history(self, params: dict[str, Any]) -> tuple[Answer, list[str]]:
        """Newest first, after ``oldest`` (exclusive), ``limit`` per page with a cursor;
        message metadata only with ``include_all_metadata`` (as Slack does for other apps)."""
        channel = str(params.get("channel", ""))
        if channel[:1] in ("U", "W"):
            return error("channel_not_found"), []  # history needs the DM's D... id
        oldest = float(params.get("oldest") or 0)
        limit = int(params.get("limit") or 100)
        start = int(params.get("cursor") or 0)
        with_metadata = str(params.get("include_all_metadata", "")).lower() in ("1", "true")
        found = sorted(
            (m for (c, ts), m in self.ws.messages.items() if c == channel and float(ts) > oldest),
            key=lambda m: float(m["ts"]),
            reverse=True,
        )
        page = found[start : start + limit]
        more = start + limit < len(found)
        shown = []
        for message in page:
            item = {"type": "message", "user": BOT_USER_ID, "bot_id": BOT_ID, **message}
            if not with_metadata:
                item.pop("metadata", None)
            shown.append(item)
        cursor = str(start + limit) if more else ""
        return ok(messages=shown, has_more=more, response_metadata={"next_cursor": cursor}), []

    def messages_in(self, conversation: str) -> list[dict[str, Any]]:
        with self._lock:
            return [m for (c, _ts), m in self.ws.messages.items() if c == conversation]

    def m_chat_postEphemeral(self, params: dict[str, Any]) -> tuple[Answer, list[str]]:
        return self._post(params, ephemeral=True)

    def m_chat_update(self, params: dict[str, Any]) -> tuple[Answer, list[str]]:
        problems = self._message_problems(params)
        if problems:
            return error("invalid_blocks", errors=problems), problems
        conversation = self._conversation(str(params.get("channel", "")))
        key = (conversation or "", str(params.get("ts")))
        if key not in self.ws.messages:
            return error("message_not_found"), []
        self.ws.messages[key].update(text=params.get("text"), blocks=params.get("blocks"))
        return ok(channel=conversation, ts=key[1], text=params.get("text")), []

    def _view_problems(self, view: Any) -> list[str]:
        return check_view(view)

    def m_views_open(self, params: dict[str, Any]) -> tuple[Answer, list[str]]:
        trigger = params.get("trigger_id")
        issued = self.ws.triggers.pop(str(trigger), None)
        if issued is None:
            return error("invalid_trigger_id"), []
        if time.monotonic() - issued > TRIGGER_LIFETIME:
            return error("expired_trigger_id"), []
        view = params.get("view")
        problems = self._view_problems(view)
        if problems:
            return error("invalid_blocks", errors=problems), problems
        stored = {**view, "id": self._next("V"), "hash": self._next("h"), "team_id": TEAM_ID}
        self.ws.views[stored["id"]] = stored
        return ok(view=stored), []

    def m_views_push(self, params: dict[str, Any]) -> tuple[Answer, list[str]]:
        return self.m_views_open(params)

    def m_views_update(self, params: dict[str, Any]) -> tuple[Answer, list[str]]:
        view_id = params.get("view_id")
        if view_id not in self.ws.views:
            return error("not_found"), []
        problems = self._view_problems(params.get("view"))
        if problems:
            return error("invalid_blocks", errors=problems), problems
        stored = {**params["view"], "id": view_id, "hash": self._next("h")}
        self.ws.views[view_id] = stored
        return ok(view=stored), []

    def m_views_publish(self, params: dict[str, Any]) -> tuple[Answer, list[str]]:
        user_id = params.get("user_id")
        if self.ws.users and user_id not in self.ws.users:
            return error("user_not_found"), []
        view = params.get("view")
        problems = self._view_problems(view)
        if problems:
            return error("invalid_blocks", errors=problems), problems
        stored = {**view, "id": self._next("V"), "hash": self._next("h")}
        self.ws.home[str(user_id)] = stored
        return ok(view=stored), []

    def _user_json(self, user: User) -> dict[str, Any]:
        return {
            "id": user.id,
            "team_id": TEAM_ID,
            "name": user.name.lower().replace(" ", "."),
            "real_name": user.name,
            "deleted": user.deleted,
            "is_bot": False,
            "profile": {"real_name": user.name, "display_name": user.name, "email": user.email},
        }

    def m_users_info(self, params: dict[str, Any]) -> tuple[Answer, list[str]]:
        user = self.ws.users.get(str(params.get("user")))
        if user is None:
            return error("user_not_found"), []
        return ok(user=self._user_json(user)), []

    def m_users_lookupByEmail(self, params: dict[str, Any]) -> tuple[Answer, list[str]]:
        wanted = str(params.get("email", "")).lower()
        for user in self.ws.users.values():
            if user.email and user.email.lower() == wanted:
                return ok(user=self._user_json(user)), []
        return error("users_not_found"), []

    def m_conversations_open(self, params: dict[str, Any]) -> tuple[Answer, list[str]]:
        users = str(params.get("users", ""))
        conversation = self._conversation(users.split(",")[0])
        if conversation is None:
            return error("user_not_found"), []
        return ok(channel={"id": conversation}), []

    def m_apps_connections_open(self, params: dict[str, Any]) -> tuple[Answer, list[str]]:
        ws = self.base_url.replace("http://", "ws://", 1).removesuffix("api/")
        return ok(url=f"{ws}socket?ticket={self._next('t')}"), []

    def m_files_getUploadURLExternal(self, params: dict[str, Any]) -> tuple[Answer, list[str]]:
        filename, length = params.get("filename"), params.get("length")
        if not filename or length is None:
            return error("invalid_arguments"), []
        file_id = self._next("F")
        self.ws.files[file_id] = UploadedFile(file_id, str(filename), int(length))
        return ok(upload_url=f"{self.base_url}upload/{file_id}", file_id=file_id), []

    def upload(self, file_id: str, data: bytes) -> bool:
        with self._lock:
            found = self.ws.files.get(file_id)
            if found is None:
                return False
            found.data = data
            return True

    def m_files_completeUploadExternal(self, params: dict[str, Any]) -> tuple[Answer, list[str]]:
        files = params.get("files")
        if isinstance(files, str):
            files = json.loads(files)
        done = []
        for item in files or []:
            found = self.ws.files.get(item.get("id"))
            if found is None or found.data is None:
                return error("file_not_found"), []
            found.title = item.get("title")
            found.channel = params.get("channel_id") or params.get("channels")
            found.initial_comment = params.get("initial_comment")
            done.append({"id": found.id, "title": found.title, "name": found.filename})
        if not done:
            return error("invalid_arguments"), []
        return ok(files=done), []
