"""The tick across workspaces (issue 13): each workspace with its own notifier, side by side;
claims keep every reminder to once; a workspace without a token, or whose token is revoked in
the middle of the tick, does not stop the others. On SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from storage.models import Action, Notification, Person, Programme
from tests.support.doubles import RecordingNotifier
from tests.support.reminder_kit import POLICY, VIEWS, reminder_settings
from tests.support.workspaces import FIRST_REMINDER, seed_workspace
from workflows.ports.notify import Blocks, DeliveryError
from workflows.reminders.tick import tick
from workflows.reminders.workspaces import in_workspace, tick_workspaces, workspace_ids

TEAMS = ("T0ALPHA", "T0BETA", "T0GAMMA")


def _seed(engine: Engine) -> dict[str, list[str]]:
    return {team: seed_workspace(engine, team, i) for i, team in enumerate(TEAMS)}


def _fan_out(engine: Engine, notifiers: dict[str, RecordingNotifier | None], now: datetime):  # type: ignore[no-untyped-def]
    return tick_workspaces(
        reminder_settings(),
        engine,
        now,
        notifier_for=notifiers.get,
        views=VIEWS,
        workers=3,
        policy=POLICY,
    )


def test_each_workspace_gets_its_own_reminders_through_its_own_notifier_once(
    engine: Engine,
) -> None:
    owners = _seed(engine)
    notifiers = {team: RecordingNotifier() for team in TEAMS}
    assert workspace_ids(engine) == sorted(TEAMS)

    report = _fan_out(engine, dict(notifiers), FIRST_REMINDER)

    for team in TEAMS:
        assert sorted(s.to for s in notifiers[team].sent) == sorted(owners[team]), team
    assert len(report.total().sent) == 9 and not report.errors and not report.not_installed
    # The claims hold: a second round of ticks, or a tick of everything at once, sends nothing.
    again = _fan_out(engine, dict(notifiers), FIRST_REMINDER + timedelta(minutes=5))
    assert again.total().sent == []
    everything = RecordingNotifier()
    assert tick(reminder_settings(), engine, everything, FIRST_REMINDER, views=VIEWS).sent == []
    assert sum(len(n.sent) for n in notifiers.values()) == 9


def test_a_workspace_without_a_token_gets_nothing_and_keeps_its_data(engine: Engine) -> None:
    owners = _seed(engine)
    notifiers: dict[str, RecordingNotifier | None] = {team: RecordingNotifier() for team in TEAMS}
    notifiers["T0BETA"] = None  # uninstalled: no token

    report = _fan_out(engine, notifiers, FIRST_REMINDER)

    assert report.not_installed == ["T0BETA"]
    assert set(report.done) == {"T0ALPHA", "T0GAMMA"}
    with Session(engine) as session:
        beta = session.exec(select(Programme).where(Programme.workspace_id == "T0BETA")).one()
        assert len(session.exec(select(Action).where(Action.programme_id == beta.id)).all()) == 6
        people = session.exec(select(Person.slack_id).where(Person.workspace_id == "T0BETA"))
        assert sorted(people.all()) == sorted(owners["T0BETA"])
        claimed = session.exec(select(Notification)).all()
    assert len(claimed) == 6  # nothing claimed for beta, so nothing waits to be sent there


class RevokedAfter(RecordingNotifier):
    """Slack answers token_revoked from the ``after``-th message on (the workspace uninstalled
    the app while its reminders were going out)."""

    def __init__(self, after: int) -> None:
        super().__init__()
        self.after = after
        self.lock = threading.Lock()
        self.tries = 0

    def send_dm(
        self, user_id: str, text: str, blocks: Blocks | None = None, *, key: str | None = None
    ) -> str | None:
        with self.lock:
            self.tries += 1
            if self.tries > self.after:
                raise DeliveryError("token_revoked")
        return super().send_dm(user_id, text, blocks, key=key)


def test_a_token_revoked_mid_tick_does_not_stop_the_other_workspaces(engine: Engine) -> None:
    owners = _seed(engine)
    revoked = RevokedAfter(after=1)
    notifiers: dict[str, RecordingNotifier | None] = {
        "T0ALPHA": RecordingNotifier(),
        "T0BETA": revoked,
        "T0GAMMA": RecordingNotifier(),
    }

    report = _fan_out(engine, notifiers, FIRST_REMINDER)

    for team in ("T0ALPHA", "T0GAMMA"):
        assert sorted(s.to for s in notifiers[team].sent) == sorted(owners[team])  # type: ignore[union-attr]
    assert len(revoked.sent) == 1
    assert len(report.done["T0BETA"].failed) == 2  # retried by a later tick if reinstalled


def test_a_workspace_whose_tick_fails_is_reported_and_the_others_go_on(engine: Engine) -> None:
    owners = _seed(engine)
    recorders = {team: RecordingNotifier() for team in TEAMS}

    def notifier_for(team: str) -> RecordingNotifier:
        if team == "T0ALPHA":
            raise RuntimeError("the installation store did not answer")
        return recorders[team]

    report = tick_workspaces(
        reminder_settings(),
        engine,
        FIRST_REMINDER,
        notifier_for=notifier_for,
        views=VIEWS,
        policy=POLICY,
    )

    assert list(report.errors) == ["T0ALPHA"]
    assert "did not answer" in report.errors["T0ALPHA"]
    assert sorted(s.to for s in recorders["T0BETA"].sent) == sorted(owners["T0BETA"])
    assert sorted(s.to for s in recorders["T0GAMMA"].sent) == sorted(owners["T0GAMMA"])


def test_a_failed_claim_is_retried_only_with_its_own_workspace_token(engine: Engine) -> None:
    owners = _seed(engine)
    notifiers: dict[str, RecordingNotifier | None] = {
        "T0ALPHA": RevokedAfter(after=0),
        "T0BETA": RecordingNotifier(),
        "T0GAMMA": RecordingNotifier(),
    }
    _fan_out(engine, notifiers, FIRST_REMINDER)
    with Session(engine) as session:
        rows = session.exec(select(Notification).order_by(col(Notification.id))).all()
    alpha = in_workspace(engine, rows, "T0ALPHA")
    assert len(alpha) == 3 and all(r.sent_at is None for r in alpha)
    assert in_workspace(engine, rows, "") == []

    # After the lease, beta's and gamma's ticks leave alpha's failed claims alone.
    later = FIRST_REMINDER + timedelta(minutes=10)
    quiet = {"T0BETA": RecordingNotifier(), "T0GAMMA": RecordingNotifier()}
    tick_workspaces(
        reminder_settings(),
        engine,
        later,
        notifier_for=quiet.get,
        views=VIEWS,
        workspaces=["T0BETA", "T0GAMMA"],
        policy=POLICY,
    )
    assert quiet["T0BETA"].sent == [] and quiet["T0GAMMA"].sent == []
    # Alpha reinstalled: its own tick sends them.
    again = RecordingNotifier()
    tick_workspaces(
        reminder_settings(),
        engine,
        later,
        notifier_for={"T0ALPHA": again}.get,
        views=VIEWS,
        policy=POLICY,
    )
    assert sorted(s.to for s in again.sent) == sorted(owners["T0ALPHA"])
