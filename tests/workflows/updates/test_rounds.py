"""Opening, closing and showing update rounds; every bad input refused with nothing changed."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from storage.db import session_scope
from storage.models import Round, StatusUpdate
from tests.support.factories import small_programme
from workflows.dates.halfyear import HalfYear
from workflows.errors import Conflict, NotFound, ParseError
from workflows.updates.history import record_update
from workflows.updates.rounds import (
    close_round,
    default_deadline,
    is_late,
    latest_round,
    round_progress,
    start_round,
)

AMS = ZoneInfo("Europe/Amsterdam")
APRIL = datetime(2027, 4, 1, 10, tzinfo=UTC)


def rounds(engine: Engine) -> list[Round]:
    with session_scope(engine) as session:
        return list(session.exec(select(Round)).all())


def test_default_deadline_is_six_weeks_before_the_end_on_a_working_day() -> None:
    assert default_deadline(HalfYear(2027, 1)) == date(2027, 5, 19)  # Wednesday
    assert default_deadline(HalfYear(2026, 2)) == date(2026, 11, 19)
    # 6 weeks before 30 June 2029 is Saturday 19 May; Monday 21 May is Pinkstermaandag.
    assert default_deadline(HalfYear(2029, 1)) == date(2029, 5, 22)


def test_open_ahead_with_any_half_year_form_and_updates_join_the_round(engine: Engine) -> None:
    with session_scope(engine) as session:
        built = small_programme(session)
        round_ = start_round(
            session=session,
            half_year_text="1e helft 2027",
            now=APRIL,
            tz=AMS,
            deadline_text="18-05-2027",
            workspace_id="",
        )
        assert (round_.half_year, round_.deadline) == ("2027-H1", date(2027, 5, 18))
        update = record_update(
            session=session,
            action=built.actions["1.2"],
            author=built.people["bert"],
            now=APRIL,
            text="Loopt.",
        )
        assert update.round_id == round_.id
        progress = round_progress(session=session, round_=round_, now=APRIL, tz=AMS)
        assert progress.sentence() == "1 van 3 updates binnen, deadline over 47 dagen"
    with session_scope(engine) as session:
        closed = close_round(session=session, now=datetime(2027, 6, 1, tzinfo=UTC), workspace_id="")
        assert closed.closed_at is not None
        assert latest_round(session=session, workspace_id="").id == closed.id  # type: ignore[union-attr]
        update = record_update(
            session=session,
            action=built.actions["1.1"],
            author=None,
            now=datetime(2027, 6, 2, tzinfo=UTC),
            text="Na de ronde",
        )
        # Late, but the half-year still runs: it counts for its round ("na de deadline").
        assert update.round_id == closed.id and is_late(update.created_at, closed, AMS)
        after = record_update(
            session=session,
            action=built.actions["1.1"],
            author=None,
            now=datetime(2027, 7, 1, 10, tzinfo=UTC),
            text="Volgend halfjaar",
        )
        assert after.round_id is None  # 2027-H2 has no round
    with session_scope(engine) as session:
        assert session.exec(select(StatusUpdate)).all()[0].round_id == closed.id


@pytest.mark.parametrize(
    ("half", "deadline", "error", "words"),
    [
        ("2027-H3", None, ParseError, "'2027-H3' is geen halfjaar"),
        ("2027-H1", "14-13-2027", ParseError, "'14-13-2027' is geen datum"),
        ("2027-H1", "1 juli 2027", ParseError, "ligt na het einde van de 1e helft 2027"),
        ("2027-H1", "31-03-2027", ParseError, "ligt in het verleden"),
        ("2026-H2", None, ParseError, "standaarddeadline voor de 2e helft 2026"),
    ],
)
def test_bad_round_input_changes_nothing(
    sqlite_engine: Engine, half: str, deadline: str | None, error: type, words: str
) -> None:
    with session_scope(sqlite_engine) as session:
        small_programme(session)
    now = datetime(2026, 12, 1, 10, tzinfo=UTC) if half == "2026-H2" else APRIL
    with pytest.raises(error) as caught, session_scope(sqlite_engine) as session:
        start_round(
            session=session,
            half_year_text=half,
            deadline_text=deadline,
            now=now,
            tz=AMS,
            workspace_id="",
        )
    assert words in str(caught.value)
    assert rounds(sqlite_engine) == []


def test_second_round_and_closing_nothing_are_refused(engine: Engine) -> None:
    with session_scope(engine) as session:
        small_programme(session)
    with pytest.raises(NotFound, match="geen open updateronde"), session_scope(engine) as session:
        close_round(session=session, now=APRIL, workspace_id="")
    with session_scope(engine) as session:
        start_round(session=session, half_year_text="2027-H1", now=APRIL, tz=AMS, workspace_id="")
    with pytest.raises(Conflict, match="loopt al een updateronde"), session_scope(engine) as s:
        start_round(session=s, half_year_text="2027-H2", now=APRIL, tz=AMS, workspace_id="")
    with (
        pytest.raises(Conflict, match="al een updateronde voor de 1e helft 2027"),
        session_scope(engine) as s,
    ):
        start_round(session=s, half_year_text="H1 2027", now=APRIL, tz=AMS, workspace_id="")
    with session_scope(engine) as session:
        close_round(session=session, now=APRIL, workspace_id="")
    with (
        pytest.raises(Conflict, match="al een updateronde voor de 1e helft 2027"),
        session_scope(engine) as s,
    ):
        start_round(session=s, half_year_text="2027-H1", now=APRIL, tz=AMS, workspace_id="")
    assert [(r.half_year, r.closed_at is not None) for r in rounds(engine)] == [("2027-H1", True)]
