"""Nothing crosses workspaces: a user of workspace B can neither see nor change anything of
workspace A, through any subcommand, button, form or event, including crafted button values
and private_metadata that carry A's programme, action, round and reminder ids.

Over signed HTTP against the fake Slack, on SQLite and PostgreSQL. The bot runs with OAuth
settings and both workspaces installed through the OAuth flow, so the workspace of a request is
its team id (bot/slack/workspace.py) and each is answered with its own token. Workspace A
holds a programme with the same slug as B's, people with the same Slack ids as B's (an
Enterprise Grid user has one id in every workspace), a second programme B does not have, an
open round, a sent reminder and a link of a channel both workspaces share (Slack Connect).
Everything A's people and actions are called contains ``GEHEIM``; after each request from B,
that word appears nowhere the bot answered or sent, and A's rows are exactly as before.

The cases are listed per registered subcommand, button prefix and form (bot/registry.py): a
test fails when the registry names one that has no crafted cases here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel, col, select

from bot.core import Bot
from bot.registry import BUTTONS, FORMS, REGISTRY
from bot.slack.app import slack_core
from bot.slack.http import HttpServer
from bot.views import update_modal as form
from bot.views.editorial import EDIT_FORM, QUESTION, QUESTION_FORM, TEXT
from bot.views.programmes import PROGRAMME_CHOICE
from bot.views.sections import AMOUNT, NOTE, SECTION_FORM, SPENDING_FORM
from bot.views.update_modal import CALLBACK_ID
from storage.db import session_scope
from storage.models import (
    Action,
    ActionChange,
    ActionDeputy,
    ChannelLink,
    Notification,
    Person,
    Programme,
    ProgrammeCoordinator,
    ReportSection,
    ReportText,
    Round,
    Spending,
    StatusUpdate,
    Theme,
)
from storage.types import NotificationKind
from tests.scenario.conftest import SIGNING_SECRET
from tests.support.factories import build_programme
from tests.support.fake_slack import FakeSlack, SignedClient
from tests.support.oauth_kit import install
from workflows import messages
from workflows.settings import Settings

A, B = "T0AAAAAAA", "T0BBBBBBB"
SECRET = "GEHEIM"
SHARED_CHANNEL = "C0GEDEELD"
EVA, ANNA, COCO = "U0EVA", "U0ANNA", "U0COCO"  # eva coordinates B; anna is in both; coco in A


@pytest.fixture
def slack_settings(database_url: str, fake_slack: FakeSlack) -> Settings:
    """Overrides the scenario settings: OAuth mode (the team id names the workspace), on both
    databases, and no configured coordinators (each workspace has its own, in the database)."""
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        DATABASE_URL=database_url,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=fake_slack.api_url,
        SLACK_CLIENT_ID=fake_slack.installs.client_id,
        SLACK_CLIENT_SECRET=fake_slack.installs.client_secret,
        SLACK_AUTHORIZE_URL=fake_slack.authorize_url,
        WOONZORG_DIGEST_CHANNEL="C0DIGEST",
    )


@pytest.fixture
def core(slack_settings: Settings, db: Engine, clock: Callable[[], datetime]) -> Bot:
    """Overrides the scenario core: OAuth mode's own wiring (each workspace's notifier and
    directory use its installation's token), on the test's clock."""
    bot = slack_core(slack_settings, db)
    bot.clock = clock
    return bot


@pytest.fixture
def installed(server: HttpServer, fake_slack: FakeSlack) -> None:
    """Both workspaces installed the app through the OAuth flow (each has its own token)."""
    url = f"http://127.0.0.1:{server.port}"
    fake_slack.installs.redirect_uri = url + "/slack/oauth_redirect"
    for team, name in ((A, "Gemeente A"), (B, "Gemeente B")):
        assert install(url, fake_slack, team, name).status == 200


@pytest.fixture
def from_b(server: HttpServer, fake_slack: FakeSlack, installed: None) -> Iterator[SignedClient]:
    client = SignedClient(
        f"http://127.0.0.1:{server.port}/slack/events", SIGNING_SECRET, fake_slack, team_id=B
    )
    yield client
    assert client.violations == [], "the bot answered with invalid Block Kit"


@pytest.fixture
def from_a(server: HttpServer, fake_slack: FakeSlack, installed: None) -> SignedClient:
    return SignedClient(
        f"http://127.0.0.1:{server.port}/slack/events", SIGNING_SECRET, fake_slack, team_id=A
    )


@pytest.fixture
def ids(db: Engine, now: datetime) -> dict[str, int]:
    """Both workspaces' data; returns the ids of A's things a crafted request would carry."""
    with session_scope(db) as session:
        a = build_programme(
            session,
            [
                ("1", f"{SECRET} actielijn", [
                    dict(code="1.1", title=f"{SECRET} schuldhulp", owner="anna",
                         status_text=f"{SECRET} stand van zaken"),
                    dict(code="2.4", title=f"{SECRET} woonplekken", owner="anna",
                         deputies=["dirk"]),
                ]),
            ],
            coordinators=("coco",),
            workspace_id=A,
        )  # fmt: skip
        only_a = build_programme(
            session,
            [("9", f"{SECRET} thema", [dict(code="9.9", title=f"{SECRET} alleen", owner="bert")])],
            name=f"{SECRET} alleen in A",
            coordinators=(),
            workspace_id=A,
        )
        for person in [*a.people.values(), *only_a.people.values()]:
            person.name = f"{person.name} {SECRET}"
            session.add(person)
        build_programme(
            session,
            [("1", "Buurtaanpak", [dict(code="1.1", title="Buurtteams", owner="anna")])],
            coordinators=("eva",),
            workspace_id=B,
        )
        round_a = Round(
            programme_id=a.programme.id or 0, half_year="2026-H1", deadline=date(2026, 6, 15)
        )
        session.add(round_a)
        session.flush()
        action_id = a.actions["1.1"].id or 0
        # An owner's update in A's round: what A's editorial review would show.
        update_a = StatusUpdate(
            action_id=action_id,
            round_id=round_a.id,
            person_id=a.people["anna"].id,
            status=a.actions["1.1"].status,
            text=f"{SECRET} update",
            source="slack",
        )
        session.add(update_a)
        theme_a = session.exec(select(Theme).where(Theme.programme_id == a.programme.id)).first()
        reminder = Notification(
            key=f"round:{round_a.id}:p{a.people['anna'].id}:reminder:first",
            kind=NotificationKind.REMINDER,
            occasion="first",
            round_id=round_a.id,
            person_id=a.people["anna"].id,
            sent_at=now,
            channel="D0ANNA",
            message_ts="1700000000.000100",
            payload={"action_ids": [action_id, a.actions["2.4"].id]},
        )
        session.add(reminder)
        session.add(
            ChannelLink(workspace_id=A, channel_id=SHARED_CHANNEL, programme_id=a.programme.id)
        )
        session.flush()
        assert a.programme.slug == "van-opvang-naar-wonen"  # B's has the same slug
        return {
            "programme": a.programme.id or 0,
            "only_a": only_a.programme.id or 0,
            "action": action_id,
            "round": round_a.id or 0,
            "reminder": reminder.id or 0,
            "update": update_a.id or 0,
            "theme": (theme_a.id if theme_a else 0) or 0,
        }


# -- what B sends -----------------------------------------------------------------------------

# Per subcommand: (who in B types it, the text after the subcommand). The texts aim at A: codes
# only A has, A's programme slugs, A's people, A's round.
COMMANDS: dict[str, list[tuple[str, str]]] = {
    "help": [(EVA, "")],
    "overzicht": [(EVA, ""), (EVA, "<@U0COCO|coco>"), (EVA, "ontbreekt")],
    "mijn": [(ANNA, ""), (COCO, "")],
    "actie": [(EVA, "2.4"), (EVA, "geheim"), (EVA, "9.9")],
    "update": [(ANNA, "2.4 gehackt"), (ANNA, "2.4")],
    "status": [(ANNA, "2.4 vertraagd gehackt")],
    "regiehouder": [(EVA, "2.4 <@U0EVA|eva>")],
    "plaatsvervanger": [(EVA, "2.4 <@U0EVA|eva>")],
    "coördinator": [(EVA, ""), (EVA, "<@U0COCO|coco>")],
    "koppel": [(EVA, "geheim-alleen-in-a"), (EVA, "van-opvang-naar-wonen")],
    "ronde": [(EVA, ""), (EVA, "sluit"), (EVA, "verleng 30-06-2026"), (EVA, "heropen")],
    "herinner": [(EVA, "iedereen"), (EVA, "2.4")],
    "digest": [(EVA, "")],
    "rapport": [(EVA, "2026-H1")],
    "besteed": [(EVA, "2.4 100"), (ANNA, "2.4 € 100 gehackt"), (EVA, "9.9 100"), (EVA, "2.4")],
    "redactie": [(EVA, ""), (EVA, "2026-H1"), (EVA, "inleiding"), (EVA, "actielijn 1")],
}

# Per button prefix: (who presses, action_id, value), from ids of A (filled in per test).
BUTTONS_PRESSED: dict[str, list[tuple[str, str, str]]] = {
    "update_open": [
        (ANNA, "update_open:2.4", "p{programme}|2.4"),
        (EVA, "update_open", "p{only_a}|9.9"),
    ],
    "reminder": [
        (ANNA, "reminder:nochange:{action}", "{reminder}:{action}"),
        (ANNA, "reminder:later", "{reminder}"),
        (ANNA, "reminder:notmine:{action}", "{reminder}:{action}"),
        # as a reminder's buttons carry them: the programme first (bot/views/reminders.py)
        (ANNA, "reminder:nochange:{action}", "p{programme}|{reminder}:{action}"),
        (ANNA, "reminder:later", "p{programme}|{reminder}"),
        (ANNA, "reminder:notmine:{action}", "p{programme}|{reminder}:{action}"),
    ],
    "round": [(EVA, "round:close", "{round}"), (EVA, "round:keep", "{round}")],
    PROGRAMME_CHOICE: [(EVA, PROGRAMME_CHOICE, "geheim-alleen-in-a overzicht")],
    "review_approve": [
        (EVA, "review_approve:1.1", "p{programme}|1.1|{update}|1"),
        (EVA, "review_approve:1.1", "1.1|{update}|1"),
    ],
    "review_edit": [
        (EVA, "review_edit:1.1", "p{programme}|1.1|{update}|1"),
        (EVA, "review_edit:1.1", "1.1|{update}|1"),
    ],
    "review_back": [
        (EVA, "review_back:1.1", "p{programme}|1.1|{update}|1"),
        (EVA, "review_back:1.1", "1.1|{update}|1"),
    ],
    "review_page": [(EVA, "review_page:next", "p{programme}|2026-H1|2")],
    "spending_open": [(EVA, "spending_open", "p{programme}|2.4"), (ANNA, "spending_open", "2.4")],
}

# Per form: (who submits, private_metadata).
FORMS_SUBMITTED: dict[str, list[tuple[str, str]]] = {
    CALLBACK_ID: [(ANNA, "p{programme}|2.4"), (ANNA, "2.4"), (EVA, "p{only_a}|9.9")],
    EDIT_FORM: [(EVA, "p{programme}|1.1|{update}|1"), (EVA, "1.1|{update}|1")],
    QUESTION_FORM: [(EVA, "p{programme}|1.1|{update}|1"), (EVA, "1.1|{update}|1")],
    SECTION_FORM: [
        (EVA, "p{programme}|actielijn:{theme}@2026-H1"),
        (EVA, "actielijn:{theme}@2026-H1"),
    ],
    SPENDING_FORM: [(EVA, "p{programme}|2.4"), (ANNA, "2.4")],
}

# The answers that say "not found" for a crafted id of another workspace.
NOT_FOUND = {
    "p{programme}|2.4": messages.PROGRAMME_GONE,
    "p{only_a}|9.9": messages.PROGRAMME_GONE,
    "{reminder}:{action}": messages.REMINDER_NOT_FOUND,
    "{reminder}": messages.REMINDER_NOT_FOUND,
    "p{programme}|{reminder}:{action}": messages.REMINDER_NOT_FOUND,
    "p{programme}|{reminder}": messages.REMINDER_NOT_FOUND,
    "p{programme}|1.1|{update}|1": messages.PROGRAMME_GONE,
    "1.1|{update}|1": messages.REVIEW_UPDATE_GONE.format(code="1.1"),
    "p{programme}|2026-H1|2": messages.PROGRAMME_GONE,
    "p{programme}|actielijn:{theme}@2026-H1": messages.PROGRAMME_GONE,
    "actielijn:{theme}@2026-H1": messages.SECTION_GONE,
}


def test_every_registered_handler_has_crafted_cases() -> None:
    assert set(COMMANDS) == {entry.name for entry in REGISTRY.subcommands()}
    assert {b.prefix for b in BUTTONS} | {PROGRAMME_CHOICE} == set(BUTTONS_PRESSED)
    assert {f.callback_id for f in FORMS} == set(FORMS_SUBMITTED)


# -- what counts as seeing or changing A ------------------------------------------------------


def rows_of_a(db: Engine) -> dict[str, list[dict[str, Any]]]:
    """Every row that belongs to workspace A, as plain values."""
    with session_scope(db) as session:
        programmes = [
            p.id for p in session.exec(select(Programme).where(Programme.workspace_id == A))
        ]
        people = [p.id for p in session.exec(select(Person).where(Person.workspace_id == A))]
        actions = [
            a.id
            for a in session.exec(select(Action).where(col(Action.programme_id).in_(programmes)))
        ]
        rounds = [
            r.id for r in session.exec(select(Round).where(col(Round.programme_id).in_(programmes)))
        ]
        queries: dict[str, Any] = {
            "programme": select(Programme).where(col(Programme.id).in_(programmes)),
            "person": select(Person).where(col(Person.id).in_(people)),
            "action": select(Action).where(col(Action.id).in_(actions)),
            "deputy": select(ActionDeputy).where(col(ActionDeputy.action_id).in_(actions)),
            "change": select(ActionChange).where(col(ActionChange.action_id).in_(actions)),
            "update": select(StatusUpdate).where(col(StatusUpdate.action_id).in_(actions)),
            "report_text": select(ReportText).where(col(ReportText.action_id).in_(actions)),
            "spending": select(Spending).where(col(Spending.action_id).in_(actions)),
            "section": select(ReportSection).where(
                col(ReportSection.programme_id).in_(programmes)
            ),
            "round": select(Round).where(col(Round.id).in_(rounds)),
            "notification": select(Notification).where(
                col(Notification.round_id).in_(rounds) | col(Notification.person_id).in_(people)
            ),
            "link": select(ChannelLink).where(col(ChannelLink.programme_id).in_(programmes)),
            "coordinator": select(ProgrammeCoordinator).where(
                col(ProgrammeCoordinator.programme_id).in_(programmes)
            ),
        }  # fmt: skip
        found: dict[str, list[dict[str, Any]]] = {}
        for name, stmt in queries.items():
            rows: list[SQLModel] = list(session.exec(stmt))
            found[name] = sorted((r.model_dump() for r in rows), key=repr)
        return found


def everything_sent(fake: FakeSlack, acks: list[Any]) -> str:
    """What the bot answered (acks, response URLs) and every Web API call it made."""
    return " ".join([*(a.body for a in acks), *(repr(c.params) for c in fake.calls)])


def settle(bolt: Any) -> None:
    """Wait for the work Bolt runs after the acknowledgement (reports, reminders, Home)."""
    bolt.settle()


def fill(template: str, ids: dict[str, int]) -> str:
    return template.format(**ids)


@pytest.fixture
def before(
    db: Engine, ids: dict[str, int], fake_slack: FakeSlack, installed: None
) -> dict[str, Any]:
    fake_slack.clear()
    return rows_of_a(db)


def assert_untouched(db: Engine, before: dict[str, Any], fake: FakeSlack, acks: list[Any]) -> str:
    sent = everything_sent(fake, acks)
    assert SECRET not in sent
    assert rows_of_a(db) == before
    return sent


# -- the tests --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "who", "args"),
    [(name, who, args) for name, cases in COMMANDS.items() for who, args in cases],
)
def test_a_subcommand_from_b_neither_sees_nor_changes_a(
    name: str,
    who: str,
    args: str,
    from_b: SignedClient,
    fake_slack: FakeSlack,
    bolt: Any,
    db: Engine,
    before: dict[str, Any],
) -> None:
    ack = from_b.slash(f"{name} {args}".strip(), who, channel_id=SHARED_CHANNEL)
    assert ack.status == 200
    settle(bolt)
    assert_untouched(db, before, fake_slack, [ack])


@pytest.mark.parametrize(
    ("prefix", "who", "action_id", "value"),
    [(p, *case) for p, cases in BUTTONS_PRESSED.items() for case in cases],
)
def test_a_crafted_button_from_b_is_not_found_and_changes_nothing(
    prefix: str,
    who: str,
    action_id: str,
    value: str,
    ids: dict[str, int],
    from_b: SignedClient,
    fake_slack: FakeSlack,
    bolt: Any,
    db: Engine,
    before: dict[str, Any],
) -> None:
    ack = from_b.block_action(fill(action_id, ids), fill(value, ids), who)
    assert ack.status == 200
    settle(bolt)
    sent = assert_untouched(db, before, fake_slack, [ack])
    if value in NOT_FOUND:
        assert NOT_FOUND[value] in sent
    if prefix == "round" and action_id.endswith("close"):
        assert messages.ROUND_NOT_FOUND in sent


@pytest.mark.parametrize(
    ("callback_id", "who", "metadata"),
    [(c, *case) for c, cases in FORMS_SUBMITTED.items() for case in cases],
)
def test_a_form_with_crafted_metadata_from_b_is_not_found_and_saves_nothing(
    callback_id: str,
    who: str,
    metadata: str,
    ids: dict[str, int],
    from_b: SignedClient,
    fake_slack: FakeSlack,
    bolt: Any,
    db: Engine,
    before: dict[str, Any],
) -> None:
    view = {
        "id": "V0CRAFTED",
        "type": "modal",
        "callback_id": callback_id,
        "private_metadata": fill(metadata, ids),
        "blocks": [],
    }
    answer = from_b.interactive(
        {
            "type": "view_submission",
            "team": {"id": B, "domain": "buren"},
            "user": {"id": who, "username": who.lower(), "team_id": B},
            "api_app_id": "A0WOONZORG",
            "token": "deprecated-verification-token",
            "trigger_id": from_b.trigger_id(),
            "view": {**view, "state": {"values": _form_values(callback_id)}},
        }
    )
    assert answer.status == 200
    settle(bolt)
    sent = assert_untouched(db, before, fake_slack, [answer])
    if metadata in NOT_FOUND:
        assert NOT_FOUND[metadata] in sent
    else:
        assert messages.ACTION_NOT_FOUND.format(code="2.4") in sent


def _form_values(callback_id: str) -> dict[str, Any]:
    """A complete, valid submission of the form, as Slack reports its state."""
    if callback_id == CALLBACK_ID:
        return _update_values()

    def text(value: str) -> dict[str, Any]:
        return {"value": {"type": "plain_text_input", "value": value}}

    if callback_id == SPENDING_FORM:
        return {AMOUNT: text("100"), NOTE: text("gehackt")}
    return {TEXT: text("gehackt"), QUESTION: text("gehackt")}


def _update_values() -> dict[str, Any]:
    """A complete, valid update form, as Slack reports its state."""

    def text(value: str) -> dict[str, Any]:
        return {form.ELEMENT: {"type": "plain_text_input", "value": value}}

    status = {"type": "static_select", "selected_option": {"value": "delayed"}}
    return {
        form.STATUS: {form.ELEMENT: status},
        form.TEXT: text("gehackt"),
        form.BOTTLENECKS: text("gehackt"),
        form.CORRECTION: text("gehackt"),
    }


@pytest.mark.parametrize("who", [ANNA, COCO, EVA])
def test_the_app_home_in_b_shows_nothing_of_a(
    who: str,
    from_b: SignedClient,
    fake_slack: FakeSlack,
    bolt: Any,
    db: Engine,
    before: dict[str, Any],
) -> None:
    ack = from_b.app_home_opened(who, event_id=f"Ev0HOME{who}")
    assert ack.status == 200
    settle(bolt)
    assert_untouched(db, before, fake_slack, [ack])
    assert who in fake_slack.home_views  # published: the check above is not vacuous


def test_the_same_requests_from_a_do_reach_its_data(
    ids: dict[str, int],
    from_a: SignedClient,
    fake_slack: FakeSlack,
    bolt: Any,
    db: Engine,
    before: dict[str, Any],
) -> None:
    """The control: the detector sees A's data when A asks, so the tests above are not
    passing because nothing could ever be seen."""
    shown = from_a.slash("actie 2.4", COCO, channel_id=SHARED_CHANNEL)
    opened = from_a.block_action("update_open:2.4", fill("p{programme}|2.4", ids), ANNA)
    closed = from_a.block_action("round:close", fill("{round}", ids), COCO)
    settle(bolt)
    assert SECRET in everything_sent(fake_slack, [shown])  # in the ack, or after it
    assert SECRET in everything_sent(fake_slack, [opened])
    assert rows_of_a(db)["round"][0]["closed_at"] is not None and closed.status == 200
