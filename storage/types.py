"""Column types and the enums stored in columns, shared by the models."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy.types import DateTime, String, TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC timestamps on every backend.

    SQLite has no timezone support, so values are stored as naive UTC and made aware again on
    the way out; PostgreSQL stores ``timestamptz``.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use timezone-aware UTC timestamps")
        value = value.astimezone(UTC)
        if getattr(dialect, "name", "") == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Status(StrEnum):
    """The six action statuses (docs/specification.md section 3), as stored in ``action.status`` and
    ``statusupdate.status``; the values are what existing databases hold, so they never change.

    Defined in storage so the models can type their columns with it (storage never imports
    workflows). Its Dutch labels and the forgiving Dutch parser belong to workflows (the text
    catalogue), which storage may not import: ``workflows.programme.statuses`` installs them
    with ``install_wording`` when it is imported, and code outside storage imports ``Status``
    from there, so ``label`` and ``parse`` always work where they are used.
    """

    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    ATTENTION = "attention"
    DELAYED = "delayed"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        """The Dutch label (``Op koers``), from the catalogue workflows installed."""
        return _wording.label(self)

    @classmethod
    def parse(cls, text: str) -> Status:
        """Labels, codes and obvious variants, case- and accent-insensitive (see workflows)."""
        return _wording.parse(text)


class StatusWording(Protocol):
    """What workflows supplies for ``Status.label`` and ``Status.parse``."""

    def label(self, status: Status) -> str: ...

    def parse(self, text: str) -> Status: ...


class _NoWording:
    def label(self, status: Status) -> str:
        raise RuntimeError("Status labels come from workflows.programme.statuses; import it")

    def parse(self, text: str) -> Status:
        raise RuntimeError("Status.parse comes from workflows.programme.statuses; import it")


_wording: StatusWording = _NoWording()


def install_wording(wording: StatusWording) -> None:
    """Called once by ``workflows.programme.statuses``; see ``Status``."""
    global _wording
    _wording = wording


class NotificationKind(StrEnum):
    """What a Notification row is; stored in ``notification.kind`` and in its claim key, so the
    values never change (existing rows and keys hold them).

    The kind also decides the text: a notice row (``undeliverable``, ``not_mine``) is rendered
    from its kind, never from a message name stored in the row, so renaming a message in the
    catalogue cannot break a stored retry.
    """

    REMINDER = "reminder"  # a scheduled reminder to an owner; the occasion says which
    SNOOZE = "snooze"  # "Later" pressed: the reminder again on the next working day
    MANUAL = "manual"  # ``herinner``: a coordinator reminds now
    ESCALATION = "escalation"  # to the coordinators after the deadline: who is late
    UNREACHABLE = "unreachable"  # to the coordinators: actions nobody can be reminded of
    UNDELIVERABLE = "undeliverable"  # to the coordinators: a reminder could not be delivered
    NOT_MINE = "not_mine"  # to the coordinators: "Niet mijn actie" pressed
    DIGEST = "digest"  # the weekly digest in the coordinators' channel


class _StrEnumColumn(TypeDecorator[Any]):
    """A StrEnum stored as its plain string value (VARCHAR, no native enum and no CHECK), so
    the column is the same as when it was a ``str`` and existing rows read back unchanged."""

    impl = String
    cache_ok = True
    enum: type[StrEnum]
    # value -> member: a dictionary look-up per row read instead of a call of the enum (a
    # request reading a programme's 200 statuses spent more on the calls than on the query).
    members: dict[str, StrEnum] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "enum" in cls.__dict__:
            cls.members = {member.value: member for member in cls.enum}

    def process_bind_param(self, value: Any, dialect: object) -> str | None:
        return None if value is None else self.enum(value).value

    def process_result_value(self, value: Any, dialect: object) -> Any:
        if value is None:
            return None
        found = self.members.get(value)
        return found if found is not None else self.enum(value)


class StatusColumn(_StrEnumColumn):
    cache_ok = True  # SQLAlchemy asks every subclass itself
    enum = Status


class NotificationKindColumn(_StrEnumColumn):
    cache_ok = True
    enum = NotificationKind
