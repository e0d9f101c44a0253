"""Escaping, Block Kit limits on a large programme, the App Home, and the database being away."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import select

from bot.views.blocks import split_text
from bot.views.mrkdwn import escape, unescape
from storage.db import session_scope
from storage.models import Action, Person, Round
from tests.support.botkit import Harness, everything, make_harness
from tests.support.factories import build_programme


def test_escape_neutralises_mentions_and_links() -> None:
    assert escape("<!channel> <@U123> <https://evil|bank>") == (
        "&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil|bank&gt;"
    )
    assert escape("a & b &lt;") == "a &amp; b &amp;lt;"
    assert escape(None) == ""
    assert unescape("&lt;!here&gt; &amp;") == "<!here> &"


def test_user_text_shown_back_is_escaped_everywhere(harness: Harness) -> None:
    harness.reply("update 2.4 &lt;!channel&gt; kijk &lt;https://x.nl|hier&gt;", as_="anna")
    shown = everything(harness.reply("actie 2.4"))
    assert "<!channel>" not in shown and "&lt;!channel&gt;" in shown
    assert "<https://x.nl|hier>" not in shown
    status = harness.reply("status 2.4 <!here>")
    assert "<!here>" not in status.text and "&lt;!here&gt;" in status.text


def test_split_text_never_cuts_words_or_escapes() -> None:
    text = ("woord &amp; " * 600).strip()
    pieces = split_text(text, 3000)
    assert all(len(p) <= 3000 for p in pieces)
    assert " ".join(pieces) == text


def big_programme(engine: Engine, themes: int = 10, per_theme: int = 20) -> None:
    owners = ["anna", "bert", "carla", "dirk"]
    with session_scope(engine) as session:
        built = build_programme(
            session,
            [
                (
                    str(t),
                    f"Actielijn {t} met een lange titel " + "x" * 100,
                    [
                        dict(
                            code=f"{t}.{i}",
                            title=f"Actie {t}.{i} " + "lange titel " * 30,
                            owner=owners[(t + i) % 4] if i % 7 else "anna",
                            status="delayed" if i % 3 == 0 else "on_track",
                        )
                        for i in range(1, per_theme + 1)
                    ],
                )
                for t in range(1, themes + 1)
            ],
        )
        session.add(
            Round(programme_id=built.programme.id, half_year="2026-H1", deadline=date(2026, 5, 1))
        )


def owned_by(h: Harness, slack_id: str) -> int:
    with session_scope(h.engine) as session:
        person = session.exec(select(Person).where(Person.slack_id == slack_id)).one()
        return len(session.exec(select(Action).where(Action.owner_id == person.id)).all())


@pytest.fixture
def big(sqlite_engine: Engine, now: datetime) -> Harness:
    big_programme(sqlite_engine)
    return make_harness(sqlite_engine, now, build=False)


def test_two_hundred_actions_stay_within_limits_and_say_what_is_left_out(big: Harness) -> None:
    # Every reply below is checked against Block Kit's limits by the harness.
    body = everything(big.reply("overzicht"))
    assert "*200 acties*" in body and "*Te laat met hun update:*" in body
    delayed = big.reply("overzicht vertraagd")
    assert delayed.blocks is not None and len(delayed.blocks) <= 50
    assert "en nog" not in everything(delayed)  # 60 short lines fit in a few sections
    mine = big.reply("mijn", as_="anna")
    assert mine.blocks is not None and len(mine.blocks) == 50
    assert "… en nog" in mine.blocks[-1]["elements"][0]["text"]
    count = int(mine.blocks[-1]["elements"][0]["text"].split("en nog ")[1].split(" ")[0])
    shown = sum(1 for b in mine.blocks if b.get("accessory"))
    assert shown + count == owned_by(big, "U0ANNA") > 50


def test_big_home_for_coordinator(big: Harness) -> None:
    view = big.home("anna")  # every own action fits on a home tab of 100 blocks
    assert sum(1 for b in view["blocks"] if b.get("accessory")) == owned_by(big, "U0ANNA")
    coordinator = big.home("coco")
    assert "Van opvang naar wonen (voor coördinatoren)" in everything(coordinator)
    assert "*200 acties*" in everything(coordinator)


def test_home_for_owner_and_stranger(harness: Harness) -> None:
    anna = everything(harness.home("anna"))
    assert "Hallo Anna!" in anna and "*2.4*" in anna and "voor coördinatoren" not in anna
    stranger = everything(harness.home("U0NOBODY"))
    assert "Ik ken je nog niet" in stranger


def test_database_away_gives_try_again(harness: Harness, monkeypatch: Any) -> None:
    def locked(*, session: Any) -> Any:
        raise OperationalError("SELECT", {}, Exception("database is locked"))

    monkeypatch.setattr("workflows.programme.overview.current_programme", locked)
    monkeypatch.setattr("workflows.programme.callers.current_programme", locked)
    assert "probeer het zo nog eens" in harness.reply("overzicht").text
    assert "probeer het zo nog eens" in harness.reply("update 2.4 tekst", as_="anna").text
    assert "probeer het zo nog eens" in everything(harness.home("coco"))


def test_no_programme_loaded(sqlite_engine: Engine, now: datetime) -> None:
    empty = make_harness(sqlite_engine, now, build=False)
    assert empty.reply("overzicht").text.startswith("Er is nog geen uitvoeringsprogramma geladen")


def test_escape_drops_control_and_bidi_characters() -> None:
    from bot.views.mrkdwn import escape

    assert escape("a\x00b\u202ec<!here>\nd\te") == "abc&lt;!here&gt;\nd\te"


def test_full_width_action_codes_are_found(sqlite_engine) -> None:  # type: ignore[no-untyped-def]
    from storage.db import session_scope
    from tests.support.factories import small_programme
    from workflows.programme.queries import current_programme, get_action

    with session_scope(sqlite_engine) as session:
        small_programme(session)
        programme = current_programme(session=session, workspace_id="")
        assert get_action(session=session, programme=programme, code="２.４").code == "2.4"
