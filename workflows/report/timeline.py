"""An action's state at a past moment, rebuilt from its append-only history.

Status and stand van zaken come from the StatusUpdate rows given before the moment; planning,
deadline and title are the current values with every later ActionChange rolled back. Status
changes made outside an update (a re-import that cancels an action) are ActionChange rows of
field ``status`` or ``cancelled`` and count as status events too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storage.models import Action, ActionChange, StatusUpdate
from workflows.halfyear import HalfYear
from workflows.statuses import Status

_STATUS_FIELDS = ("status", "cancelled")
_ROLLBACK_FIELDS = ("planning", "deadline", "title")


@dataclass(frozen=True)
class State:
    status: Status
    text: str
    text_at: datetime | None
    realised_quantity: float | None
    planning: dict[str, str]
    deadline: HalfYear | None
    title: str


def _status_value(value: Any) -> Status | None:
    try:
        return Status(str(value))
    except ValueError:
        return None


def _half_year(value: Any) -> HalfYear | None:
    if not value:
        return None
    try:
        return HalfYear.from_code(str(value))
    except ValueError:
        return None


class ActionTimeline:
    """The history of one action; ``state_at(moment)`` answers "how did it stand then?"."""

    def __init__(
        self,
        action: Action,
        updates: Sequence[StatusUpdate],
        changes: Sequence[ActionChange],
    ) -> None:
        self.action = action
        # Both sorted oldest first; ties keep insertion (id) order.
        self.updates = sorted(updates, key=lambda u: (u.created_at, u.id or 0))
        self.changes = sorted(changes, key=lambda c: (c.at, c.id or 0))

    def exists_at(self, moment: datetime) -> bool:
        return self.action.created_at < moment

    def updates_between(self, start: datetime, end: datetime) -> list[StatusUpdate]:
        return [u for u in self.updates if start <= u.created_at < end]

    def state_at(self, moment: datetime) -> State:
        before = [u for u in self.updates if u.created_at < moment]
        latest = before[-1] if before else None
        if latest is not None:
            text, text_at = latest.text, latest.created_at
        elif not self.updates:
            # Never updated at all: the text stored with the action is all there is.
            text, text_at = self.action.status_text, None
        else:
            text, text_at = "", None
        realised = next(
            (u.realised_quantity for u in reversed(before) if u.realised_quantity is not None),
            None,
        )
        planning = self._rolled_back("planning", moment)
        return State(
            status=self._status_at(moment),
            text=text,
            text_at=text_at,
            realised_quantity=realised,
            planning=dict(planning) if isinstance(planning, dict) else {},
            deadline=_half_year(self._rolled_back("deadline", moment)),
            title=str(self._rolled_back("title", moment) or self.action.title),
        )

    def _status_at(self, moment: datetime) -> Status:
        events: list[tuple[datetime, int, Status, Status | None]] = []
        for u in self.updates:
            events.append((u.created_at, 0, Status(u.status), None))
        for c in self.changes:
            if c.field in _STATUS_FIELDS:
                # A "cancelled" row (re-import) keeps the status before it in ``old``.
                new = Status.CANCELLED if c.field == "cancelled" else _status_value(c.new)
                if new is not None:
                    events.append((c.at, 1, new, _status_value(c.old)))
        events.sort(key=lambda e: (e[0], e[1]))
        if not events:
            return Status(self.action.status)
        earlier = [e for e in events if e[0] < moment]
        if earlier:
            return earlier[-1][2]
        # Only later events: the first one may say what the status was before it.
        first_old = events[0][3]
        return first_old if first_old is not None else Status.NOT_STARTED

    def owner_label_at(self, moment: datetime) -> tuple[bool, str | None]:
        """(True, the owner's label then) when the owner changed after ``moment``; else
        (False, None): the current owner stands."""
        label: str | None = None
        changed = False
        for change in reversed(self.changes):
            if change.at < moment:
                break
            if change.field == "owner":
                changed, label = True, (str(change.old) if change.old else None)
        return changed, label

    def _rolled_back(self, field: str, moment: datetime) -> Any:
        assert field in _ROLLBACK_FIELDS
        value: Any = getattr(self.action, field)
        for change in reversed(self.changes):
            if change.at < moment:
                break
            if change.field == field:
                value = change.old
        return value


def planning_end(planning: dict[str, str]) -> HalfYear | None:
    """The last half-year planned for realisation, else the last planned half-year at all."""
    realisation = [c for c, p in planning.items() if p == "realisation"]
    codes = realisation or list(planning)
    halves = [h for h in (_half_year(c) for c in codes) if h is not None]
    return max(halves) if halves else None
