"""After the deadline: who is late, and which actions nobody can be reminded of."""

from __future__ import annotations

from sqlmodel import Session, col, select

from storage.models import Person, Round
from workflows.dates.halfyear import HalfYear
from workflows.programme.programmes import programme_label
from workflows.programme.queries import programme_row
from workflows.reminders.content import EscalationContent, LateOwner, action_line
from workflows.reminders.plan import reachable
from workflows.updates.rounds import missing_actions, round_counts


def escalation_content(*, session: Session, round_: Round) -> EscalationContent:
    """The late owners (each with their action codes) and the unreachable actions, now."""
    programme = programme_row(session=session, programme_id=round_.programme_id)
    missing = missing_actions(session=session, programme=programme, round_=round_)
    owner_ids = {a.owner_id for a in missing if a.owner_id is not None}
    people = {
        p.id: p for p in session.exec(select(Person).where(col(Person.id).in_(owner_ids))).all()
    }
    late: dict[int, list[str]] = {}
    unreachable = []
    for action in missing:
        owner = people.get(action.owner_id) if action.owner_id is not None else None
        if owner is not None and reachable(owner):
            late.setdefault(owner.id, []).append(action.code)  # type: ignore[arg-type]
        else:
            unreachable.append(action_line(action, owner=owner))
    counts = round_counts(session=session, programme=programme, round_=round_)
    return EscalationContent(
        half_year=HalfYear.from_code(round_.half_year),
        deadline=round_.deadline,
        late=tuple(
            LateOwner(
                name=people[pid].name or people[pid].email or people[pid].slack_id or "?",
                slack_id=people[pid].slack_id,
                codes=tuple(codes),
            )
            for pid, codes in late.items()
        ),
        unreachable=tuple(unreachable),
        received=counts.received,
        expected=counts.expected,
        programme_name=programme_label(session=session, programme_id=programme.id),
    )
