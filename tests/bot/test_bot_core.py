"""The Bot boundary: dispatch, help, placeholders, coordinator-only refusal, error handling."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from bot import actions, commands
from bot.actions import button, find_handler
from bot.commands import subcommand
from bot.outcomes import Later, Reply
from tests.support.botkit import Harness, everything
from workflows.errors import NotFound, Unavailable


def test_empty_text_and_help_list_every_subcommand(harness: Harness) -> None:
    for text in ("", "help", "  HELP "):
        body = everything(harness.reply(text))
        for entry in commands.all_subcommands():
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
        assert "(binnenkort)" not in body  # every announced subcommand has been built


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


def test_a_placeholder_is_announced_and_replaced_by_the_real_subcommand(
    harness: Harness,
) -> None:
    def soon(ctx, args):  # type: ignore[no-untyped-def]
        return Reply("komt nog")

    def real(ctx, args):  # type: ignore[no-untyped-def]
        return Reply("echt")

    try:
        subcommand("test-later", help="straks", placeholder=True)(soon)
        assert "`/woonzorg test-later`: straks _(binnenkort)_" in harness.reply("help").text
        assert harness.reply("test-later").text == "komt nog"
        subcommand("test-later", help="nu")(real)
        subcommand("test-later", help="straks", placeholder=True)(soon)  # import order is moot
        assert harness.reply("test-later").text == "echt"
        with pytest.raises(ValueError, match="registered twice"):
            subcommand("test-later", help="nog eens")(lambda ctx, args: None)
    finally:
        commands._REGISTRY.pop("test-later", None)


def test_coordinator_from_settings_needs_no_person(sqlite_engine, now) -> None:  # type: ignore[no-untyped-def]
    from tests.support.botkit import make_harness

    h = make_harness(sqlite_engine, now, coordinators=["U0BOSS"])
    assert "alleen voor coördinatoren" not in h.reply("digest", as_="U0BOSS").text


@pytest.fixture
def boom() -> Iterator[None]:
    subcommand("test-boom", help="test only", order=999)(_boom)
    yield
    del commands._REGISTRY["test-boom"]


def _boom(ctx, args):  # type: ignore[no-untyped-def]
    if args == "notfound":
        raise NotFound("Actie <!channel> bestaat niet.")
    if args == "down":
        raise Unavailable("De database is even niet bereikbaar; probeer het zo nog eens.")
    if args == "later":
        return Later(ack=Reply("Bezig..."), work=lambda: 1 / 0)
    raise RuntimeError("kaboom")


def test_errors_never_escape_the_bot(
    harness: Harness, caplog: pytest.LogCaptureFixture, boom: None
) -> None:
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

    assert find_handler("test-ns") is handler
    assert find_handler("test-ns:2.4") is handler
    assert find_handler("test-ns:deep:x") is deeper
    assert find_handler("test-nsx") is None
    del actions._REGISTRY["test-ns"], actions._REGISTRY["test-ns:deep"]


def test_unknown_modal_and_unknown_button(harness: Harness) -> None:
    [reply] = harness.submit("no_such_modal", "", {})
    assert isinstance(reply, Reply) and "formulier ken ik niet" in reply.text
    assert harness.action("nobody:listens", "x") == []


def test_home_never_raises(harness: Harness) -> None:
    view = harness.bot.home(harness.caller("anna"))
    assert view["type"] == "home" and view["blocks"]
