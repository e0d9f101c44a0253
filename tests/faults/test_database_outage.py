"""PostgreSQL refuses connections for 2 s in the middle of a fan-out (every connection cut,
new ones refused). Claims that fail send nothing; sends whose "sent" mark fails stay in doubt
and the next tick finds them in Slack. Each owner gets one reminder."""

from __future__ import annotations

import time

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.conftest import PG_ADMIN_DSN
from tests.faults.conftest import World
from tests.faults.kit import assert_exactly_once, copies, wait_until


def _allow_connections(database: str, allow: bool) -> None:
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{database}" WITH ALLOW_CONNECTIONS {str(allow).lower()}')
        if not allow:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                (database,),
            )


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_the_database_refuses_connections_mid_fan_out(world: World, database_url: str) -> None:
    database = str(make_url(database_url).database)
    world.slack.slow("chat.postMessage", 0.2)
    pid = world.ticks.start()
    wait_until(lambda: sum(copies(world.slack).values()) >= 6)
    _allow_connections(database, False)
    try:
        time.sleep(2)
    finally:
        _allow_connections(database, True)
    assert world.ticks.wait(pid) == 0  # claims refused are left for later, the tick goes on
    world.engine.dispose()  # the test's own pooled connections were cut as well
    world.slack.faults.clear()
    assert world.ticks.after_lease() == 0, world.ticks.output()[-4000:]
    assert_exactly_once(world.slack, world.engine, world.owners, world.ticks)
