"""Status updates: the append-only history of every action."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert
from sqlmodel import Session, col, select

from storage.models import Action, Person, Round, StatusUpdate
from workflows import messages
from workflows.errors import ParseError
from workflows.programme.queries import programme_row
from workflows.programme.statuses import Status
from workflows.settings import DEFAULT_ZONE
from workflows.updates.rounds import round_for_update

TEXT_LIMIT = 3000  # one Slack section; longer texts are refused, never cut


def check_length(text: str, limit: int = TEXT_LIMIT) -> None:
    if len(text) > limit:
        raise ParseError(messages.TEXT_TOO_LONG.format(length=len(text), limit=limit))


def hold_action(*, session: Session, action: Action, now: datetime) -> datetime:
    """Lock the action's row until the transaction ends and read it again; returns the moment
    to record an update at.

    Several replicas (or threads) may update one action at once. An update computed from a
    state another request has since replaced (a status change keeps the stand van zaken it
    read) would undo that request's change; on PostgreSQL ``SELECT ... FOR UPDATE`` makes the
    second request wait and then read the first one's result. (SQLite takes no row locks; its
    single writer refuses the second instead, which the caller reports in Dutch.)

    The moment is ``now``, or the action's newest update's moment when that is later (another
    replica's clock, or a request that waited for the lock), so the history's order is the
    order the updates were applied in and its newest entry is the action's current state.
    """
    session.refresh(action, with_for_update=True)
    return update_moment(session=session, action=action, now=now)


def update_moment(*, session: Session, action: Action, now: datetime) -> datetime:
    """``now``, or the action's newest update's moment when that is later (see
    ``hold_action``); for a caller that read the action ``FOR UPDATE`` itself."""
    newest = session.exec(
        select(func.max(StatusUpdate.created_at)).where(StatusUpdate.action_id == action.id)
    ).one()
    return max(now, newest) if newest is not None else now


def latest_quantity(*, session: Session, action: Action) -> float | None:
    """The most recent realised quantity given for the action (None: never given)."""
    stmt = (
        select(StatusUpdate.realised_quantity)
        .where(
            StatusUpdate.action_id == action.id, col(StatusUpdate.realised_quantity).is_not(None)
        )
        .order_by(col(StatusUpdate.created_at).desc(), col(StatusUpdate.id).desc())
        .limit(1)
    )
    return session.exec(stmt).first()


def _latest_quantities(*, session: Session, action_ids: list[int]) -> dict[int, float]:
    """``latest_quantity`` for many actions in one query (oldest first, so the newest wins)."""
    found: dict[int, float] = {}
    if not action_ids:
        return found
    stmt = (
        select(StatusUpdate.action_id, StatusUpdate.realised_quantity)
        .where(
            col(StatusUpdate.action_id).in_(action_ids),
            col(StatusUpdate.realised_quantity).is_not(None),
        )
        .order_by(col(StatusUpdate.created_at), col(StatusUpdate.id))
    )
    for action_id, quantity in session.exec(stmt).all():
        if quantity is not None:
            found[action_id] = quantity
    return found


def record_update(
    *,
    session: Session,
    action: Action,
    author: Person | None,
    now: datetime,
    text: str | None = None,
    status: Status | None = None,
    realised_quantity: float | None = None,
    bottlenecks: str | None = None,
    help_needed: bool = False,
    carried_over: bool = False,
    source: str = "slack",
    reason: str | None = None,
    tz: ZoneInfo = DEFAULT_ZONE,
    correction: str | None = None,
    open_round: Round | None = None,
) -> StatusUpdate:
    """Append a StatusUpdate and make it the action's current state.

    ``text=None`` keeps the current stand van zaken (a status change alone); ``status=None``
    keeps the current status; ``realised_quantity=None`` carries the last one given forward
    (a status change says nothing new about the quantity). ``reason`` is why the status
    changed (the toelichting of ``status 2.4 groen <reden>``): it is kept with this update and
    never replaces the stand van zaken. An update belongs to the round ``round_for_update``
    names: the open one, or after it closed, its half-year's round while that half-year runs.
    ``open_round``: the action's programme's open round, when the caller has it at hand (a
    programme has at most one open round, so that is the round ``round_for_update`` names).
    """
    new_text = action.status_text if text is None else text.strip()
    check_length(new_text)
    reason = (reason or "").strip() or None
    correction = (correction or "").strip() or None
    for extra in (bottlenecks, reason, correction):
        if extra:
            check_length(extra)
    new_status = action.status if status is None else status
    if realised_quantity is None:
        realised_quantity = latest_quantity(session=session, action=action)
    current_round = open_round
    if (
        current_round is None
        or current_round.closed_at is not None
        or current_round.programme_id != action.programme_id
    ):
        programme = programme_row(session=session, programme_id=action.programme_id)
        current_round = round_for_update(session=session, programme=programme, now=now, tz=tz)
    update = StatusUpdate(
        action_id=action.id,  # type: ignore[arg-type]
        round_id=current_round.id if current_round else None,
        author_id=author.id if author else None,
        created_at=now,
        status=new_status,
        text=new_text,
        realised_quantity=realised_quantity,
        bottlenecks=bottlenecks or None,
        help_needed=help_needed,
        carried_over=carried_over,
        source=source,
        reason=reason,
        correction=correction,
    )
    session.add(update)
    action.status = new_status
    action.status_text = new_text
    action.updated_at = now
    session.add(action)
    session.flush()
    return update


def history(
    *, session: Session, action: Action, limit: int | None = None
) -> Sequence[StatusUpdate]:
    """Newest first."""
    stmt = (
        select(StatusUpdate)
        .where(StatusUpdate.action_id == action.id)
        .order_by(col(StatusUpdate.created_at).desc(), col(StatusUpdate.id).desc())
    )
    if limit:
        stmt = stmt.limit(limit)
    return session.exec(stmt).all()


def record_updates(
    *,
    session: Session,
    changes: Sequence[tuple[Action, Status | None, str | None]],
    now: datetime,
    source: str,
    author: Person | None = None,
    tz: ZoneInfo = DEFAULT_ZONE,
) -> int:
    """``record_update`` for many actions at once (an import): one round lookup, one insert.

    Each change is (action, status or None to keep it, text or None to keep it); the rules are
    those of ``record_update`` (the last realised quantity is carried forward too). Returns the
    number of updates appended.
    """
    if not changes:
        return 0
    programme = programme_row(session=session, programme_id=changes[0][0].programme_id)
    current_round = round_for_update(session=session, programme=programme, now=now, tz=tz)
    quantities = _latest_quantities(
        session=session, action_ids=[a.id for a, _, _ in changes if a.id is not None]
    )
    rows = []
    for action, status, text in changes:
        new_text = action.status_text if text is None else text.strip()
        check_length(new_text)
        new_status = action.status if status is None else status
        rows.append(
            {
                "action_id": action.id,
                # an import's stand van zaken is a baseline: it counts for no round
                "round_id": current_round.id if current_round and source != "import" else None,
                "author_id": author.id if author else None,
                "created_at": now,
                "status": new_status,
                "text": new_text,
                "realised_quantity": quantities.get(action.id),  # type: ignore[arg-type]
                "help_needed": False,
                "carried_over": False,
                "source": source,
            }
        )
        action.status = new_status
        action.status_text = new_text
        action.updated_at = now
        session.add(action)
    session.execute(insert(StatusUpdate), rows)
    return len(rows)
