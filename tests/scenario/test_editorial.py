"""The editorial review, the coordinators' report texts and spending, over signed HTTP against
the fake Slack (which checks every message and view against Block Kit's limits)."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import select

from storage.db import session_scope
from storage.models import Action, ReportSection, ReportText, Spending, StatusUpdate
from tests.scenario.test_modal_and_home import buttons, dms_to, opened_view
from tests.support.factories import Built, build_programme
from tests.support.fake_slack import FakeSlack, SignedClient, wait_for
from workflows import messages

ROUND = "ronde start 2026-H1 deadline 15-05-2026"


def _round_with_updates(slack: SignedClient) -> None:
    assert slack.slash(ROUND, "U0COCO").status == 200
    slack.slash("update 1.1 Pilot uitgebreid naar Crabbehof.", "U0ANNA")
    slack.slash("update 2.4 Twee locaties in beeld.", "U0ANNA")
    slack.slash("status 1.2 vertraagd convenant nog niet getekend", "U0BERT")


def _review_text(db: Engine, code: str) -> ReportText | None:
    with session_scope(db) as session:
        action = session.exec(select(Action).where(Action.code == code)).one()
        return session.exec(select(ReportText).where(ReportText.action_id == action.id)).first()


def test_only_coordinators_review(slack: SignedClient, programme: Built) -> None:
    _round_with_updates(slack)
    answer = slack.slash("redactie", "U0ANNA")
    assert answer.text == messages.ONLY_COORDINATORS.format(command="redactie")
    assert slack.slash("redactie inleiding", "U0ANNA").text.startswith("Sorry, 'redactie'")


def test_the_review_lists_the_rounds_updates_with_three_buttons(
    slack: SignedClient, programme: Built
) -> None:
    _round_with_updates(slack)
    page = slack.slash("redactie", "U0COCO").json()
    text = str(page["blocks"])
    assert "Redactie 1e helft 2026" in text
    assert "3 updates in deze ronde: 3 te beoordelen, 0 goedgekeurd, 0 teruggestuurd" in text
    assert "Pilot uitgebreid naar Crabbehof." in text and "1.2 Convenant" in text
    assert "2.5" not in text  # no update in the round: nothing to review
    found = buttons(page["blocks"])
    assert {"review_approve:1.1", "review_edit:1.1", "review_back:1.1"} <= set(found)


def test_approve_replaces_the_page_and_the_report_uses_the_text(
    slack: SignedClient, fake_slack: FakeSlack, db: Engine, programme: Built
) -> None:
    _round_with_updates(slack)
    page = slack.slash("redactie", "U0COCO").json()
    approve = buttons(page["blocks"])["review_approve:1.1"]
    assert slack.block_action(approve["action_id"], approve["value"], "U0COCO").status == 200
    replaced = wait_for(lambda: fake_slack.responses())[-1]
    assert replaced["replace_original"] is True
    assert "2 te beoordelen, 1 goedgekeurd" in str(replaced["blocks"])
    review = _review_text(db, "1.1")
    assert review is not None and review.approved_at is not None and not review.edited
    assert review.text == "Pilot uitgebreid naar Crabbehof."


def test_edit_opens_the_text_and_saves_it_as_the_report_text(
    slack: SignedClient, fake_slack: FakeSlack, db: Engine, programme: Built
) -> None:
    _round_with_updates(slack)
    page = slack.slash("redactie", "U0COCO").json()
    edit = buttons(page["blocks"])["review_edit:2.4"]
    slack.block_action(edit["action_id"], edit["value"], "U0COCO")
    view = opened_view(fake_slack)
    assert view["callback_id"] == "review_edit"
    [text_input] = [b for b in view["blocks"] if b.get("block_id") == "text"]
    assert text_input["element"]["initial_value"] == "Twee locaties in beeld."

    empty = slack.view_submission(view, {"text": "  "}, "U0COCO")
    assert empty.json()["errors"] == {"text": messages.REVIEW_TEXT_REQUIRED}
    assert _review_text(db, "2.4") is None  # nothing saved

    rewrite = "Er zijn twee locaties in beeld voor de nieuwe woonplekken."
    assert slack.view_submission(view, {"text": rewrite}, "U0COCO").status == 200
    review = _review_text(db, "2.4")
    assert review is not None and review.edited and review.approved_at is not None
    assert review.text == rewrite
    with session_scope(db) as session:  # the owner's original stays in the history
        texts = [u.text for u in session.exec(select(StatusUpdate))]
    assert "Twee locaties in beeld." in texts
    page = slack.slash("redactie", "U0COCO").json()
    assert "aangepast door de redactie" in str(page["blocks"]) and rewrite in str(page["blocks"])


def test_send_back_asks_the_owner_and_marks_the_update(
    slack: SignedClient, fake_slack: FakeSlack, db: Engine, programme: Built
) -> None:
    _round_with_updates(slack)
    page = slack.slash("redactie", "U0COCO").json()
    back = buttons(page["blocks"])["review_back:1.2"]
    slack.block_action(back["action_id"], back["value"], "U0COCO")
    view = opened_view(fake_slack)
    assert view["callback_id"] == "review_back"
    assert slack.view_submission(view, {"question": ""}, "U0COCO").json()["errors"] == {
        "question": messages.REVIEW_QUESTION_REQUIRED
    }
    question = "Wanneer verwacht je de handtekening?"
    assert slack.view_submission(view, {"question": question}, "U0COCO").status == 200
    [dm] = wait_for(
        lambda: [
            c
            for c in fake_slack.calls_to("chat.postMessage")
            if c.params["channel"] == "U0BERT" and question in c.params["text"]
        ]
    )
    update_button = buttons(dm.params["blocks"])["update_open:1.2"]
    review = _review_text(db, "1.2")
    assert review is not None and review.question == question and review.sent_back_at
    assert "teruggestuurd" in str(slack.slash("redactie", "U0COCO").json()["blocks"])

    # Bert answers with the button: a new update, which waits for review again.
    slack.block_action(update_button["action_id"], update_button["value"], "U0BERT")
    wait_for(lambda: len(fake_slack.calls_to("views.open")) == 2)
    modal = opened_view(fake_slack)
    assert modal["callback_id"] == "update_modal"
    values = {
        "status": "delayed",
        "text": "Handtekening verwacht in juni.",
        "bottlenecks": "Wachten op de corporatie",
        "correction": "Wethouder belt de directeur",
    }
    slack.view_submission(modal, values, "U0BERT")
    wait_for(lambda: dms_to(fake_slack, "U0BERT"))
    page = str(slack.slash("redactie", "U0COCO").json()["blocks"])
    assert "Handtekening verwacht in juni." in page
    assert "3 te beoordelen, 0 goedgekeurd, 0 teruggestuurd" in page

    # A button of the earlier page names the superseded update: refused in Dutch.
    slack.block_action("review_approve:1.2", back["value"], "U0COCO")
    wait_for(
        lambda: [
            r
            for r in fake_slack.responses()
            if r.get("text") == messages.REVIEW_NEWER_UPDATE.format(code="1.2")
        ]
    )
    assert _review_text(db, "1.2").approved_at is None  # type: ignore[union-attr]


def test_a_big_round_is_paginated_within_block_kit_limits(
    slack: SignedClient, fake_slack: FakeSlack, db: Engine
) -> None:
    with session_scope(db) as session:
        build_programme(
            session,
            [("1", "Alles", [dict(code=f"1.{i}", owner="anna") for i in range(1, 26)])],
        )
    slack.slash(ROUND, "U0COCO")
    for i in range(1, 26):
        slack.slash(f"update 1.{i} {'Lange tekst. ' * 80}", "U0ANNA")
    first = slack.slash("redactie", "U0COCO").json()
    assert len(first["blocks"]) <= 50
    assert "Pagina 1 van 3" in str(first["blocks"])
    nxt = buttons(first["blocks"])["review_page:next"]
    slack.block_action(nxt["action_id"], nxt["value"], "U0COCO")
    second = wait_for(lambda: fake_slack.responses())[-1]
    assert "Pagina 2 van 3" in str(second["blocks"]) and "1.11" in str(second["blocks"])
    assert "review_page:prev" in buttons(second["blocks"])


def test_coordinator_texts_open_a_form_and_are_stored(
    slack: SignedClient, fake_slack: FakeSlack, db: Engine, programme: Built
) -> None:
    slack.slash(ROUND, "U0COCO")
    slack.slash("redactie inleiding", "U0COCO")
    view = opened_view(fake_slack)
    assert view["callback_id"] == "report_section"
    slack.view_submission(view, {"text": "Een half jaar van doorpakken."}, "U0COCO")
    slack.slash("redactie actielijn 2", "U0COCO")
    wait_for(lambda: len(fake_slack.calls_to("views.open")) == 2)
    theme_view = opened_view(fake_slack)
    assert "Actielijn 2: Werken aan perspectief" in str(theme_view["blocks"])
    slack.view_submission(theme_view, {"text": "Meer woonplekken."}, "U0COCO")
    with session_scope(db) as session:
        stored = {
            s.part.split(":")[0]: (s.half_year, s.text) for s in session.exec(select(ReportSection))
        }
    assert stored == {
        "inleiding": ("2026-H1", "Een half jaar van doorpakken."),
        "actielijn": ("2026-H1", "Meer woonplekken."),
    }
    wrong = slack.slash("redactie actielijn 9", "U0COCO")
    assert wrong.text == messages.SECTION_NO_THEME.format(number="9", numbers="1, 2")


def test_spending_by_command_and_by_the_action_button(
    slack: SignedClient, fake_slack: FakeSlack, db: Engine, programme: Built
) -> None:
    saved = slack.slash("besteed 2.4 € 12.500 inhuur projectleider", "U0ANNA").text
    assert saved.startswith("Vastgelegd: € 12.500 besteed aan 2.4")
    for bad, expected in (
        ("-500", messages.SPENDING_NEGATIVE.format(text="-500")),
        ("0", messages.SPENDING_ZERO.format(text="0")),
        ("veel", messages.SPENDING_BAD_AMOUNT.format(text="veel")),
    ):
        assert slack.slash(f"besteed 2.4 {bad}", "U0ANNA").text == expected
    assert slack.slash("besteed 2.4 100", "U0BERT").text == messages.SPENDING_NOT_ALLOWED.format(
        code="2.4"
    )

    action_view = slack.slash("actie 2.4", "U0COCO").json()
    spend = buttons(action_view["blocks"])["spending_open:2.4"]
    slack.block_action(spend["action_id"], spend["value"], "U0COCO")
    view = opened_view(fake_slack)
    assert view["callback_id"] == "spending"
    assert "Tot nu toe besteed in 2026: € 12.500" in str(view["blocks"])
    refused = slack.view_submission(view, {"amount": "12,5,0"}, "U0COCO")
    assert refused.json()["errors"] == {
        "amount": messages.SPENDING_BAD_AMOUNT.format(text="12,5,0")
    }
    slack.view_submission(view, {"amount": "12.500,50", "note": "Huur"}, "U0COCO")
    with session_scope(db) as session:
        action = session.exec(select(Action).where(Action.code == "2.4")).one()
        ledger = [(s.amount, s.note) for s in session.exec(select(Spending))]
    assert action.spent == 25000.5 and action.spent_years == {"2026": 25000.5}
    assert ledger == [(12500.0, "inhuur projectleider"), (12500.5, "Huur")]
