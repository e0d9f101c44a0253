"""Several workspaces in one database: a programme with owners, actions and an open round
per workspace (bulk inserts, so the region benchmark can seed 342 of them)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session

from storage.models import Action, Person, Programme, Round, Theme

# The first reminder of an 18 May 2027 deadline (as in bench/reminder_fanout.py).
FIRST_REMINDER = datetime(2027, 4, 28, 7, 0, tzinfo=UTC)


def owner_id(index: int, owner: int) -> str:
    """Slack user ids unique across the workspaces: U + workspace number + owner number."""
    return f"U{index:04d}{owner:04d}"


def seed_workspace(
    engine: Engine, workspace_id: str, index: int, *, owners: int = 3, actions: int = 6
) -> list[str]:
    """Programme "Wonen en zorg" in ``workspace_id``: ``owners`` people owning ``actions``
    actions in turn, and an open 2027-H1 round (deadline 18 May 2027). Returns the owners'
    Slack ids."""
    ids = [owner_id(index, i) for i in range(owners)]
    with Session(engine) as session:
        programme = Programme(
            name="Wonen en zorg", slug=f"wonen-{index}", workspace_id=workspace_id
        )
        session.add(programme)
        session.flush()
        theme = Theme(programme_id=programme.id, number="1", title="Alles")
        session.add(theme)
        session.flush()
        people = [
            Person(
                name=f"Eigenaar {index}-{i}",
                email=f"o{index}-{i}@example.nl",
                slack_id=slack_id,
                workspace_id=workspace_id,
            )
            for i, slack_id in enumerate(ids)
        ]
        session.add_all(people)
        session.flush()
        session.add_all(
            Action(
                programme_id=programme.id,
                theme_id=theme.id,
                code=f"1.{a + 1}",
                title=f"Actie {a + 1}",
                status_text="Loopt volgens plan.",
                owner_id=people[a % owners].id,
                position=a,
            )
            for a in range(actions)
        )
        session.add(
            Round(
                programme_id=programme.id,
                half_year="2027-H1",
                deadline=date(2027, 5, 18),
                opened_at=datetime(2027, 4, 1, tzinfo=UTC),
            )
        )
        session.commit()
    return ids
