"""Router-level tests of the reading subcommands: overzicht (with filters), mijn, actie."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.views.action import action_blocks
from storage.db import session_scope
from storage.models import Action, Person, Round
from tests.support.botkit import Harness, everything, make_harness
from workflows import messages
from workflows.programme.action_detail import ActionDetail, find_action
from workflows.programme.my_actions import home_data


def open_round(h: Harness, deadline: date = date(2026, 5, 15)) -> None:
    assert h.built is not None
    with session_scope(h.engine) as session:
        session.add(
            Round(programme_id=h.built.programme.id, half_year="2026-H1", deadline=deadline)
        )


def test_overview_counts_per_theme_and_status(harness: Harness) -> None:
    reply = harness.reply("overzicht")
    body = everything(reply)
    assert "Overzicht: Van opvang naar wonen" in body
    assert "*4 acties*: ⚪ nog niet gestart 2 · 🟢 op schema 1 · ✅ gereed 1" in body
    assert "*1. Voorkomen dat mensen dakloos raken* (2 acties)" in body
    assert "*2. Werken aan perspectief* (2 acties)\\n⚪ nog niet gestart 1 · ✅ gereed 1" in body
    assert "Er loopt nu geen updateronde." in body


def test_overview_round_progress_and_late_owners(harness: Harness) -> None:
    open_round(harness)
    harness.reply("update 1.1 Pilot loopt door.", as_="anna")
    body = everything(harness.reply("overzicht"))
    assert "Updateronde 1e helft 2026: *1 van 3* updates binnen" in body
    assert "deadline vrijdag 15 mei 2026 (nog 11 dagen)" in body
    assert "Updates deze ronde: 1 binnen, 1 ontbreekt" in body  # actielijn 1
    assert "Te laat" not in body


def test_overview_after_deadline_lists_late_owners(harness: Harness) -> None:
    open_round(harness, deadline=date(2026, 5, 1))
    harness.reply("update 1.1 Pilot loopt door.", as_="anna")
    body = everything(harness.reply("overzicht"))
    assert "verstreken, 3 dagen geleden" in body
    assert "*Te laat met hun update:*" in body
    assert "• Anna: 2.4" in body and "• Bert: 1.2" in body


def test_overview_filters(harness: Harness) -> None:
    theme = everything(harness.reply("overzicht actielijn 2"))
    assert "Overzicht actielijn 2. Werken aan perspectief" in theme
    assert "`2.4` Uitbreiding" in theme and "`1.1`" not in theme
    assert "`2.5` Gebruikersruimte · ✅ gereed · _geen regiehouder_" in theme
    done = everything(harness.reply("overzicht afgerond"))
    assert "Acties met status gereed" in done and "`2.5`" in done and "`2.4`" not in done
    person = everything(harness.reply("overzicht @dirk"))  # a deputy sees their actions too
    assert "Acties van Dirk" in person and "`2.4`" in person and "`1.1`" not in person
    mention = everything(harness.reply("overzicht <@U0BERT|bert>"))
    assert "Acties van Bert" in mention and "`1.2`" in mention


def test_overview_filters_combine_in_any_order(harness: Harness) -> None:
    both = everything(harness.reply("overzicht @dirk actielijn 2"))
    assert "Acties van Dirk in actielijn 2. Werken aan perspectief" in both
    assert "`2.4`" in both and "`1.1`" not in both
    reverse = everything(harness.reply("overzicht gereed @anna"))
    assert "Acties van Anna met status gereed" in reverse and "`2.4`" not in reverse
    three = everything(harness.reply("overzicht 2 <@U0ANNA|anna> op schema"))
    assert "Acties van Anna met status op schema in actielijn 2." in three


def test_overview_bad_filters(harness: Harness) -> None:
    assert harness.reply("overzicht actielijn 9").text == (
        "Actielijn 9 bestaat niet. Er zijn de actielijnen 1, 2."
    )
    assert "begrijp ik niet als filter" in harness.reply("overzicht misschien").text
    zorro = harness.reply("overzicht @zorro").text
    assert zorro.startswith("Ik ken niemand die 'zorro' heet. Bekende namen: Anna, Bert,")
    assert "voeg ik" not in zorro  # nothing would be added here
    assert harness.reply("overzicht 1 actielijn 2").text == messages.OVERVIEW_FILTER_TWICE
    assert harness.reply("overzicht @anna @bert").text == messages.OVERVIEW_FILTER_TWICE
    assert "'paars' begrijp ik niet als filter" in harness.reply("overzicht @anna paars").text
    assert "kan Nobody niet vinden" in harness.reply("overzicht <@U0NOBODY|Nobody>").text


def test_mine_lists_owned_and_deputised_actions_with_round_state(harness: Harness) -> None:
    open_round(harness)
    harness.reply("update 1.1 Pilot loopt door.", as_="anna")
    body = everything(harness.reply("mijn", as_="anna"))
    assert (
        "*1.1* Programma Armoede en schulden\\n🟢 op schema · regiehouder · ✔ update binnen" in body
    )
    assert "*2.4* Uitbreiding" in body and "update nog niet binnen" in body
    assert "Van jou ontbreekt nog 1 update." in body
    assert '"action_id": "update_open:2.4"' in body
    dirk = everything(harness.reply("mijn", as_="dirk"))
    assert "plaatsvervanger" in dirk and "*2.4*" in dirk and "*1.1*" not in dirk


def test_mine_for_someone_outside_the_programme(harness: Harness) -> None:
    reply = harness.reply("mijn", as_="U0STRANGER")
    assert "Ik ken je nog niet als regiehouder of plaatsvervanger" in reply.text


def test_caller_matched_by_email_and_slack_id_cached(harness: Harness) -> None:
    with session_scope(harness.engine) as session:
        session.add(Person(name="Karel", email="karel@example.nl"))
    assigned = harness.reply("regiehouder 1.2 karel@example.nl", as_="coco").text
    assert assigned == (
        "Karel is nu regiehouder van actie 1.2 (Convenant preventie huisuitzettingen). "
        "Dat was Bert."
    )
    assert "Ik ken je nog niet" in harness.reply("mijn", as_="U0KAREL2").text
    harness.directory.users["U0KAREL2"] = ("Karel K.", "Karel@Example.nl")
    assert "*1.2*" in everything(harness.reply("mijn", as_="U0KAREL2"))
    harness.directory.users.clear()  # the link is remembered: no directory needed any more
    assert "*1.2*" in everything(harness.reply("mijn", as_="U0KAREL2"))
    with session_scope(harness.engine) as session:
        karel = session.exec(select(Person).where(Person.email == "karel@example.nl")).one()
        assert karel.slack_id == "U0KAREL2"


def test_action_detail(harness: Harness) -> None:
    harness.reply("update 2.4 Locatie <b>gevonden</b> & getekend.", as_="dirk")
    harness.reply("status 2.4 vertraagd vergunning laat op zich wachten", as_="anna")
    body = everything(harness.reply("actie 2.4"))
    assert "Actie 2.4: Uitbreiding aanbod tussen-/vervolgvoorzieningen" in body
    assert "*Regiehouder*\\nAnna" in body and "*Plaatsvervangers*\\nDirk" in body
    assert "*Doel*\\n24 woonplekken" in body and "*Deadline*\\n1e helft 2027" in body
    assert "2026-H2  2027-H1" in body and "V   " in body  # the planning grid
    assert (
        "🔴 vertraagd" in body and "reden statuswijziging: vergunning laat op zich wachten" in body
    )
    assert "*Geschiedenis* (2 van 2 updates, nieuwste eerst)" in body
    assert "Locatie &lt;b&gt;gevonden&lt;/b&gt; &amp; getekend." in body
    assert "Laatste update 4 mei 2026 door Anna" in body


def test_action_lists_plain_fields_without_a_place_of_their_own(harness: Harness) -> None:
    detail = find_action(engine=harness.engine, text="2.4", workspace_id="")
    assert isinstance(detail, ActionDetail)
    assert detail.extra == []  # description and partners have their own place
    plain = everything({"blocks": action_blocks(detail, ZoneInfo("Europe/Amsterdam"))})
    more = replace(detail, extra=[("Budget", "12,5"), ("Notitie", "<b>")])
    blocks = action_blocks(more, ZoneInfo("Europe/Amsterdam"))
    assert len(blocks) == len(json.loads(plain)["blocks"]) + 1
    assert "*Budget*\\n12,5" in everything({"blocks": blocks})
    assert "*Notitie*\\n&lt;b&gt;" in everything({"blocks": blocks})


def test_action_missing_and_unknown(harness: Harness) -> None:
    assert harness.reply("actie").text == "Zo gebruik je dit: `/woonzorg actie 2.4`"
    assert harness.reply("actie 2.9").text.startswith("Actie 2.9 bestaat niet. Bedoelde je")


def test_a_whole_dialogue_on_sqlite_and_postgresql(engine: Engine, now: datetime) -> None:
    """The core's queries (filters, rounds, deputies, history) on both database backends."""
    h = make_harness(engine, now)
    open_round(h)
    assert "Dank je!" in h.reply("update 2.4 Eerste locatie gevonden.", as_="dirk").text
    assert "Dank je!" in h.reply("status 1.1 vertraagd wacht op budget", as_="anna").text
    assert "Bert is nu plaatsvervanger" in h.reply("plaatsvervanger 1.1 @bert", as_="anna").text
    body = everything(h.reply("overzicht"))
    assert "Updateronde 1e helft 2026: *2 van 3* updates binnen" in body
    assert "`1.1`" in everything(h.reply("overzicht vertraagd"))
    assert "`1.1`" in everything(h.reply("overzicht @bert"))
    mine = everything(h.reply("mijn", as_="anna"))
    assert "*1.1*" in mine and "*2.4*" in mine and "Al jouw updates zijn binnen" in mine
    detail = everything(h.reply("actie 2.4"))
    assert "Eerste locatie gevonden." in detail and "door Dirk" in detail
    assert "Hallo Coco!" in everything(h.home("coco"))


def _nameless_owner(h: Harness, slack_id: str = "U0NONAME") -> None:
    """A regiehouder imported by Slack id only (no name in the sheet) of action 1.2."""
    with session_scope(h.engine) as session:
        person = Person(slack_id=slack_id)
        session.add(person)
        session.flush()
        action = session.exec(select(Action).where(Action.code == "1.2")).one()
        action.owner_id = person.id
        session.add(action)


def test_owner_known_by_slack_id_only_sees_their_actions(harness: Harness) -> None:
    open_round(harness)
    _nameless_owner(harness)  # the directory does not know the name either
    mine = everything(harness.reply("mijn", as_="U0NONAME"))
    assert messages.MINE_NOT_IN_PROGRAMME not in mine
    assert "*1.2*" in mine and "update nog niet binnen" in mine
    home, _overviews = home_data(
        engine=harness.engine,
        directory=harness.directory,
        settings=harness.bot.settings,
        slack_id="U0NONAME",
        now=harness.bot.clock(),
        workspace_id="",
    )
    assert home.known and [a.code for a in home.actions] == ["1.2"]


def test_nameless_owner_gets_the_name_from_the_directory_once(harness: Harness) -> None:
    _nameless_owner(harness)
    harness.directory.users["U0NONAME"] = ("Noor Naamloos", None)
    assert "*1.2*" in everything(harness.reply("mijn", as_="U0NONAME"))
    with session_scope(harness.engine) as session:
        noor = session.exec(select(Person).where(Person.slack_id == "U0NONAME")).one()
        assert noor.name == "Noor Naamloos"
    harness.directory.lookups.clear()
    harness.reply("mijn", as_="U0NONAME")
    assert harness.directory.lookups == []  # remembered, not asked again
