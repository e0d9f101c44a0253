"""Who may do what (docs/specification.md section 7), with a polite Dutch refusal for everyone else.

Anyone may read. The owner (regiehouder), a deputy (plaatsvervanger) and a coordinator may
update an action. Only a coordinator assigns an owner; the owner or a coordinator adds a deputy.
"""

from __future__ import annotations

from sqlmodel import Session, select

from storage.models import Action, ActionDeputy
from workflows import messages
from workflows.errors import PermissionDenied
from workflows.programme.callers import Who


def deputy_ids(*, session: Session, action: Action) -> set[int]:
    """The person ids of the action's plaatsvervangers."""
    stmt = select(ActionDeputy.person_id).where(ActionDeputy.action_id == action.id)
    return set(session.exec(stmt).all())


def may_update(*, session: Session, who: Who, action: Action) -> bool:
    """Whether the caller owns, deputises or coordinates (without raising)."""
    if who.coordinator:
        return True
    if who.person_id is None:
        return False
    return who.person_id == action.owner_id or who.person_id in deputy_ids(
        session=session, action=action
    )


def check_may_update(*, session: Session, who: Who, action: Action) -> None:
    """Raise PermissionDenied unless the caller owns, deputises or coordinates."""
    if may_update(session=session, who=who, action=action):
        return
    if who.person is None:
        raise PermissionDenied(messages.NOT_IN_PROGRAMME_UPDATE.format(code=action.code))
    raise PermissionDenied(messages.MAY_NOT_UPDATE.format(code=action.code))


def check_may_assign_owner(*, who: Who, action: Action) -> None:
    """Only a coordinator assigns the regiehouder."""
    if not who.coordinator:
        raise PermissionDenied(messages.MAY_NOT_ASSIGN_OWNER.format(code=action.code))


def check_may_assign_deputy(*, who: Who, action: Action) -> None:
    """The owner or a coordinator adds a plaatsvervanger."""
    if who.coordinator:
        return
    if who.person_id is None or who.person_id != action.owner_id:
        raise PermissionDenied(messages.MAY_NOT_ASSIGN_DEPUTY.format(code=action.code))
