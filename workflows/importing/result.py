"""What an import found or did, as the summary and the dry run report it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from workflows.importing.records import Problem


@dataclass(frozen=True)
class FieldChange:
    """One difference between the database and the file, as the dry run lists it."""

    code: str
    field: str  # "title", "planning", "owner", "status", "status_text", "reinstated", ...
    old: Any
    new: Any


@dataclass(frozen=True)
class SlackConflict:
    """A status or stand van zaken given in the bot after the file was made: the bot's wins
    unless ``--overschrijf``."""

    code: str
    at: datetime
    bot_status: str
    bot_text: str
    file_status: str | None
    file_text: str | None


@dataclass
class ImportResult:
    programme: str
    file: str
    slug: str = ""
    created: bool = False  # a new programme
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    reinstated: list[str] = field(default_factory=list)
    unchanged: int = 0
    indicators: int = 0
    measurements: int = 0
    warnings: list[Problem] = field(default_factory=list)
    details: list[FieldChange] = field(default_factory=list)
    conflicts: list[SlackConflict] = field(default_factory=list)
    overwritten: bool = False  # conflicts were resolved in the file's favour

    @property
    def owners_changed(self) -> list[FieldChange]:
        return [d for d in self.details if d.field == "owner" and d.old is not None]

    @property
    def destructive(self) -> bool:
        """Would cancel actions or replace owners: asked before it is done."""
        return bool(self.cancelled or self.owners_changed)

    @property
    def total(self) -> int:
        return len(self.added) + len(self.changed) + self.unchanged
