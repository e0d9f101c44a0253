"""Reading the programme: the current programme, actions by code, people."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Sequence

from sqlmodel import Session, col, select

from storage.models import Action, ActionDeputy, Person, Programme, Theme
from workflows import messages
from workflows.errors import NotFound, ProgrammeUnknown


def current_programme(*, session: Session, programme_id: int | None = None) -> Programme:
    """The programme a request is about: ``programme_id`` (resolved once per request by the
    caller), else the only programme in the database. With several programmes and no id the
    caller must say which: ``ProgrammeUnknown`` lists them."""
    if programme_id is not None:
        programme = session.get(Programme, programme_id)
        if programme is None:
            raise NotFound(messages.NO_PROGRAMME)
        return programme
    found = session.exec(select(Programme).order_by(col(Programme.id)).limit(2)).all()
    if not found:
        raise NotFound(messages.NO_PROGRAMME)
    if len(found) > 1:
        slugs = session.exec(select(Programme.slug).order_by(col(Programme.slug))).all()
        raise ProgrammeUnknown(
            messages.PROGRAMME_WHICH.format(slugs=", ".join(f"`{s}`" for s in slugs))
        )
    return found[0]


def themes(*, session: Session, programme: Programme) -> Sequence[Theme]:
    stmt = select(Theme).where(Theme.programme_id == programme.id)
    return session.exec(stmt.order_by(col(Theme.position), col(Theme.id))).all()


def actions(*, session: Session, programme: Programme) -> Sequence[Action]:
    stmt = select(Action).where(Action.programme_id == programme.id)
    return session.exec(stmt.order_by(col(Action.position), col(Action.id))).all()


def normalise_code(code: str) -> str:
    """Compare codes as people type them: full-width digits (``２.４``), case, a trailing dot."""
    return unicodedata.normalize("NFKC", code).strip().rstrip(".").lower()


def get_action(*, session: Session, programme: Programme, code: str) -> Action:
    """The action with this code; NotFound suggests the closest existing code."""
    wanted = normalise_code(code)
    found = session.exec(
        select(Action).where(Action.programme_id == programme.id, Action.code == code.strip())
    ).first()
    if found is not None:
        return found
    all_actions = actions(session=session, programme=programme)
    for action in all_actions:
        if normalise_code(action.code) == wanted:
            return action
    message = messages.ACTION_NOT_FOUND.format(code=code.strip())
    suggestion = suggest_code(code, [a.code for a in all_actions])
    if suggestion:
        message += messages.ACTION_SUGGESTION.format(suggestion=suggestion)
    raise NotFound(message)


def suggest_code(code: str, codes: Sequence[str]) -> str | None:
    """The existing code closest to a mistyped one (``2.9`` -> ``2.4``)."""
    wanted = normalise_code(code)
    lowered = {normalise_code(c): c for c in codes}
    close = difflib.get_close_matches(wanted, list(lowered), n=1, cutoff=0.5)
    if close:
        return lowered[close[0]]
    prefix = wanted.split(".")[0] + "."
    same_theme = [c for c in codes if normalise_code(c).startswith(prefix)]
    return same_theme[0] if same_theme else None


def deputies(*, session: Session, action: Action) -> Sequence[Person]:
    stmt = select(Person).join(ActionDeputy).where(ActionDeputy.action_id == action.id)
    return session.exec(stmt.order_by(col(Person.id))).all()


def person_by_slack_id(*, session: Session, slack_id: str) -> Person | None:
    return session.exec(select(Person).where(Person.slack_id == slack_id)).first()


def person_by_email(*, session: Session, email: str) -> Person | None:
    return session.exec(select(Person).where(Person.email == email.lower())).first()
