"""Liveness of what the bot depends on, for ``GET /healthz``."""

from __future__ import annotations

import threading

from sqlalchemy import text
from sqlalchemy.engine import Engine

from storage.db import deadline
from workflows.errors import Unavailable
from workflows.runtime.database import transaction

# A load balancer's probe usually gives up after 2 to 5 seconds; answer well within that.
HEALTH_TIMEOUT_SECONDS = 1.5


def _probe(engine: Engine, seconds: float) -> bool:
    try:
        with deadline(seconds), transaction(engine) as session:
            session.connection().execute(text("SELECT 1"))
    except Unavailable:
        return False
    return True


class _Probe:
    """One probe in flight per engine: health checks that arrive while the database is silent
    share it instead of each holding a thread."""

    def __init__(self, engine: Engine, seconds: float) -> None:
        self.done = threading.Event()
        self.ok = False
        self._engine, self._seconds = engine, seconds
        threading.Thread(target=self._run, name="health-probe", daemon=True).start()

    def _run(self) -> None:
        try:
            self.ok = _probe(self._engine, self._seconds)
        finally:
            self.done.set()


_probes: dict[int, _Probe] = {}
_lock = threading.Lock()


def database_ok(engine: Engine, timeout: float = HEALTH_TIMEOUT_SECONDS) -> bool:
    """True when the database answers a trivial query within ``timeout`` seconds."""
    with _lock:
        probe = _probes.get(id(engine))
        if probe is None or probe.done.is_set():
            probe = _probes[id(engine)] = _Probe(engine, timeout)
    return probe.done.wait(timeout) and probe.ok
