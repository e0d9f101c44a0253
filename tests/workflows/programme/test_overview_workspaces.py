"""The overview of one workspace reads only that workspace's people: with a region's data in
the database (bench/region.py) loading everyone made ``overzicht`` 58x slower than alone."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from storage.models import Person, Programme
from tests.support.doubles import DictDirectory
from tests.support.workspaces import seed_workspace
from workflows.programme.overview import programme_overview

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
AFTER_DEADLINE = datetime(2027, 6, 1, 9, tzinfo=UTC)  # the round's deadline is 18 May 2027


@contextmanager
def people_loaded() -> Iterator[list[str]]:
    """The workspace of every Person row the ORM builds inside the block."""
    seen: list[str] = []

    def loaded(target: Person, _context: object) -> None:
        seen.append(target.workspace_id)

    event.listen(Person, "load", loaded)
    try:
        yield seen
    finally:
        event.remove(Person, "load", loaded)


def test_the_overview_loads_no_person_of_another_workspace(engine: Engine) -> None:
    for index, team in enumerate(["T0", "T1", "T2"]):
        seed_workspace(engine, team, index, owners=4, actions=8)
    with Session(engine) as session:
        programme_id = session.exec(
            select(Programme.id).where(Programme.workspace_id == "T1")
        ).one()

    with people_loaded() as seen:
        overview = programme_overview(
            engine=engine,
            workspace_id="T1",
            directory=DictDirectory(),
            tz=AMSTERDAM,
            now=AFTER_DEADLINE,
            filter_text="ontbreekt",
            programme_id=programme_id,
        )

    # Every owner of T1 is late and named, by T1's names only ...
    assert [name for name, _codes in overview.late_owners] == [f"Eigenaar 1-{i}" for i in range(4)]
    assert {line.owner for line in overview.lines} == {f"Eigenaar 1-{i}" for i in range(4)}
    # ... and none of T0's or T2's 8 people was read to find them.
    assert seen and set(seen) == {"T1"}
    assert len(seen) == 4
