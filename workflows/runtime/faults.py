"""Tell a database that can never work as configured from one that is briefly locked or down.

A missing SQLite folder, a read-only file, or a PostgreSQL database or user that does not exist
will not fix itself; "probeer het zo nog eens" would send the user waiting. Those get a message
naming the path or host (never the password). Everything else stays a temporary fault.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, IntegrityError

from workflows import messages

# psycopg reports connection failures without an SQLSTATE, so the server's words are matched.
_PG_SQLSTATES = {"3D000": "database", "28P01": "login", "28000": "login", "42501": "permission"}
_PG_TEXTS = (
    ("does not exist", "database"),  # also 'role "x" does not exist', told apart below
    ("password authentication failed", "login"),
    ("no pg_hba.conf entry", "not_allowed"),
    ("permission denied", "permission"),
)


def permanent_fault(url: URL, exc: DBAPIError) -> str | None:
    """The Dutch message for a misconfigured database, or None if retrying may help."""
    if isinstance(exc, IntegrityError):
        return None  # a constraint, not the configuration: callers catch it (claims, import)
    if url.get_backend_name() == "sqlite":
        return _sqlite_fault(url.database, str(exc.orig))
    if url.get_backend_name() == "postgresql":
        return _postgres_fault(url, exc.orig)
    return None


def _sqlite_fault(database: str | None, error: str) -> str | None:
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    path = Path(database).absolute()
    if path.is_dir():
        return messages.DATABASE_IS_FOLDER.format(path=path)
    folder = path.parent
    if not folder.is_dir():
        return messages.DATABASE_NO_FOLDER.format(path=path, folder=folder)
    if "not a database" in error:
        return messages.DATABASE_NOT_SQLITE.format(path=path)
    if "readonly" in error or "unable to open" in error:
        if path.exists() and not os.access(path, os.W_OK):
            return messages.DATABASE_NOT_WRITABLE.format(path=path, target=path)
        if not _can_write_in(folder):
            # SQLite writes its journal next to the file, so the folder must be writable too.
            return messages.DATABASE_NOT_WRITABLE.format(path=path, target=folder)
    return None


def _can_write_in(folder: Path) -> bool:
    # A real write, not os.access: root passes access() on read-only mounts and /proc.
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def _postgres_fault(url: URL, error: BaseException | None) -> str | None:
    text = str(error or "")
    sqlstate = getattr(error, "sqlstate", None)
    if sqlstate:
        kind = _PG_SQLSTATES.get(sqlstate)
    else:
        kind = next((k for needle, k in _PG_TEXTS if needle in text), None)
    if kind is None:
        return None
    user = url.username or ""
    if kind == "database" and f'role "{user}"' in text:
        reason = messages.DATABASE_PG_NO_ROLE.format(user=user)
    elif kind == "database":
        if "database" not in text:
            return None  # some other object is missing: not a connection problem
        reason = messages.DATABASE_PG_NO_DATABASE
    elif kind == "login":
        reason = messages.DATABASE_PG_BAD_LOGIN
    elif kind == "not_allowed":
        reason = messages.DATABASE_PG_NOT_ALLOWED
    else:
        reason = messages.DATABASE_PG_NO_PERMISSION.format(user=user)
    host = f"{url.host or 'localhost'}:{url.port or 5432}"
    return messages.DATABASE_PG_REFUSED.format(database=url.database, host=host, reason=reason)
