"""One process at a time sends a workspace's messages: on PostgreSQL a session-level advisory
lock per workspace, held on a connection of its own; on SQLite (one process) always ours.

Another process is modelled by another database session holding the lock; two real processes
and a holder killed with SIGKILL are in tests/faults/test_replicas.py."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from tests.support.doubles import RecordingNotifier
from tests.support.reminder_kit import (
    FIRST,
    VIEWS,
    notifications,
    programme_with_round,
    reminder_settings,
    run_tick,
)
from tests.support.workspaces import FIRST_REMINDER, seed_workspace
from workflows.reminders.sending_turn import lock_key, sending_turn
from workflows.reminders.workspaces import tick_workspaces

on_postgresql = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


@contextmanager
def held_elsewhere(engine: Engine, workspace_id: str) -> Iterator[None]:
    """Another process's turn: the lock taken on a session of its own (closed at the end, so
    a test that fails cannot leave it held on a pooled connection)."""
    connection = engine.connect()
    connection.detach()
    try:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": lock_key(workspace_id)})
        connection.commit()
        yield
    finally:
        # (Unlocked first: the server ends a closed connection's session a moment later.)
        connection.execute(text("SELECT pg_advisory_unlock_all()"))
        connection.commit()
        connection.close()


def test_one_turn_per_workspace_at_a_time(engine: Engine) -> None:
    postgres = engine.dialect.name == "postgresql"
    with sending_turn(engine, "T0ALPHA") as first:
        assert first
        with sending_turn(engine, "T0ALPHA") as second:
            assert second is not postgres  # SQLite: one process, no turn needed
        with sending_turn(engine, "T0BETA") as other:
            assert other  # another workspace has its own turn
    with sending_turn(engine, "T0ALPHA") as again:
        assert again  # released at the end of the block


@on_postgresql
def test_a_turn_is_released_when_its_block_fails(engine: Engine) -> None:
    with pytest.raises(RuntimeError), sending_turn(engine, ""):
        raise RuntimeError("Slack weg")
    with sending_turn(engine, "") as ours:
        assert ours


@on_postgresql
def test_a_holder_whose_session_ends_frees_the_turn(engine: Engine) -> None:
    with held_elsewhere(engine, "T0ALPHA"), sending_turn(engine, "T0ALPHA") as ours:
        assert not ours
    with sending_turn(engine, "T0ALPHA") as ours:
        assert ours
    # The turn's connection is not the pool's: the pool keeps every connection it had.
    checked_out = engine.pool.checkedout()  # type: ignore[attr-defined]
    with sending_turn(engine, "T0ALPHA"):
        assert engine.pool.checkedout() == checked_out  # type: ignore[attr-defined]


@on_postgresql
def test_a_tick_leaves_the_workspace_to_the_process_sending_it(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    programme_with_round(engine)
    notifier = RecordingNotifier()
    with held_elsewhere(engine, ""), caplog.at_level(logging.INFO):
        assert run_tick(engine, notifier, FIRST).sent == []
    assert notifier.sent == [] and notifications(engine) == []  # nothing claimed either
    assert "another process is sending its messages" in caplog.text
    # That process stopped (or died) without sending: this one's next tick sends them.
    assert len(run_tick(engine, notifier, FIRST).sent) == 2


@on_postgresql
def test_the_fan_out_across_workspaces_takes_each_workspace_turn(engine: Engine) -> None:
    owners = {team: seed_workspace(engine, team, i) for i, team in enumerate(("T0A", "T0B"))}
    notifiers = {team: RecordingNotifier() for team in owners}
    with held_elsewhere(engine, "T0B"):
        report = tick_workspaces(
            reminder_settings(), engine, FIRST_REMINDER, notifier_for=notifiers.get, views=VIEWS
        )
    assert sorted(s.to for s in notifiers["T0A"].sent) == sorted(owners["T0A"])
    assert notifiers["T0B"].sent == [] and report.done["T0B"].sent == []
