"""Spending on an action (``/woonzorg besteed 2.4 12500 [toelichting]``, or the form behind the
action's button "Besteding vastleggen"): recorded for the current year by a coordinator or the
action's owner.

Each amount is kept in the ``spending`` ledger (with its toelichting, who and when) and added to
``Action.spent_years`` / ``Action.spent``, the fields the import's ``Besteed`` column fills and
the report's Financiën section and the export read. An action whose spending was imported as a
total without years keeps a total: the amount is added to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine

from storage.models import ActionChange, Spending
from workflows import messages
from workflows.dates.workdays import local_date
from workflows.errors import ParseError, PermissionDenied
from workflows.importing.money import parse_amount
from workflows.ports.directory import Directory
from workflows.programme.callers import action_and_caller
from workflows.runtime.database import transaction
from workflows.settings import Settings
from workflows.updates.history import check_length

_CURRENCY = re.compile(r"^(€|eur|euro)$", re.IGNORECASE)
MAX_AMOUNT = 1e10  # ten billion euro: a typo, not a spending


@dataclass(frozen=True)
class SpendingForm:
    """What the form shows: the action and its money so far."""

    code: str
    title: str
    year: int
    budget: float | None
    spent: float | None
    spent_year: float | None


@dataclass(frozen=True)
class SpendingReceipt:
    code: str
    title: str
    year: int
    amount: float
    spent_year: float  # spent in this year, this amount included
    spent: float  # spent in total
    budget: float | None


def split_amount(args: str) -> tuple[str, str]:
    """``"€ 12.500 inhuur"`` -> ``("€ 12.500", "inhuur")``: the amount (a currency sign may
    stand apart) and the toelichting."""
    words = args.split()
    take = 2 if len(words) > 1 and _CURRENCY.match(words[0]) else 1
    return " ".join(words[:take]), " ".join(words[take:])


def parse_spending(text: str) -> float:
    """An amount spent, in Dutch notation (``12.500``, ``12.500,50``, ``€ 12.500``); zero,
    negative amounts and anything that is not an amount are refused in Dutch."""
    raw = (text or "").strip()
    if not raw:
        raise ParseError(messages.SPENDING_AMOUNT_REQUIRED)
    if raw.startswith("-") or re.match(r"^(€|eur)\s*-", raw, re.IGNORECASE):
        raise ParseError(messages.SPENDING_NEGATIVE.format(text=raw))
    try:
        amount = parse_amount(raw)
    except ParseError:
        raise ParseError(messages.SPENDING_BAD_AMOUNT.format(text=raw)) from None
    if amount <= 0:
        raise ParseError(messages.SPENDING_ZERO.format(text=raw))
    if amount >= MAX_AMOUNT:
        raise ParseError(messages.SPENDING_TOO_LARGE.format(text=raw))
    return round(amount, 2)


def _check_may_spend(
    caller_is_coordinator: bool, person_id: int | None, owner_id: int | None, code: str
) -> None:
    """Coordinators and the action's owner record spending; everyone else is refused."""
    if caller_is_coordinator or (person_id is not None and person_id == owner_id):
        return
    raise PermissionDenied(messages.SPENDING_NOT_ALLOWED.format(code=code))


def spending_form(
    *,
    engine: Engine,
    directory: Directory,
    settings: Settings,
    slack_id: str,
    code: str,
    now: datetime,
    workspace_id: str,
    programme_id: int | None = None,
) -> SpendingForm:
    """The form's prefill, after checking that the caller may record spending."""
    year = local_date(now, settings.timezone).year
    with transaction(engine) as session:
        _, action, caller = action_and_caller(
            session=session,
            workspace_id=workspace_id,
            code=code,
            slack_id=slack_id,
            directory=directory,
            settings=settings,
            programme_id=programme_id,
        )
        _check_may_spend(caller.coordinator, caller.person_id, action.owner_id, action.code)
        return SpendingForm(
            code=action.code,
            title=action.title,
            year=year,
            budget=action.budget,
            spent=action.spent,
            spent_year=(action.spent_years or {}).get(str(year)),
        )


def record_spending(
    *,
    engine: Engine,
    directory: Directory,
    settings: Settings,
    slack_id: str,
    code: str,
    amount: str,
    note: str,
    now: datetime,
    source: str,
    workspace_id: str,
    programme_id: int | None = None,
) -> SpendingReceipt:
    """Record ``amount`` (as typed) spent on the action in the current year. Everything is
    checked before anything is written."""
    value = parse_spending(amount)
    note = note.strip()
    check_length(note)
    year = local_date(now, settings.timezone).year
    with transaction(engine) as session:
        _, action, caller = action_and_caller(
            session=session,
            workspace_id=workspace_id,
            code=code,
            slack_id=slack_id,
            directory=directory,
            settings=settings,
            programme_id=programme_id,
        )
        _check_may_spend(caller.coordinator, caller.person_id, action.owner_id, action.code)
        before = {"spent": action.spent, "spent_years": dict(action.spent_years or {})}
        years = dict(action.spent_years or {})
        if years or action.spent is None:
            years[str(year)] = round(years.get(str(year), 0.0) + value, 2)
            action.spent_years = dict(sorted(years.items()))
            action.spent = round(sum(years.values()), 2)
        else:  # imported as a total without years: it stays a total
            action.spent = round(action.spent + value, 2)
        action.updated_at = now
        session.add(action)
        session.add(
            Spending(
                action_id=action.id,  # type: ignore[arg-type]
                year=year,
                amount=value,
                note=note or None,
                person_id=caller.person_id,
                at=now,
                source=source,
            )
        )
        session.add(
            ActionChange(
                action_id=action.id,  # type: ignore[arg-type]
                at=now,
                field="spent",
                old=before,
                new={"spent": action.spent, "spent_years": action.spent_years},
                source=source,
            )
        )
        return SpendingReceipt(
            code=action.code,
            title=action.title,
            year=year,
            amount=value,
            spent_year=(action.spent_years or {}).get(str(year), value),
            spent=action.spent,
            budget=action.budget,
        )
