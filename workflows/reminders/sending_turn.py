"""One process at a time sends a workspace's messages.

Slack's limits are per workspace, and the rate limiter that keeps to them lives in one process
(bot/slack/ratelimit.py). Two replicas on one database that each fanned out at the full rate
would together send twice it: the claims keep every message to once, but not the rate. So the
tick takes the workspace's turn first, and a process that does not get it leaves that
workspace's sending to the process that has it, until its next tick.

PostgreSQL: the turn is a session-level advisory lock (``pg_try_advisory_lock``) on a connection
of its own, detached from the pool so that it does not take a sender's place, held while the
workspace's due messages are sent, then unlocked and the connection closed. A holder that
crashes (SIGKILL, the machine gone) loses its connection, and the lock goes with it: the next
tick of another replica sends the rest. SQLite: a single-process deployment (one file, one
writer), so no turn is needed and every tick has it.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections.abc import Iterator

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from workflows import messages
from workflows.errors import Unavailable

log = logging.getLogger(__name__)

# Advisory locks are one 64-bit key space per database: the key is a hash of this and the
# workspace id (storage/migrations/env.py takes a small constant for the migrations).
NAMESPACE = "woonzorg-bot sending turn:"


def lock_key(workspace_id: str) -> int:
    """The advisory lock key of a workspace's turn: a signed 64-bit hash."""
    digest = hashlib.blake2b((NAMESPACE + workspace_id).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


@contextlib.contextmanager
def sending_turn(engine: Engine, workspace_id: str) -> Iterator[bool]:
    """Whether this process may send the workspace's messages now (``""``: the deployment's
    one workspace); held until the block ends. False: another process is sending them."""
    if engine.dialect.name != "postgresql":
        yield True
        return
    connection, key = _dedicated(engine), lock_key(workspace_id)
    taken = False
    try:
        taken = _try_lock(connection, key)
        if not taken:
            log.info(
                "Workspace %s: another process is sending its messages; this tick leaves "
                "them to it",
                workspace_id or "-",
            )
        yield bool(taken)
    finally:
        # Unlocked at once: the server ends a closed connection's session a moment later, and
        # the next tick must not find the turn still taken. Closing the detached connection
        # ends the session, and the lock with it, should the unlock fail.
        with contextlib.suppress(DBAPIError):
            if taken:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
                connection.commit()
        with contextlib.suppress(DBAPIError):
            connection.close()


def _dedicated(engine: Engine) -> Connection:
    """A connection of the engine's kind, taken out of its pool (the pool makes another)."""
    try:
        connection = engine.connect()
        connection.detach()
        return connection
    except (DBAPIError, PoolTimeout) as exc:
        raise Unavailable(messages.DATABASE_SILENT) from exc


def _try_lock(connection: Connection, key: int) -> bool:
    try:
        taken = connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": key})
        result = bool(taken.scalar())
        # A session-level lock outlives the transaction: the connection then waits idle, not
        # "idle in transaction", while the messages go out.
        connection.commit()
        return result
    except DBAPIError as exc:
        raise Unavailable(messages.DATABASE_SILENT) from exc
