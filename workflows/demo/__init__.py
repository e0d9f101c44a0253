"""The demo programme "Van opvang naar wonen", loaded into an empty database.

``load_demo`` imports the shipped workbook (built by ``scripts/build_demo_programme.py``),
creates the made-up demo people with their Slack ids, marks the coordinators and adds an update
history: last half-year's round (closed) and the current half-year's round (open, with some
owners still missing), all dated relative to ``now`` so the demo is always current.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from importlib import resources
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from storage.models import Action, Person, Programme, Round
from workflows.dates.halfyear import HalfYear
from workflows.demo.history import CURRENT_ROUND, DEMO_MONEY, PREVIOUS_ROUND, DemoUpdate
from workflows.demo.people import DEMO_BY_HANDLE, DEMO_PEOPLE, DemoPerson
from workflows.importing import run_import
from workflows.programme.statuses import Status
from workflows.programme.workspaces import SINGLE_WORKSPACE
from workflows.runtime.database import transaction
from workflows.updates.history import record_update

__all__ = ["DEMO_PEOPLE", "DemoPerson", "demo_workbook", "load_demo", "load_demo_into"]

WORKBOOK = "van_opvang_naar_wonen.xlsx"
# A round's default deadline: 6 weeks before its half-year ends.
ROUND_DEADLINE_BEFORE_END = timedelta(weeks=6)


def demo_workbook() -> Path:
    """The shipped demo workbook (inside the installed package)."""
    return Path(str(resources.files(__name__).joinpath(WORKBOOK)))


def load_demo(engine: Engine, *, now: datetime) -> bool:
    """Load the demo into an empty database in one transaction; False if a programme exists."""
    with transaction(engine) as session:
        return load_demo_into(session=session, now=now)


# The demo lives in the one workspace of a single-token deployment, which the console is.
DEMO_WORKSPACE = SINGLE_WORKSPACE


def load_demo_into(*, session: Session, now: datetime) -> bool:
    """As ``load_demo``, inside the caller's session."""
    in_workspace = select(Programme).where(Programme.workspace_id == DEMO_WORKSPACE)
    if session.exec(in_workspace).first() is not None:
        return False
    current = HalfYear.containing(now.astimezone(UTC).date())
    previous = current.previous()
    imported_at = min(now, _moment(previous.start + timedelta(days=14)))
    run_import(demo_workbook(), session=session, now=imported_at, workspace_id=DEMO_WORKSPACE)
    people = {
        p.slack_id: p
        for p in session.exec(
            select(Person).where(
                Person.workspace_id == DEMO_WORKSPACE,
                col(Person.slack_id).in_([d.slack_id for d in DEMO_PEOPLE]),
            )
        )
    }
    for demo in DEMO_PEOPLE:
        person = people[demo.slack_id]
        person.is_coordinator = demo.is_coordinator
        person.organisation = demo.organisation
        session.add(person)
    programme = session.exec(in_workspace).one()
    actions = {
        a.code: a for a in session.exec(select(Action).where(Action.programme_id == programme.id))
    }
    for code, (budget, spent) in DEMO_MONEY.items():
        action = actions[code]
        action.budget, action.budget_years = sum(budget.values()), budget
        action.spent, action.spent_years = sum(spent.values()), spent
        session.add(action)
    # last half-year: a round with its updates, closed after the half-year ended
    last = _open_round(session, programme, previous, opened=imported_at)
    for update in PREVIOUS_ROUND:
        moment = min(now, _moment(last.deadline) - timedelta(days=update.days_before))
        _record(session, actions, people, update, max(moment, imported_at))
    last.closed_at = min(now, _moment(previous.end + timedelta(days=1)))
    session.add(last)
    session.flush()
    # this half-year: an open round, some owners have answered
    this = _open_round(
        session, programme, current, opened=max(imported_at, min(now, _moment(current.start)))
    )
    for update in CURRENT_ROUND:
        moment = max(this.opened_at, now - timedelta(days=update.days_before))
        _record(session, actions, people, update, min(moment, now))
    return True


def _moment(day: object) -> datetime:
    return datetime.combine(day, time(9, 0), tzinfo=UTC)  # type: ignore[arg-type]


def _open_round(
    session: Session, programme: Programme, half: HalfYear, *, opened: datetime
) -> Round:
    round_ = Round(
        programme_id=programme.id,  # type: ignore[arg-type]
        half_year=half.code,
        deadline=half.end - ROUND_DEADLINE_BEFORE_END,
        opened_at=opened,
        opened_by_id=None,
    )
    session.add(round_)
    session.flush()
    return round_


def _record(
    session: Session,
    actions: dict[str, Action],
    people: dict[str | None, Person],
    update: DemoUpdate,
    moment: datetime,
) -> None:
    author = people[DEMO_BY_HANDLE[update.handle].slack_id]
    record_update(
        session=session,
        action=actions[update.code],
        author=author,
        now=moment,
        text=update.text,
        status=Status(update.status),
        realised_quantity=update.realised,
        help_needed=update.help_needed,
        reason=update.reason,
        correction=update.correction,
        source="slack",
    )
