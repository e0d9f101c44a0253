"""No text is stored with control characters or bidi overrides, whoever writes it: a NUL byte
(PostgreSQL refuses it) or U+202E (it reorders what every export shows)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.outcomes import Reply
from storage.clean import clean_text
from storage.db import session_scope
from storage.models import Action, Person, StatusUpdate
from tests.support.botkit import make_harness
from workflows import messages
from workflows.importing import import_file


def test_a_nul_byte_and_a_bidi_override_in_an_update_are_dropped_on_both_backends(
    engine: Engine, now: datetime
) -> None:
    harness = make_harness(engine, now)
    reply = harness.reply("update 2.4 Locatie\x00 gevonden \u202egnidnob\u202c\tklaar", as_="anna")
    assert isinstance(reply, Reply) and messages.BOT_GENERIC_ERROR not in reply.text
    with session_scope(engine) as session:
        stored = session.exec(select(StatusUpdate)).one()
        action = session.exec(select(Action).where(Action.code == "2.4")).one()
    assert stored.text == "Locatie gevonden gnidnob\tklaar"
    assert action.status_text == stored.text


def test_names_and_json_lists_are_cleaned_too(engine: Engine) -> None:
    with session_scope(engine) as session:
        session.add(Person(name="Anna\u202e Jansen\x07", email="anna.c@example.nl"))
    with session_scope(engine) as session:
        person = session.exec(select(Person).where(Person.email == "anna.c@example.nl")).one()
        person.name = "Bert\x00\r\nde Vries"
    with session_scope(engine) as session:
        person = session.exec(select(Person).where(Person.email == "anna.c@example.nl")).one()
    assert person.name == "Bert\nde Vries"


@given(st.text())
def test_clean_text_keeps_newline_and_tab_and_is_idempotent(text: str) -> None:
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned
    assert "\x00" not in cleaned and "\u202e" not in cleaned and "\r" not in cleaned
    assert cleaned.count("\t") == text.count("\t")
    cleaned.encode("utf-8")  # no lone surrogates


def test_bulk_inserted_updates_are_cleaned(engine: Engine, now: datetime) -> None:
    from workflows.updates.history import record_updates

    harness = make_harness(engine, now)
    with session_scope(engine) as session:
        action = session.exec(select(Action).where(Action.code == "2.4")).one()
        record_updates(
            session=session,
            changes=[(action, None, "Uit\x00 Excel \u202eoverride")],
            author=None,
            now=now,
            source="import",
        )
    with session_scope(harness.engine) as session:
        assert [u.text for u in session.exec(select(StatusUpdate))] == ["Uit Excel override"]


def test_actions_inserted_by_an_import_are_cleaned(engine: Engine, tmp_path: Path) -> None:
    """A first import writes its new actions and their baselines with table inserts, not the
    ORM (workflows/importing/apply_new.py): those rows are cleaned as well."""
    path = tmp_path / "p.csv"
    path.write_text(
        "Nr;Actielijn;Actie;Partners;Stand van zaken\n"
        "1.1;1. Wonen\u202e;Actie\u202e een\x07;GGD\u202e, SDD;Loopt\u202e goed\n",
        encoding="utf-8",
    )
    import_file(engine, path, now=datetime(2026, 3, 1, tzinfo=UTC), name="Opvang")
    with session_scope(engine) as session:
        action = session.exec(select(Action)).one()
        update = session.exec(select(StatusUpdate)).one()
    assert (action.title, action.partners, action.status_text) == (
        "Actie een",
        ["GGD", "SDD"],
        "Loopt goed",
    )
    assert update.text == "Loopt goed"
