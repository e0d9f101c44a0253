"""The editorial review (``/woonzorg redactie``): a coordinator reads this round's updates and
approves each one, rewrites it for the report, or sends it back to the owner with a question.

The owner's update stays as it was (``StatusUpdate`` is append-only, so the history keeps the
original); the review lives in ``ReportText`` (one per action and half-year), tied to the update
it reviewed. When the owner gives a newer update the review no longer applies and the newer
update waits for review again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import Enum
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from storage.models import Action, Person, Programme, ReportText, Round, StatusUpdate
from workflows import messages
from workflows.dates.halfyear import HalfYear
from workflows.editorial.period import review_round
from workflows.errors import Conflict, NotFound, ParseError, PermissionDenied
from workflows.ports.directory import Directory
from workflows.programme.callers import Who, who
from workflows.programme.queries import current_programme, get_action
from workflows.programme.statuses import Status
from workflows.runtime.database import transaction
from workflows.settings import Settings
from workflows.updates.history import check_length

IMPORT = "import"  # an import's stand van zaken is a baseline, not an update to review


class ReviewState(Enum):
    OPEN = "open"  # waiting for review
    APPROVED = "approved"  # the owner's text, approved as it is
    EDITED = "edited"  # rewritten (and so approved) by the editor
    SENT_BACK = "sent_back"  # a question went to the owner; their next update answers it

    @property
    def label(self) -> str:
        return messages.REVIEW_STATE_LABELS[self.value]


@dataclass(frozen=True)
class ReviewItem:
    code: str
    title: str
    owner: str | None
    update_id: int
    status: Status
    text: str  # the owner's stand van zaken, as given
    given_at: datetime
    state: ReviewState
    report_text: str | None  # the edited text, when the editor rewrote it
    question: str | None  # the question of a "Terugsturen"


@dataclass(frozen=True)
class Review:
    programme: str
    half_year: str  # the round's half-year code
    items: tuple[ReviewItem, ...]

    def count(self, state: ReviewState) -> int:
        return sum(1 for item in self.items if item.state is state)


def coordinator_of(
    session: Session, slack_id: str, directory: Directory, settings: Settings, programme: Programme
) -> Who:
    """The caller, when they coordinate the programme; else a polite Dutch refusal."""
    caller = who(
        session=session,
        workspace_id=programme.workspace_id,
        slack_id=slack_id,
        directory=directory,
        settings=settings,
        programme_id=programme.id,
    )
    if not caller.coordinator:
        raise PermissionDenied(messages.ONLY_COORDINATORS.format(command="redactie"))
    return caller


def state_of(text: ReportText | None, update_id: int) -> ReviewState:
    """The review state of the update ``update_id`` given its ReportText (if any)."""
    if text is None or (text.update_id is not None and text.update_id != update_id):
        return ReviewState.OPEN
    if text.approved_at is not None:
        return ReviewState.EDITED if text.edited else ReviewState.APPROVED
    if text.sent_back_at is not None:
        return ReviewState.SENT_BACK
    return ReviewState.OPEN


def latest_in_round(
    session: Session, programme: Programme, round_: Round, tz: ZoneInfo
) -> dict[int, StatusUpdate]:
    """Each action's newest update in the round (imports left out) given before the end of
    the round's half-year, as the report counts them, by action id."""
    half = HalfYear.from_code(round_.half_year)
    cutoff = datetime.combine(half.end + timedelta(days=1), time(0), tzinfo=tz)
    rows = session.exec(
        select(StatusUpdate)
        .join(Action, col(Action.id) == col(StatusUpdate.action_id))
        .where(
            Action.programme_id == programme.id,
            StatusUpdate.round_id == round_.id,
            StatusUpdate.source != IMPORT,
            col(StatusUpdate.created_at) < cutoff,
        )
        .order_by(col(StatusUpdate.created_at), col(StatusUpdate.id))
    ).all()
    return {u.action_id: u for u in rows}


def load_review(
    *,
    engine: Engine,
    directory: Directory,
    settings: Settings,
    slack_id: str,
    now: datetime,
    half_year: str = "",
    workspace_id: str,
    programme_id: int | None = None,
) -> Review:
    """This round's updates in programme order, each with its review state (coordinators)."""
    with transaction(engine) as session:
        programme = current_programme(
            session=session, workspace_id=workspace_id, programme_id=programme_id
        )
        coordinator_of(session, slack_id, directory, settings, programme)
        round_ = review_round(
            session=session, programme=programme, text=half_year, now=now, tz=settings.timezone
        )
        latest = latest_in_round(session, programme, round_, settings.timezone)
        listed = session.exec(
            select(Action)
            .where(col(Action.id).in_(list(latest)))
            .order_by(col(Action.position), col(Action.id))
        ).all()
        owner_ids = {a.owner_id for a in listed if a.owner_id is not None}
        people = {
            p.id: p for p in session.exec(select(Person).where(col(Person.id).in_(owner_ids)))
        }
        texts = {
            t.action_id: t
            for t in session.exec(
                select(ReportText).where(
                    ReportText.half_year == round_.half_year,
                    col(ReportText.action_id).in_(list(latest)),
                )
            )
        }
        items = []
        for action in listed:
            update = latest[action.id]  # type: ignore[index]
            text = texts.get(action.id)  # type: ignore[arg-type]
            state = state_of(text, update.id or 0)
            owner = people.get(action.owner_id) if action.owner_id is not None else None
            items.append(
                ReviewItem(
                    code=action.code,
                    title=action.title,
                    owner=(owner.name or owner.email) if owner else None,
                    update_id=update.id or 0,
                    status=update.status,
                    text=update.text,
                    given_at=update.created_at,
                    state=state,
                    report_text=text.text if text and state is ReviewState.EDITED else None,
                    question=text.question if text and state is ReviewState.SENT_BACK else None,
                )
            )
        return Review(programme=programme.name, half_year=round_.half_year, items=tuple(items))


@dataclass(frozen=True)
class Reviewed:
    """What a review step found: the action, the update and the round's half-year."""

    code: str
    title: str
    update_id: int
    text: str  # the text to prefill a rewrite with: the edited one, else the owner's
    half_year: str
    owner_slack_id: str | None = None  # who a question goes to (the owner, or a team's contact)


def _reviewed(
    session: Session, programme: Programme, code: str, update_id: int, tz: ZoneInfo
) -> tuple[Action, StatusUpdate, Round, ReportText | None]:
    """The action and the update a button names; Conflict when a newer update came since."""
    action = get_action(session=session, programme=programme, code=code)
    update = session.get(StatusUpdate, update_id)
    if update is None or update.action_id != action.id or update.round_id is None:
        raise NotFound(messages.REVIEW_UPDATE_GONE.format(code=action.code))
    round_ = session.get(Round, update.round_id)
    if round_ is None:
        raise NotFound(messages.REVIEW_UPDATE_GONE.format(code=action.code))
    newest = latest_in_round(session, programme, round_, tz).get(action.id)  # type: ignore[arg-type]
    if newest is not None and newest.id != update.id:
        raise Conflict(messages.REVIEW_NEWER_UPDATE.format(code=action.code))
    text = session.exec(
        select(ReportText).where(
            ReportText.action_id == action.id, ReportText.half_year == round_.half_year
        )
    ).first()
    return action, update, round_, text


def review_step(
    *,
    engine: Engine,
    directory: Directory,
    settings: Settings,
    slack_id: str,
    code: str,
    update_id: int,
    now: datetime,
    step: str,
    text: str = "",
    workspace_id: str,
    programme_id: int | None = None,
) -> Reviewed:
    """One review step on one update: ``approve``, ``edit`` (``text`` is the report text),
    ``send_back`` (``text`` is the question), or ``read`` (nothing changes: the prefill)."""
    if step in ("edit", "send_back"):
        text = text.strip()
        if not text:
            raise ParseError(
                messages.REVIEW_TEXT_REQUIRED
                if step == "edit"
                else messages.REVIEW_QUESTION_REQUIRED
            )
        check_length(text)
    with transaction(engine) as session:
        programme = current_programme(
            session=session, workspace_id=workspace_id, programme_id=programme_id
        )
        caller = coordinator_of(session, slack_id, directory, settings, programme)
        action, update, round_, found = _reviewed(
            session, programme, code, update_id, settings.timezone
        )
        current = found is not None and found.update_id in (None, update.id)
        prefill = found.text if found is not None and current and found.edited else update.text
        owner_slack_id = _owner_slack_id(session, action, directory)
        if step == "read":
            return Reviewed(
                action.code, action.title, update.id or 0, prefill, round_.half_year, owner_slack_id
            )
        if found is None:
            found = ReportText(action_id=action.id, half_year=round_.half_year)  # type: ignore[arg-type]
        elif not current:  # the review of an older update: start afresh
            found.edited, found.text, found.approved_at, found.approved_by_id = (
                False,
                "",
                None,
                None,
            )
            found.sent_back_at = found.sent_back_by_id = found.question = None
        # A text edited before reviews named their update (update_id empty) stays the text.
        rewritten = found.edited or (found.update_id is None and bool(found.text))
        found.update_id = update.id
        if step == "approve":
            found.edited = rewritten
            if not rewritten:
                found.text = update.text
            found.approved_at, found.approved_by_id = now, caller.person_id
            found.sent_back_at = found.sent_back_by_id = found.question = None
        elif step == "edit":
            found.text, found.edited = text, True
            found.edited_at, found.edited_by_id = now, caller.person_id
            found.approved_at, found.approved_by_id = now, caller.person_id
            found.sent_back_at = found.sent_back_by_id = found.question = None
        elif step == "send_back":
            if owner_slack_id is None:
                raise Conflict(messages.REVIEW_NOBODY_TO_ASK.format(code=action.code))
            found.sent_back_at, found.sent_back_by_id, found.question = now, caller.person_id, text
            found.approved_at = found.approved_by_id = None
        else:
            raise ValueError(step)
        session.add(found)
        return Reviewed(
            action.code, action.title, update.id or 0, prefill, round_.half_year, owner_slack_id
        )


def _owner_slack_id(session: Session, action: Action, directory: Directory) -> str | None:
    """Who answers a question about the action: the owner, or a team's contact person (by
    Slack id, else by the e-mail address the workspace knows)."""
    owner = session.get(Person, action.owner_id) if action.owner_id is not None else None
    people = {}
    if owner is not None and owner.contact_id is not None:
        contact = session.get(Person, owner.contact_id)
        if contact is not None:
            people[contact.id] = contact
    # Here, not at the top: workflows.reminders (its package imports every reminder module)
    # is not needed by the report, which imports this module for ``coordinator_of``.
    from workflows.reminders.plan import recipient

    found = recipient(owner, people)  # type: ignore[arg-type]
    if found is None:
        return None
    if found.slack_id:
        return found.slack_id
    return directory.lookup_by_email(found.email) if found.email else None
