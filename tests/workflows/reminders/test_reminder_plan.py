"""The reminder plan as a pure function: occasions on working days at 09:00 Amsterdam time,
one reminder per owner, catch-up without repeats. Explicit dates throughout."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from storage.models import Action, Person, Round, StatusUpdate
from workflows.reminders.plan import occasions, plan_reminders
from workflows.reminders.policy import ReminderPolicy
from workflows.settings import Settings

AMS = ZoneInfo("Europe/Amsterdam")
POLICY = ReminderPolicy.from_settings(Settings(_env_file=None))  # type: ignore[call-arg]


def when(deadline: date) -> dict[str, datetime]:
    return {o.name: o.at for o in occasions(deadline, POLICY, AMS)}


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_default_occasions_move_off_koningsdag() -> None:
    # Deadline Tuesday 18 May 2027: three weeks before is Koningsdag (Tue 27 April).
    assert when(date(2027, 5, 18)) == {
        "first": utc(2027, 4, 28, 7),
        "second": utc(2027, 5, 11, 7),
        "deadline": utc(2027, 5, 18, 7),
        "escalation": utc(2027, 5, 19, 7),
        "last": utc(2027, 5, 21, 7),
    }


def test_hemelvaart_and_pinkstermaandag() -> None:
    # Deadline Thu 13 May 2027: a week before is Hemelvaart (Thu 6 May) -> Friday 7 May.
    assert when(date(2027, 5, 13))["second"] == utc(2027, 5, 7, 7)
    # Deadline Fri 14 May 2027: escalation and last reminder step over Pinkstermaandag.
    occ = when(date(2027, 5, 14))
    assert occ["escalation"] == utc(2027, 5, 18, 7)
    assert occ["last"] == utc(2027, 5, 20, 7)


def test_reminders_across_the_dst_switch_stay_at_nine_local() -> None:
    # Deadline Thu 15 April 2027: the first reminder is still winter time, the second summer.
    occ = when(date(2027, 4, 15))
    assert occ["first"] == utc(2027, 3, 25, 8)  # 09:00 CET
    assert occ["second"] == utc(2027, 4, 8, 7)  # 09:00 CEST
    # Deadline Fri 12 Nov 2027: first in summer time (22 Oct), then winter time.
    occ = when(date(2027, 11, 12))
    assert occ["first"] == utc(2027, 10, 22, 7)
    assert occ["second"] == utc(2027, 11, 5, 8)


def test_christmas() -> None:
    occ = when(date(2026, 12, 23))
    assert occ["escalation"] == utc(2026, 12, 24, 8)
    assert occ["last"] == utc(2026, 12, 29, 8)  # over 1e/2e Kerstdag and the weekend


def test_deadline_on_a_weekend() -> None:
    # Saturday 22 May 2027: the deadline-morning reminder comes the Friday before it (after
    # would be too late); the second (Sat 15 May) moves to Tuesday 18 May over Pinksteren.
    occ = when(date(2027, 5, 22))
    assert occ["first"] == utc(2027, 5, 3, 7)
    assert occ["second"] == utc(2027, 5, 18, 7)
    assert occ["deadline"] == utc(2027, 5, 21, 7)
    assert occ["escalation"] == utc(2027, 5, 24, 7)
    assert occ["last"] == utc(2027, 5, 26, 7)


def test_policy_is_configurable() -> None:
    policy = replace(POLICY, first_days=14, second_days=3, last_workdays=5, hour=10)
    occ = {o.name: o.at for o in occasions(date(2027, 5, 18), policy, AMS)}
    assert occ["first"] == utc(2027, 5, 4, 8)
    assert occ["second"] == utc(2027, 5, 17 + 1, 8)  # Sat 15 -> Tue 18 (Pinkstermaandag)
    assert occ["last"] == utc(2027, 5, 25, 8)


# -- who gets what ----------------------------------------------------------------------------

ANNA = Person(id=1, name="Anna", email="anna@example.nl", slack_id="U0ANNA")
BERT = Person(id=2, name="Bert", email="bert@example.nl", slack_id="U0BERT")
GHOST = Person(id=3, name="Niemand")  # no Slack id, no e-mail
OWNERS = {1: ANNA, 2: BERT, 3: GHOST}
ROUND = Round(
    id=5,
    programme_id=1,
    half_year="2027-H1",
    deadline=date(2027, 5, 18),
    opened_at=utc(2027, 4, 1, 10),
)


def action(id_: int, code: str, owner: int | None, status: str = "on_track") -> Action:
    return Action(
        id=id_, programme_id=1, theme_id=1, code=code, title=code, owner_id=owner, status=status
    )


ACTIONS = [
    action(11, "1.1", 1),
    action(12, "1.2", 2),
    action(24, "2.4", 1),
    action(25, "2.5", None),  # unowned
    action(26, "2.6", 3),  # owner nobody can reach
    action(27, "2.7", 2, status="done"),
    action(28, "2.8", 2, status="cancelled"),
]


def plan(now: datetime, updates: list[StatusUpdate] | None = None, round_: Round = ROUND):
    return plan_reminders(round_, ACTIONS, updates or [], POLICY, now, owners=OWNERS, tz=AMS)


def test_one_reminder_per_owner_with_all_their_open_actions() -> None:
    found = plan(utc(2027, 4, 28, 7, 5))
    assert [(n.person_id, n.action_ids, n.occasion) for n in found.reminders] == [
        (1, (11, 24), "first"),
        (2, (12,), "first"),
    ]
    assert found.unreachable is not None and found.unreachable.action_ids == (25, 26)
    assert found.escalation is None


def test_owners_who_updated_in_this_round_are_not_reminded() -> None:
    updates = [
        StatusUpdate(action_id=12, round_id=5, status="on_track"),
        StatusUpdate(action_id=11, round_id=5, status="on_track"),
        StatusUpdate(action_id=24, round_id=4, status="on_track"),  # an earlier round
    ]
    found = plan(utc(2027, 5, 11, 7), updates)
    assert [(n.person_id, n.action_ids) for n in found.reminders] == [(1, (24,))]


def test_nothing_before_the_first_occasion_or_for_a_closed_round() -> None:
    assert not plan(utc(2027, 4, 28, 6, 59))
    closed = Round(**{**ROUND.model_dump(), "closed_at": utc(2027, 5, 1)})
    assert not plan(utc(2027, 5, 11, 7), round_=closed)


def test_missed_occasions_are_caught_up_once_with_the_latest() -> None:
    # Down from before the first reminder until after the second: only "second" is due.
    found = plan(utc(2027, 5, 12, 13))
    assert {n.occasion for n in found.reminders} == {"second"}
    assert all(n.superseded == ("first",) for n in found.reminders)


def test_escalation_after_the_deadline_lists_every_late_action() -> None:
    found = plan(utc(2027, 5, 19, 7))
    assert found.escalation is not None
    assert found.escalation.action_ids == (11, 12, 24, 25, 26)
    assert {n.occasion for n in found.reminders} == {"deadline"}  # still within catch-up
    last = plan(utc(2027, 5, 21, 7))
    assert {n.occasion for n in last.reminders} == {"last"}


def test_work_older_than_the_catch_up_window_is_dropped() -> None:
    assert not plan(utc(2027, 5, 21, 7) + timedelta(days=7, minutes=1))


def test_occasions_before_the_round_opened_do_not_count() -> None:
    late_open = Round(**{**ROUND.model_dump(), "opened_at": utc(2027, 5, 3, 9)})
    assert not plan(utc(2027, 5, 4, 7), round_=late_open)  # "first" was before the opening
    assert {n.occasion for n in plan(utc(2027, 5, 11, 7), round_=late_open).reminders} == {"second"}
