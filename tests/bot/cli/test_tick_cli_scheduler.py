"""``woonzorg tick`` from the command line, and the scheduler inside ``woonzorg run``."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy.engine import Engine
from sqlmodel import select
from typer.testing import CliRunner

from bot.cli import app
from bot.scheduler import JOB_ID, build_scheduler
from storage.db import get_engine, session_scope
from storage.models import Notification
from tests.support.doubles import RecordingNotifier
from tests.support.fake_slack import FakeSlack, wait_for
from tests.support.reminder_kit import FIRST, programme_with_round, reminder_settings
from workflows.settings import Settings


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, sqlite_url: str) -> str:
    monkeypatch.chdir(tmp_path)
    for name in ("SLACK_APP_TOKEN", "WOONZORG_DIGEST_CHANNEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.setenv("WOONZORG_COORDINATORS", "U0COCO")
    return sqlite_url


def test_tick_command_sends_once_and_says_so(cli_env: str, monkeypatch: pytest.MonkeyPatch) -> None:
    programme_with_round(get_engine(cli_env))
    users = {"U0ANNA": ("Anna", "anna@example.nl"), "U0BERT": ("Bert", "bert@example.nl")}
    with FakeSlack(users=users) as fake:
        monkeypatch.setenv("SLACK_BOT_TOKEN", fake.bot_token)
        monkeypatch.setenv("SLACK_API_URL", fake.api_url)
        runner = CliRunner()
        first = runner.invoke(app, ["tick", "--now", "2027-04-28T09:00"])  # Amsterdam time
        again = runner.invoke(app, ["tick", "--now", "2027-04-28T09:05:00+02:00"])
        assert (first.exit_code, again.exit_code) == (0, 0), first.output + again.output
        assert "Klaar: 2 verstuurd" in first.output
        assert "Klaar: 0 verstuurd" in again.output
        channels = sorted(c.params["channel"] for c in fake.calls_to("chat.postMessage"))
        assert channels == ["U0ANNA", "U0BERT"]


def test_tick_command_refuses_bad_input_in_dutch(cli_env: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-x")
    result = CliRunner().invoke(app, ["tick", "--now", "morgen vroeg"])
    assert result.exit_code == 1
    assert "'morgen vroeg' is geen tijdstip" in result.output and "Traceback" not in result.output
    monkeypatch.delenv("SLACK_BOT_TOKEN")
    result = CliRunner().invoke(app, ["tick"])
    assert result.exit_code == 1 and "SLACK_BOT_TOKEN ontbreekt" in result.output


def test_scheduler_runs_the_tick_at_start_and_keeps_one_job(sqlite_engine: Engine) -> None:
    programme_with_round(sqlite_engine)
    notifier = RecordingNotifier()
    scheduler = build_scheduler(
        reminder_settings(), sqlite_engine, notifier, interval_seconds=300, clock=lambda: FIRST
    )
    (job,) = scheduler.get_jobs()
    assert (job.id, job.coalesce, job.max_instances) == (JOB_ID, True, 1)
    assert job.misfire_grace_time and job.misfire_grace_time >= 60
    scheduler.start()
    try:
        assert wait_for(lambda: len(notifier.sent) == 2)
        job.modify(next_run_time=FIRST.now(FIRST.tzinfo))  # run again at once: nothing new
        assert wait_for(lambda: scheduler.get_job(JOB_ID).next_run_time > FIRST.now(FIRST.tzinfo))
    finally:
        scheduler.shutdown(wait=True)
    assert sorted(s.to for s in notifier.sent) == ["U0ANNA", "U0BERT"]


def test_scheduler_interval_comes_from_the_settings(
    sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert reminder_settings().tick_seconds == 300  # five minutes unless configured
    monkeypatch.setenv("WOONZORG_TICK_SECONDS", "7")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    (job,) = build_scheduler(settings, sqlite_engine, RecordingNotifier()).get_jobs()
    assert job.trigger.interval == timedelta(seconds=7)
    monkeypatch.setenv("WOONZORG_TICK_SECONDS", "0")
    with pytest.raises(ValidationError):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_tick_dry_run_says_what_it_would_send_and_records_nothing(
    cli_env: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = get_engine(cli_env)
    programme_with_round(engine)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    runner = CliRunner()
    before = runner.invoke(app, ["tick", "--dry-run", "--now", "2027-04-27T09:00"])
    assert before.exit_code == 0, before.output
    assert "Op dit moment zou ik niets versturen." in before.output
    result = runner.invoke(app, ["tick", "--dry-run", "--now", "2027-04-28T09:00"])
    assert result.exit_code == 0, result.output
    assert "Proefdraaien op woensdag 28 april 2027 09:00" in result.output
    assert "- herinnering (eerste) aan Anna (U0ANNA) over 1.1, 2.4" in result.output
    assert "- herinnering (eerste) aan Bert (U0BERT) over 1.2" in result.output
    assert "Samen 2 berichten." in result.output
    with session_scope(engine) as session:
        assert session.exec(select(Notification)).all() == []
    again = runner.invoke(app, ["tick", "--dry-run", "--now", "morgen"])
    assert again.exit_code == 1 and "'morgen' is geen tijdstip" in again.output
