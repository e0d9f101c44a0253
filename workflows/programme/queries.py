"""Reading the programme: the current programme, actions by code, people."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Sequence

from sqlalchemy import bindparam
from sqlmodel import Session, col, select

from storage.models import Action, ActionDeputy, Person, Programme, Theme
from workflows import messages
from workflows.errors import NotFound, ProgrammeUnknown


def current_programme(
    *, session: Session, workspace_id: str, programme_id: int | None = None
) -> Programme:
    """The programme a request from ``workspace_id`` is about: ``programme_id`` (resolved once
    per request by the caller), else the workspace's only programme. With several programmes
    and no id the caller must say which: ``ProgrammeUnknown`` lists them. A programme of
    another workspace (a crafted button value) is NotFound, as if it did not exist."""
    if programme_id is not None:
        programme = session.get(Programme, programme_id)
        if programme is None or programme.workspace_id != workspace_id:
            raise NotFound(messages.PROGRAMME_GONE)
        return programme
    only = only_programme(session=session, workspace_id=workspace_id)
    if only is None:
        slugs = session.exec(
            select(Programme.slug)
            .where(Programme.workspace_id == workspace_id)
            .order_by(col(Programme.slug))
        ).all()
        raise ProgrammeUnknown(
            messages.PROGRAMME_WHICH.format(slugs=", ".join(f"`{s}`" for s in slugs))
        )
    return only


def only_programme(*, session: Session, workspace_id: str) -> Programme | None:
    """The workspace's only programme; None when it has several; NotFound when it has none.
    One query."""
    in_workspace = select(Programme).where(Programme.workspace_id == workspace_id)
    found = session.exec(in_workspace.order_by(col(Programme.id)).limit(2)).all()
    if not found:
        raise NotFound(messages.NO_PROGRAMME)
    return found[0] if len(found) == 1 else None


def programme_row(*, session: Session, programme_id: int) -> Programme:
    """The programme a stored row (an action, a round) points at: no workspace check, because
    the row was found within its workspace already. Requests use ``current_programme``."""
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise NotFound(messages.NO_PROGRAMME)
    return programme


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


# Built once: nearly every request asks who is calling (see ``updated_action_ids``).
_BY_SLACK_ID = select(Person).where(
    Person.workspace_id == bindparam("workspace_id"), Person.slack_id == bindparam("slack_id")
)


def person_by_slack_id(*, session: Session, workspace_id: str, slack_id: str) -> Person | None:
    """The workspace's person with this Slack id (an Enterprise Grid user has the same id in
    every workspace of the org, and is a separate person in each)."""
    return session.exec(
        _BY_SLACK_ID, params={"workspace_id": workspace_id, "slack_id": slack_id}
    ).first()


def person_by_email(*, session: Session, workspace_id: str, email: str) -> Person | None:
    return session.exec(
        select(Person).where(Person.workspace_id == workspace_id, Person.email == email.lower())
    ).first()


def people(*, session: Session, workspace_id: str) -> Sequence[Person]:
    """Everyone of the workspace, by id."""
    stmt = select(Person).where(Person.workspace_id == workspace_id)
    return session.exec(stmt.order_by(col(Person.id))).all()
