"""OAuth mode (issue 13): the install flow, requests authorised with their workspace's token,
an unknown workspace refused, uninstall and token revocation, Enterprise Grid org-wide
installs, and the tick fanning out over the installed workspaces. The real Bolt app over
signed HTTP against the fake Slack, on SQLite and PostgreSQL."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from bot.core import Bot
from bot.scheduler import tick_job
from bot.slack.app import create_app, slack_core
from bot.slack.http import HttpServer, wsgi_app
from bot.slack.installs import Installations
from bot.slack.routing import CURRENT, RoutingNotifier
from storage.db import get_engine
from storage.models import Action, Person, Programme
from tests.support.fake_slack import FakeSlack, SignedClient, wait_for
from tests.support.oauth_kit import From, event, get, home_opened, install, slash, tokens_of
from tests.support.workspaces import FIRST_REMINDER, seed_workspace
from workflows import messages
from workflows.runtime.health import database_ok
from workflows.settings import Settings

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
ALPHA, BETA = From("T0ALPHA"), From("T0BETA")


@dataclass
class Stack:
    fake: FakeSlack
    engine: Engine
    core: Bot
    url: str
    slack: SignedClient
    installations: Installations

    def bots(self) -> list[tuple[str | None, str | None, bool, str]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT team_id, enterprise_id, is_enterprise_install, bot_token"
                    " FROM slack_bots ORDER BY id"
                )
            ).all()
        return [(r[0], r[1], bool(r[2]), r[3]) for r in rows]

    def token(self, workspace: str) -> str | None:
        return self.installations.token_for(workspace)


@pytest.fixture
def stack(database_url: str) -> Iterator[Stack]:
    with FakeSlack() as fake:
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            DATABASE_URL=database_url,
            SLACK_CLIENT_ID=fake.installs.client_id,
            SLACK_CLIENT_SECRET=fake.installs.client_secret,
            SLACK_SIGNING_SECRET=SECRET,
            SLACK_API_URL=fake.api_url,
            SLACK_AUTHORIZE_URL=fake.authorize_url,
        )
        engine = get_engine(database_url)
        core = slack_core(settings, engine)
        bolt = create_app(settings, core)
        http = HttpServer(
            wsgi_app(bolt, lambda: database_ok(engine), signing_secret=SECRET),
            host="127.0.0.1",
            port=0,
        ).start()
        url = f"http://127.0.0.1:{http.port}"
        fake.installs.redirect_uri = url + "/slack/oauth_redirect"
        client = SignedClient(url + "/slack/events", SECRET, fake)
        try:
            yield Stack(fake, engine, core, url, client, Installations(settings, engine))
        finally:
            http.stop()
            bolt.listener_runner.listener_executor.shutdown(wait=True)


def test_the_install_flow_stores_the_workspace_and_its_token(stack: Stack) -> None:
    page = install(stack.url, stack.fake, "T0ALPHA", "Gemeente Alpha")

    assert page.status == 200, page.body
    assert messages.INSTALL_DONE.format(team="Gemeente Alpha") in page.body
    [(team, enterprise, org, token)] = stack.bots()
    assert (team, enterprise, org) == ("T0ALPHA", None, False)
    assert stack.fake.installs.team_of(token).team_id == "T0ALPHA"  # type: ignore[union-attr]
    assert stack.token("T0ALPHA") == token
    # the code was exchanged with the app's credentials, and the state is used up
    [access] = stack.fake.calls_to("oauth.v2.access")
    assert access.headers["authorization"].startswith("Basic ")
    with stack.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM slack_oauth_states")).scalar() == 0


def test_an_install_without_the_state_cookie_is_refused_in_dutch(stack: Stack) -> None:
    stack.fake.installs.will_install("T0ALPHA", "Gemeente Alpha")
    start = get(stack.url + "/slack/install")
    allowed = get(start.headers["Location"])

    page = get(allowed.headers["Location"])  # another browser: no cookie

    assert page.status == 400
    assert messages.INSTALL_FAILED_TITLE in page.body and 'lang="nl"' in page.body
    assert stack.bots() == []
    assert stack.fake.calls_to("oauth.v2.access", ok=None) == []


def test_requests_are_authorised_with_their_own_workspace_token(stack: Stack) -> None:
    install(stack.url, stack.fake, "T0ALPHA", "Gemeente Alpha")
    install(stack.url, stack.fake, "T0BETA", "Gemeente Beta")
    alpha, beta = stack.token("T0ALPHA"), stack.token("T0BETA")
    assert alpha and beta and alpha != beta

    assert home_opened(stack.slack, BETA, "U0ANNA", "Ev1").status == 200
    wait_for(lambda: stack.fake.calls_to("views.publish"))
    assert tokens_of(stack.fake, "views.publish") == [beta]

    assert home_opened(stack.slack, ALPHA, "U0BERT", "Ev2").status == 200
    wait_for(lambda: len(stack.fake.calls_to("views.publish")) == 2)
    assert tokens_of(stack.fake, "views.publish") == [beta, alpha]
    answer = slash(stack.slack, ALPHA, "help", "U0BERT")
    assert answer.status == 200 and "/woonzorg" in answer.text


def test_the_core_notifier_sends_with_the_requests_workspace_token(stack: Stack) -> None:
    install(stack.url, stack.fake, "T0ALPHA", "Gemeente Alpha")
    install(stack.url, stack.fake, "T0BETA", "Gemeente Beta")
    notifier = stack.core.notifier
    assert isinstance(notifier, RoutingNotifier)

    reset = CURRENT.set("T0BETA")
    try:
        notifier.send_dm("U0ANNA", "Hallo")
    finally:
        CURRENT.reset(reset)

    assert tokens_of(stack.fake, "chat.postMessage") == [stack.token("T0BETA")]


def test_an_unknown_workspace_gets_no_processing(stack: Stack) -> None:
    install(stack.url, stack.fake, "T0ALPHA", "Gemeente Alpha")
    stack.fake.clear()
    with Session(stack.engine) as session:
        people = session.exec(select(func.count()).select_from(Person)).one()

    answer = slash(stack.slack, From("T0UNKNOWN"), "mijn", "U0EVE")

    assert answer.status == 200
    wait_for(lambda: stack.fake.responses())
    assert [r["text"] for r in stack.fake.responses()] == [messages.INSTALL_NOT_INSTALLED]
    assert [c.method for c in stack.fake.calls] == ["response_url"]  # no token, no Web API
    with Session(stack.engine) as session:
        assert session.exec(select(func.count()).select_from(Person)).one() == people


def _owner_tokens(stack: Stack) -> dict[str, str]:
    return {
        str(c.params["channel"]): c.headers["authorization"].removeprefix("Bearer ")
        for c in stack.fake.calls_to("chat.postMessage")
    }


def test_uninstall_deletes_the_tokens_and_the_next_tick_sends_nothing_there(
    stack: Stack,
) -> None:
    alpha_owners = seed_workspace(stack.engine, "T0ALPHA", 1)
    beta_owners = seed_workspace(stack.engine, "T0BETA", 2)
    install(stack.url, stack.fake, "T0ALPHA", "Gemeente Alpha")
    install(stack.url, stack.fake, "T0BETA", "Gemeente Beta")
    beta = stack.token("T0BETA")

    uninstalled = {"type": "app_uninstalled", "event_ts": "1.0"}
    assert event(stack.slack, ALPHA, uninstalled, "EvU").status == 200
    wait_for(lambda: stack.token("T0ALPHA") is None)
    assert [b[0] for b in stack.bots()] == ["T0BETA"]

    clients = stack.core.notifier.clients  # type: ignore[attr-defined]
    tick_job(
        stack.core.settings,
        stack.engine,
        stack.core.notifier,
        clients=clients,
        clock=lambda: FIRST_REMINDER,
    )

    sent = _owner_tokens(stack)
    assert sorted(sent) == sorted(beta_owners)
    assert set(sent.values()) == {beta}
    assert not set(alpha_owners) & set(sent)
    with Session(stack.engine) as session:  # alpha's programme data stays
        alpha = session.exec(select(Programme).where(Programme.workspace_id == "T0ALPHA")).one()
        assert len(session.exec(select(Action).where(Action.programme_id == alpha.id)).all()) == 6


def test_a_revoked_bot_token_is_deleted(stack: Stack) -> None:
    install(stack.url, stack.fake, "T0ALPHA", "Gemeente Alpha")
    install(stack.url, stack.fake, "T0BETA", "Gemeente Beta")

    revoked = {"type": "tokens_revoked", "tokens": {"bot": ["U0BOT"]}, "event_ts": "1.0"}
    assert event(stack.slack, BETA, revoked, "EvR").status == 200

    wait_for(lambda: stack.token("T0BETA") is None)
    assert stack.token("T0ALPHA") is not None
    # A request from beta now gets the Dutch "not installed" answer, and no processing.
    slash(stack.slack, BETA, "mijn", "U0ANNA")
    wait_for(lambda: stack.fake.responses())
    assert stack.fake.responses()[-1]["text"] == messages.INSTALL_NOT_INSTALLED


def test_an_org_wide_install_is_stored_and_found_by_its_enterprise_id(stack: Stack) -> None:
    page = install(stack.url, stack.fake, None, "Regio", enterprise_id="E0ORG", org_wide=True)
    assert page.status == 200, page.body
    [(team, enterprise, org, token)] = stack.bots()
    assert (team, enterprise, org) == (None, "E0ORG", True)
    assert stack.token("E0ORG") == token
    assert stack.token("T0NORTH") is None  # not yet seen

    north = From("T0NORTH", "E0ORG", org=True)
    assert home_opened(stack.slack, north, "U0ANNA", "EvN").status == 200
    wait_for(lambda: stack.fake.calls_to("views.publish"))
    assert tokens_of(stack.fake, "views.publish") == [token]
    # An org-level event names no team; a command does. A team of the org that used the
    # bot: the tick finds the org's token for it.
    assert slash(stack.slack, north, "help", "U0ANNA").status == 200
    assert stack.token("T0NORTH") == token

    uninstalled = {"type": "app_uninstalled", "event_ts": "1.0"}
    assert event(stack.slack, From(None, "E0ORG", org=True), uninstalled, "EvOU").status == 200
    wait_for(lambda: stack.token("E0ORG") is None)
    assert stack.token("T0NORTH") is None and stack.bots() == []


def test_install_paths_answer_only_get(stack: Stack) -> None:
    page = get(stack.url + "/slack/install")
    assert page.status == 302
    assert page.headers["Location"].startswith(stack.fake.authorize_url)
    assert "scope=commands,chat:write," in page.headers["Location"]
    posted = urllib.request.Request(stack.url + "/slack/install", b"", method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(posted, timeout=10)
    assert refused.value.code == 405
