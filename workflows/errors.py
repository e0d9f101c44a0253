"""Domain errors. Each carries its Dutch message (from workflows.messages) as ``str(exc)``."""

from __future__ import annotations

from collections.abc import Sequence


class WoonzorgError(Exception):
    """Base of every error a user can cause; the text is Dutch and safe to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ParseError(WoonzorgError, ValueError):
    """User input (a half-year, status, date, target...) that could not be understood."""


class NotFound(WoonzorgError):
    """An action, person or round that does not exist."""


class PermissionDenied(WoonzorgError):
    """The user may not do this; the message explains politely."""


class Conflict(WoonzorgError):
    """The request contradicts the current state (a second round for a half-year, ...)."""


class Unavailable(WoonzorgError):
    """The database is briefly locked or down; the user should try again shortly."""


class ImportFailed(WoonzorgError):
    """An import refused as a whole; the message lists every problem found (file, row, column)."""

    def __init__(self, message: str, problems: Sequence[object] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)  # workflows.importing.records.Problem


class OutputError(WoonzorgError):
    """A file (the report) could not be written; nothing was left half-written."""


class DatabaseMisconfigured(Unavailable):
    """The configured database can never work as it is (no such folder, database or user).

    A subclass of ``Unavailable`` so every place that copes with an unreachable database keeps
    coping; its message names the mistake instead of saying "probeer het zo nog eens".
    ``detail`` names paths and hosts: for the operator (command line, log), never for a chat
    user, who gets ``message``.
    """

    def __init__(self, message: str, detail: str | None = None) -> None:
        super().__init__(message)
        self.detail = detail or message


class ProgrammeUnknown(WoonzorgError):
    """Several programmes and nothing says which one is meant; the caller must choose."""
