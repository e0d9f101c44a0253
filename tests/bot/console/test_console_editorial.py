"""The editorial review and spending in the terminal console: the same router and views as in
Slack, buttons pressed by number, forms filled at prompts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import select

from storage.db import session_scope
from storage.models import ReportText, Spending
from tests.bot.console.test_console import transcript
from tests.support.factories import small_programme


def test_review_approve_edit_send_back_and_spend_in_the_console(
    sqlite_engine: Engine, now: datetime
) -> None:
    with session_scope(sqlite_engine) as s:
        small_programme(s)
    text = transcript(
        sqlite_engine,
        now,
        [
            "ronde start 2026-H1 deadline 15-05-2026",
            "/als @anna",
            "update 1.1 Pilot uitgebreid.",
            "update 2.4 Twee locaties.",
            "redactie",  # Anna is no coordinator
            "/als @coco",
            "redactie",
            "1",  # Goedkeuren 1.1
            "5",  # Tekst aanpassen 2.4
            "Twee locaties in onderzoek voor de woonplekken.",
            "redactie",
            "6",  # Terugsturen 2.4
            "Wanneer valt het besluit?",
            "besteed 2.4 € 12.500 inhuur",
            "besteed 2.4 -3",
        ],
    )
    assert "Sorry, 'redactie' is alleen voor coördinatoren" in text
    assert "Redactie 1e helft 2026" in text
    assert "[1] Goedkeuren" in text and "[6] Terugsturen" in text
    assert "1 te beoordelen, 1 goedgekeurd" in text  # the page after the approval
    assert "Formulier: Tekst 2.4" in text
    assert "De tekst van 2.4 voor de rapportage is opgeslagen en goedgekeurd." in text
    assert "DM aan Anna" in text and "Wanneer valt het besluit?" in text
    assert "Vastgelegd: € 12.500 besteed aan 2.4" in text
    assert "'-3' is negatief." in text
    with session_scope(sqlite_engine) as s:
        reviews = {r.text: r for r in s.exec(select(ReportText))}
        assert reviews["Pilot uitgebreid."].approved_at is not None
        [edited] = [r for r in reviews.values() if r.question]
        assert edited.question == "Wanneer valt het besluit?" and edited.approved_at is None
        assert [x.source for x in s.exec(select(Spending))] == ["console"]
