"""The Bot boundary: dispatch, help, coordinator-only refusal, error handling."""

from __future__ import annotations

import logging
from datetime import datetime

import pytest
from sqlalchemy.engine import Engine

from bot.handlers import Context, Registry, Result, button, subcommand
from bot.outcomes import Later, Reply
from bot.registry import BUTTONS, FORMS, SUBCOMMANDS
from tests.support.botkit import Harness, everything, make_harness
from workflows.errors import NotFound, Unavailable


def test_empty_text_and_help_list_every_subcommand(harness: Harness) -> None:
    for text in ("", "help", "  HELP "):
        body = everything(harness.reply(text))
        for entry in harness.bot.registry.subcommands():
            assert f"/woonzorg {entry.usage}" in body, (text, entry.name)
        for word in (
            "overzicht",
            "mijn",
            "actie",
            "update",
            "status",
            "regiehouder",
            "ronde",
            "herinner",
            "digest",
            "rapport",
        ):
            assert f"/woonzorg {word}" in body, (text, word)


def test_unknown_subcommand_gets_help_with_the_word(harness: Harness) -> None:
    reply = harness.reply("vliegen naar de maan")
    assert reply.text.startswith("'vliegen' ken ik niet.")
    assert "/woonzorg help" in reply.text


def test_coordinator_only_subcommands_refuse_others(harness: Harness) -> None:
    for word in ("ronde", "herinner", "digest", "rapport"):
        refused = harness.reply(word, as_="anna")
        assert refused.text == (
            f"Sorry, '{word}' is alleen voor coördinatoren van het programma. "
            "Vraag het een coördinator als je dit nodig hebt."
        )


def test_coordinator_from_settings_needs_no_person(sqlite_engine, now) -> None:  # type: ignore[no-untyped-def]
    h = make_harness(sqlite_engine, now, coordinators=["U0BOSS"])
    assert "alleen voor coördinatoren" not in h.reply("digest", as_="U0BOSS").text


@subcommand("test-boom", help="test only", order=999)
def boom(ctx: Context, args: str) -> Result:
    if args == "notfound":
        raise NotFound("Actie <!channel> bestaat niet.")
    if args == "down":
        raise Unavailable("De database is even niet bereikbaar; probeer het zo nog eens.")
    if args == "later":
        return Later(ack=Reply("Bezig..."), work=lambda: 1 / 0)
    raise RuntimeError("kaboom")


def test_errors_never_escape_the_bot(
    sqlite_engine: Engine, now: datetime, caplog: pytest.LogCaptureFixture
) -> None:
    registry = Registry(subcommands=[*SUBCOMMANDS, boom], buttons=BUTTONS, forms=FORMS)
    harness = make_harness(sqlite_engine, now, registry=registry)
    assert harness.reply("test-boom notfound").text == "Actie &lt;!channel&gt; bestaat niet."
    assert "probeer het zo nog eens" in harness.reply("test-boom down").text
    with caplog.at_level(logging.ERROR):
        reply = harness.reply("test-boom crash")
    assert "Er ging iets mis" in reply.text and "kaboom" not in reply.text
    assert "Traceback" in caplog.text or any(r.exc_info for r in caplog.records)
    [later] = harness.command("test-boom later")
    assert isinstance(later, Later) and later.ack.text == "Bezig..."
    result = later.work()
    assert result is not None and "Er ging iets mis" in result.text


def test_button_prefix_dispatch() -> None:
    @button("test-ns")
    def handler(ctx, action_id, value):  # type: ignore[no-untyped-def]
        return None

    @button("test-ns:deep")
    def deeper(ctx, action_id, value):  # type: ignore[no-untyped-def]
        return None

    registry = Registry(buttons=[handler, deeper])
    assert registry.find_button("test-ns") is handler
    assert registry.find_button("test-ns:2.4") is handler
    assert registry.find_button("test-ns:deep:x") is deeper
    assert registry.find_button("test-nsx") is None


def test_a_word_registered_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="registered twice"):
        Registry(subcommands=[*SUBCOMMANDS, subcommand("mine", help="nog eens")(boom.handler)])


def test_changes_home_is_read_from_the_declaration(harness: Harness) -> None:
    changing = {e.name for e in harness.bot.registry.subcommands() if e.changes_home}
    assert changing == {"update", "status", "regiehouder", "plaatsvervanger"}
    assert harness.bot.changes_home("  Status 2.4 vertraagd")
    assert not harness.bot.changes_home("overzicht")
    assert not harness.bot.changes_home("")


def test_unknown_modal_and_unknown_button(harness: Harness) -> None:
    [reply] = harness.submit("no_such_modal", "", {})
    assert isinstance(reply, Reply) and "formulier ken ik niet" in reply.text
    assert harness.action("nobody:listens", "x") == []


def test_home_never_raises(harness: Harness) -> None:
    view = harness.bot.home(harness.caller("anna"))
    assert view["type"] == "home" and view["blocks"]
