"""``tick``: reminders, escalation and retries, each sent once, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine

from tests.support.doubles import RecordingNotifier
from tests.support.reminder_kit import (
    DEADLINE,
    ESCALATION,
    FIRST,
    LAST,
    SECOND,
    notifications,
    programme_with_round,
    reminder_settings,
    run_tick,
    update,
)
from workflows.ports.notify import DeliveryError


def dm_texts(notifier: RecordingNotifier, user: str) -> list[str]:
    return [str(s.blocks) for s in notifier.dms_to(user)]


def test_a_round_of_reminders_each_sent_once(engine: Engine) -> None:
    programme_with_round(engine)
    notifier = RecordingNotifier()
    assert run_tick(engine, notifier, FIRST - timedelta(minutes=1)).sent == []
    report = run_tick(engine, notifier, FIRST)
    assert len(report.sent) == 2
    anna = notifier.dms_to("U0ANNA")
    assert len(anna) == 1 and len(notifier.dms_to("U0BERT")) == 1
    blocks = str(anna[0].blocks)
    assert "uiterlijk dinsdag 18 mei 2027" in blocks
    assert "1.1 Programma Armoede en schulden" in blocks and "2.4 Uitbreiding" in blocks
    assert "Pilot Vroeg eropaf loopt in Dordt West." in blocks
    assert run_tick(engine, notifier, FIRST + timedelta(minutes=5)).sent == []
    # Anna updates both her actions; the second reminder goes to Bert only.
    update(engine, "1.1", "anna", FIRST + timedelta(days=1))
    update(engine, "2.4", "anna", FIRST + timedelta(days=1))
    run_tick(engine, notifier, SECOND)
    assert len(notifier.dms_to("U0ANNA")) == 1 and len(notifier.dms_to("U0BERT")) == 2
    # After the deadline the coordinator hears who is late; Bert gets his last reminder.
    run_tick(engine, notifier, DEADLINE)
    run_tick(engine, notifier, ESCALATION)
    escalation = notifier.dms_to("U0COCO")
    assert len(escalation) == 1 and "<@U0BERT>: 1.2" in str(escalation[0].blocks)
    run_tick(engine, notifier, LAST)
    run_tick(engine, notifier, LAST + timedelta(minutes=5))
    assert len(notifier.dms_to("U0BERT")) == 4 and len(notifier.dms_to("U0COCO")) == 1


def test_two_ticks_at_the_same_moment_send_once(engine: Engine) -> None:
    programme_with_round(engine)
    notifier = RecordingNotifier()
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def go() -> None:
        try:
            barrier.wait()
            run_tick(engine, notifier, FIRST, reminder_settings("C0DIGEST"))
        except BaseException as exc:  # noqa: BLE001 - surfaced by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=go) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    # Each owner's reminder and the week's digest (due Monday 26 April), once.
    assert sorted(s.to for s in notifier.sent) == ["C0DIGEST", "U0ANNA", "U0BERT"]
    assert all(n.sent_at is not None for n in notifications(engine))


class Crash(BaseException):
    """The process dies (kill -9, power cut) between claiming and sending."""


class CrashOnce(RecordingNotifier):
    crashed = False

    def send_dm(self, user_id, text, blocks=None, *, key=None):  # type: ignore[no-untyped-def]
        if not self.crashed:
            self.crashed = True
            raise Crash
        return super().send_dm(user_id, text, blocks, key=key)


def test_a_crash_between_claim_and_send_is_retried_once(sqlite_engine: Engine) -> None:
    programme_with_round(sqlite_engine)
    notifier = CrashOnce()
    with pytest.raises(Crash):
        run_tick(sqlite_engine, notifier, FIRST)
    assert [n.sent_at for n in notifications(sqlite_engine)].count(None) >= 1
    # A tick at the same moment leaves the claim alone (its owner may still be sending) ...
    run_tick(sqlite_engine, notifier, FIRST)
    # ... a later one retries it, once.
    run_tick(sqlite_engine, notifier, FIRST + timedelta(minutes=5))
    run_tick(sqlite_engine, notifier, FIRST + timedelta(minutes=10))
    assert sorted(s.to for s in notifier.sent) == ["U0ANNA", "U0BERT"]
    assert all(n.sent_at is not None for n in notifications(sqlite_engine))


class FailingNotifier(RecordingNotifier):
    """Answers the first ``failures[user]`` messages to a user with a transient error."""

    def __init__(self, failures: dict[str, int]) -> None:
        super().__init__()
        self.failures = failures

    def send_dm(self, user_id, text, blocks=None, *, key=None):  # type: ignore[no-untyped-def]
        if self.failures.get(user_id):
            self.failures[user_id] -= 1
            raise DeliveryError("service_unavailable")
        return super().send_dm(user_id, text, blocks, key=key)


def test_a_transient_failure_is_retried_within_the_tick(sqlite_engine: Engine) -> None:
    programme_with_round(sqlite_engine)
    notifier = FailingNotifier({"U0BERT": 2})
    report = run_tick(sqlite_engine, notifier, FIRST)
    assert report.failed == [] and len(report.sent) == 2


def test_a_failed_send_is_retried_on_the_next_tick(sqlite_engine: Engine) -> None:
    programme_with_round(sqlite_engine)
    notifier = FailingNotifier({"U0BERT": 3})  # more than the tick's own two retries
    report = run_tick(sqlite_engine, notifier, FIRST)
    assert len(report.failed) == 1 and len(report.sent) == 1
    report = run_tick(sqlite_engine, notifier, FIRST + timedelta(minutes=5))
    assert len(report.sent) == 1
    assert sorted(s.to for s in notifier.sent) == ["U0ANNA", "U0BERT"]
    failed = [n for n in notifications(sqlite_engine) if n.attempts == 2]
    assert len(failed) == 1 and failed[0].last_error is None


def test_an_unreachable_owner_is_reported_once_and_never_retried(sqlite_engine: Engine) -> None:
    programme_with_round(sqlite_engine)
    notifier = RecordingNotifier(unreachable={"U0BERT"})
    report = run_tick(sqlite_engine, notifier, FIRST)
    assert len(report.given_up) == 1
    told = notifier.dms_to("U0COCO")
    assert len(told) == 1 and "Bert" in told[0].text and "user_not_found" in told[0].text
    for minutes in (5, 10, 60):
        run_tick(sqlite_engine, notifier, FIRST + timedelta(minutes=minutes))
    run_tick(sqlite_engine, notifier, SECOND)  # a new occasion: tried again, not re-reported
    assert len(notifier.dms_to("U0COCO")) == 1
    assert len(notifier.dms_to("U0ANNA")) == 2


def test_after_an_outage_only_the_latest_reminder_goes_out(engine: Engine) -> None:
    programme_with_round(engine)
    notifier = RecordingNotifier()
    report = run_tick(engine, notifier, SECOND + timedelta(days=2, hours=5))
    assert len(report.superseded) == 2
    assert sorted(s.to for s in notifier.sent) == ["U0ANNA", "U0BERT"]
    rows = {(n.person_id, n.occasion): n for n in notifications(engine)}
    superseded = [n for n in rows.values() if n.occasion == "first"]
    assert len(superseded) == 2 and all(n.given_up and n.sent_at is None for n in superseded)
    assert "we missen nog je update" in str(notifier.dms_to("U0ANNA")[0].blocks)
    run_tick(engine, notifier, SECOND + timedelta(days=3))
    assert len(notifier.sent) == 2


def test_unowned_actions_are_reported_to_the_coordinators(sqlite_engine: Engine) -> None:
    from storage.db import session_scope
    from storage.models import Action

    built = programme_with_round(sqlite_engine)
    with session_scope(sqlite_engine) as session:
        session.add(
            Action(
                programme_id=built.programme.id,
                theme_id=built.themes["2"].id,
                code="2.6",
                title="Skaeve huse <!channel>",
                position=9,
            )
        )
    notifier = RecordingNotifier()
    run_tick(sqlite_engine, notifier, FIRST)
    run_tick(sqlite_engine, notifier, SECOND)
    told = notifier.dms_to("U0COCO")
    assert len(told) == 1
    assert "2.6 Skaeve huse &lt;!channel&gt;" in str(told[0].blocks)
    # Everyone else updates; after the deadline the escalation still names the orphan.
    for code, who in (("1.1", "anna"), ("2.4", "anna"), ("1.2", "bert")):
        update(sqlite_engine, code, who, SECOND + timedelta(days=1))
    run_tick(sqlite_engine, notifier, ESCALATION)
    escalation = notifier.dms_to("U0COCO")[1]
    assert "3 van 4 updates zijn binnen" in str(escalation.blocks)
    assert "Nog geen update van" not in str(escalation.blocks)
    assert "2.6 Skaeve huse" in str(escalation.blocks)
