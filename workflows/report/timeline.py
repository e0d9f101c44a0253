"""An action's state at a past moment, rebuilt from its append-only history.

Status and stand van zaken come from the StatusUpdate rows given before the moment; planning,
deadline and title are the current values with every later ActionChange rolled back. Status
changes made outside an update (a re-import that cancels an action) are ActionChange rows of
field ``status`` or ``cancelled`` and count as status events too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storage.models import Action, ActionChange, StatusUpdate
from workflows.dates.halfyear import HalfYear
from workflows.programme.statuses import Status

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
        half_of: Callable[[StatusUpdate], HalfYear] | None = None,
    ) -> None:
        self.action = action
        # Both sorted oldest first; ties keep insertion (id) order.
        self.updates = sorted(updates, key=lambda u: (u.created_at, u.id or 0))
        self.changes = sorted(changes, key=lambda c: (c.at, c.id or 0))
        # The half-year an update belongs to (its round's, else its date's); None: ignore.
        self.half_of = half_of

    def _upto(self, half_year: HalfYear | None) -> list[StatusUpdate]:
        """The updates that belong to ``half_year`` or earlier: an update for a later round
        (opened ahead of its half-year) is not yet part of this half-year's stand van zaken."""
        if half_year is None or self.half_of is None:
            return self.updates
        half_of = self.half_of
        return [u for u in self.updates if half_of(u) <= half_year]

    def updates_for(self, half_year: HalfYear, end: datetime) -> list[StatusUpdate]:
        """The updates given before ``end`` that belong to ``half_year``."""
        if self.half_of is None:
            raise ValueError("updates_for needs half_of")
        half_of = self.half_of
        return [u for u in self.updates if u.created_at < end and half_of(u) == half_year]

    def exists_at(self, moment: datetime) -> bool:
        return self.action.created_at < moment

    def state_at(self, moment: datetime, *, half_year: HalfYear | None = None) -> State:
        """How the action stood at ``moment``; with ``half_year``, updates belonging to a later
        half-year are left out."""
        updates = self._upto(half_year)
        before = [u for u in updates if u.created_at < moment]
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
            status=self._status_at(moment, updates),
            text=text,
            text_at=text_at,
            realised_quantity=realised,
            planning=dict(planning) if isinstance(planning, dict) else {},
            deadline=_half_year(self._rolled_back("deadline", moment)),
            title=str(self._rolled_back("title", moment) or self.action.title),
        )

    def _status_at(self, moment: datetime, updates: Sequence[StatusUpdate]) -> Status:
        events: list[tuple[datetime, int, Status, Status | None]] = []
        for u in updates:
            events.append((u.created_at, 0, u.status, None))
        for c in self.changes:
            if c.field in _STATUS_FIELDS:
                # A "cancelled" row (re-import) keeps the status before it in ``old``.
                new = Status.CANCELLED if c.field == "cancelled" else _status_value(c.new)
                if new is not None:
                    events.append((c.at, 1, new, _status_value(c.old)))
        events.sort(key=lambda e: (e[0], e[1]))
        if not events:
            # The stored status is the latest update's: only right when none was left out.
            return self.action.status if len(updates) == len(self.updates) else Status.NOT_STARTED
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
