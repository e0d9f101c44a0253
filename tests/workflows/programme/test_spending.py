"""Spending amounts as people type them, refused in Dutch when they are not a spending, and
what recording one does to the action's money (the report's Financiën reads it)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from storage.db import session_scope
from storage.models import Action, Spending
from tests.support.doubles import DictDirectory
from tests.support.factories import small_programme
from workflows import messages
from workflows.dates.halfyear import HalfYear
from workflows.errors import ParseError, PermissionDenied
from workflows.programme.spending import parse_spending, record_spending, split_amount
from workflows.report import analysis
from workflows.report.build import build_report
from workflows.settings import Settings


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("12500", 12500),
        ("12.500", 12500),
        ("12.500,50", 12500.5),
        ("€ 12.500", 12500),
        ("EUR 900", 900),
        ("1.228.158,-", 1228158),
    ],
)
def test_dutch_amounts(typed: str, amount: float) -> None:
    assert parse_spending(typed) == amount


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("-500", messages.SPENDING_NEGATIVE),
        ("€ -5", messages.SPENDING_NEGATIVE),
        ("0", messages.SPENDING_ZERO),
        ("0,00", messages.SPENDING_ZERO),
        ("twaalf", messages.SPENDING_BAD_AMOUNT),
        ("12,5,0", messages.SPENDING_BAD_AMOUNT),
        ("99999999999", messages.SPENDING_TOO_LARGE),
    ],
)
def test_not_a_spending_is_refused_in_dutch(typed: str, message: str) -> None:
    with pytest.raises(ParseError) as refused:
        parse_spending(typed)
    assert str(refused.value) == message.format(text=typed)


def test_split_amount_takes_a_loose_currency_sign() -> None:
    assert split_amount("€ 12.500 inhuur projectleider") == ("€ 12.500", "inhuur projectleider")
    assert split_amount("12.500,50") == ("12.500,50", "")


def test_recording_adds_to_the_year_and_reaches_the_report(engine: Engine, now: datetime) -> None:
    with session_scope(engine) as session:
        built = small_programme(session)
        action = built.actions["2.4"]
        action.budget, action.spent, action.spent_years = 100_000.0, 10_000.0, {"2025": 10_000.0}
        action.created_at = datetime(2026, 1, 5, tzinfo=UTC)  # in the programme at the cutoff
        session.add(action)
    common = dict(
        engine=engine,
        directory=DictDirectory(),
        settings=Settings(_env_file=None),  # type: ignore[call-arg]
        code="2.4",
        now=now,
        source="slack",
    )
    receipt = record_spending(
        workspace_id="", slack_id="U0ANNA", amount="12.500", note="inhuur", **common
    )  # type: ignore[arg-type]
    assert (receipt.year, receipt.spent_year, receipt.spent) == (2026, 12500, 22500)
    with pytest.raises(PermissionDenied):
        record_spending(workspace_id="", slack_id="U0DIRK", amount="5", note="", **common)  # type: ignore[arg-type]
    with pytest.raises(ParseError):
        record_spending(workspace_id="", slack_id="U0COCO", amount="-5", note="", **common)  # type: ignore[arg-type]
    with session_scope(engine) as session:
        action = session.exec(select(Action).where(Action.code == "2.4")).one()
        assert action.spent_years == {"2025": 10000.0, "2026": 12500.0}
        assert len(session.exec(select(Spending)).all()) == 1  # the refused ones wrote nothing
        report = build_report(
            workspace_id="", session=session, half_year=HalfYear(2026, 1), now=now
        )
    [(_, lines, total)] = analysis.finance(report)
    assert (lines[0].budget, lines[0].spent, round(total.share or 0)) == (100_000, 22_500, 22)
