"""What the editors do reaches the report: approved and rewritten texts, "[concept]" marks in a
draft, the warning of a final report, a newer update that makes a review stale, the
introduction and the actielijn texts. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from storage.db import session_scope
from storage.models import Action
from tests.support.doubles import DictDirectory
from tests.support.report_history import at, build_history
from workflows.dates.halfyear import HalfYear
from workflows.editorial import ReviewState, load_review, open_section, review_step, save_section
from workflows.editorial.sections import section_key
from workflows.errors import Conflict, NotFound, ParseError, PermissionDenied
from workflows.programme.statuses import Status
from workflows.report.build import build_report
from workflows.report.markdown_writer import render_markdown
from workflows.report.model import Report
from workflows.settings import Settings
from workflows.updates.history import record_update

H2 = HalfYear(2026, 2)
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # the 2026-H2 round is open
SETTINGS = Settings(_env_file=None)  # type: ignore[call-arg]


@pytest.fixture
def history(engine: Engine) -> Engine:
    with session_scope(engine) as session:
        build_history(session)
    return engine


def _kw(engine: Engine, who: str = "U0COCO") -> dict:  # type: ignore[type-arg]
    return dict(
        engine=engine,
        directory=DictDirectory(),
        settings=SETTINGS,
        slack_id=who,
        now=NOW,
        workspace_id="",
    )


def _update_id(engine: Engine, code: str) -> int:
    """The update the review shows for ``code`` (the 2027 update of 1.1 is after the
    half-year's end: the review, like the report, leaves it out)."""
    [item] = [i for i in load_review(**_kw(engine)).items if i.code == code]
    return item.update_id


def _report(engine: Engine, *, draft: bool = False) -> Report:
    with session_scope(engine) as session:
        return build_report(
            workspace_id="",
            session=session,
            half_year=H2,
            now=datetime(2027, 1, 5, tzinfo=UTC),
            draft=draft,
        )


def test_review_states_and_what_the_report_shows(history: Engine) -> None:
    review = load_review(**_kw(history))
    assert review.half_year == "2026-H2"
    assert [(i.code, i.state) for i in review.items] == [
        ("1.1", ReviewState.OPEN),
        ("2.4", ReviewState.OPEN),
        ("2.6", ReviewState.OPEN),
    ]
    report = _report(history)
    assert report.unapproved == ["1.1", "2.4", "2.6"]
    assert report.unapproved_note is not None and "3 teksten zijn" in report.unapproved_note
    assert "[concept]" in render_markdown(_report(history, draft=True))

    review_step(
        **_kw(history),
        code="1.1",
        update_id=_update_id(history, "1.1"),
        step="approve",
    )
    review_step(
        **_kw(history),
        code="2.4",
        update_id=_update_id(history, "2.4"),
        step="edit",
        text="Herschreven door de redactie.",
    )
    states = {i.code: i.state for i in load_review(**_kw(history)).items}
    assert states == {
        "1.1": ReviewState.APPROVED,
        "2.4": ReviewState.EDITED,
        "2.6": ReviewState.OPEN,
    }
    report = _report(history)
    rows = {a.code: a for a in report.actions}
    assert (
        rows["2.4"].status_text == "Herschreven door de redactie." and not rows["2.4"].text_concept
    )
    assert not rows["1.1"].text_concept and rows["2.6"].text_concept
    assert report.unapproved_note is not None and "1 tekst is nog niet" in report.unapproved_note
    draft = render_markdown(_report(history, draft=True))
    assert draft.count("[concept]") == 1  # 2.6 only
    assert _report(history, draft=True).unapproved_note is None  # a draft marks, no warning


def test_a_newer_update_makes_the_review_stale(history: Engine) -> None:
    old = _update_id(history, "2.4")
    review_step(**_kw(history), code="2.4", update_id=old, step="edit", text="Redactie.")
    with session_scope(history) as session:
        action = session.exec(select(Action).where(Action.code == "2.4")).one()
        record_update(
            session=session,
            action=action,
            status=Status.ATTENTION,
            text="Nieuwe stand van de regiehouder.",
            author=None,
            now=at(2026, 11, 25),
        )
    rows = {a.code: a for a in _report(history).actions}
    assert (
        rows["2.4"].status_text == "Nieuwe stand van de regiehouder." and rows["2.4"].text_concept
    )
    with pytest.raises(Conflict, match="nieuwere update"):
        review_step(**_kw(history), code="2.4", update_id=old, step="approve")
    [item] = [i for i in load_review(**_kw(history)).items if i.code == "2.4"]
    assert item.state is ReviewState.OPEN and item.text == "Nieuwe stand van de regiehouder."


def test_bad_review_input_is_refused_in_dutch_and_changes_nothing(history: Engine) -> None:
    with pytest.raises(PermissionDenied, match="alleen voor coördinatoren"):
        load_review(**_kw(history, who="U0ANNA"))
    update = _update_id(history, "1.1")
    with pytest.raises(ParseError, match="Vul de tekst"):
        review_step(**_kw(history), code="1.1", update_id=update, step="edit", text=" ")
    with pytest.raises(ParseError, match="het maximum is 3000"):
        review_step(
            **_kw(history),
            code="1.1",
            update_id=update,
            step="edit",
            text="x" * 3001,
        )
    with pytest.raises(NotFound, match="bestaat niet"):
        review_step(**_kw(history), code="1.1", update_id=999_999, step="approve")
    with pytest.raises(NotFound, match="Voor de 1e helft 2020 is geen updateronde"):
        load_review(**_kw(history), half_year="2020-H1")
    assert all(i.state is ReviewState.OPEN for i in load_review(**_kw(history)).items)


def test_introduction_and_actielijn_texts_appear_in_the_report(history: Engine) -> None:
    intro = open_section(**_kw(history), args="inleiding")
    assert intro.half_year == H2 and intro.text == ""
    save_section(
        **_kw(history),
        key=section_key(intro.part, intro.half_year),
        text="Een half jaar van doorpakken.\n\nDe raad krijgt dit keer ook de cijfers.",
    )
    theme = open_section(**_kw(history), args="actielijn 2")
    assert theme.label == "Actielijn 2: Werken aan perspectief"
    save_section(
        **_kw(history),
        key=section_key(theme.part, theme.half_year),
        text="Meer plekken.",
    )
    text = render_markdown(_report(history))
    key = text.index("## Kernboodschap")
    assert text.index("Een half jaar van doorpakken.", key) < text.index("Het programma telt", key)
    assert "De raad krijgt dit keer ook de cijfers." in text
    heading = text.index("## Actielijn 2: Werken aan perspectief")
    assert text.index("Meer plekken.") == heading + len(
        "## Actielijn 2: Werken aan perspectief\n\n"
    )
    # An empty text removes it; the texts belong to their half-year only.
    save_section(**_kw(history), key=section_key(theme.part, theme.half_year), text="")
    assert "Meer plekken." not in render_markdown(_report(history))
    with pytest.raises(ParseError, match="redactie inleiding"):
        open_section(**_kw(history), args="hoofdstuk 3")
    with pytest.raises(NotFound, match="Actielijn 7 bestaat niet"):
        open_section(**_kw(history), args="actielijn 7")


def test_the_summary_speaks_in_the_singular(history: Engine) -> None:
    from workflows.report import analysis

    text = "\n".join(line for line, _ in analysis.key_messages(_report(history)))
    assert "1 acties" not in text and "1 vroegen" not in text
    assert "1 actie start" in text or "acties starten" in text or "Vooruitblik" not in text
