"""The reminder's Dutch: first names, the deadline day itself, how "Later" works."""

from datetime import date

from bot.views.reminders import reminder_blocks
from workflows.dates.halfyear import HalfYear
from workflows.reminders.content import ActionLine, ReminderContent


def _content(occasion: str, deadline: date, name: str = "Anna Jansen (demo)") -> ReminderContent:
    return ReminderContent(
        round_id=1,
        person_id=1,
        person_name=name,
        half_year=HalfYear(2027, 1),
        deadline=deadline,
        occasion=occasion,
        actions=(ActionLine(1, "2.4", "Uitbreiding", "on_track", "Loopt."),),
    )


def _intro(content: ReminderContent) -> str:
    _, blocks = reminder_blocks(content)
    return str(blocks[1]["text"]["text"])


def test_the_deadline_day_says_today_and_greets_by_first_name() -> None:
    intro = _intro(_content("deadline", date(2027, 5, 19)))  # a Wednesday
    assert intro.startswith("Hoi Anna, vandaag (woensdag 19 mei 2027) is de deadline")
    assert "bijna daar" not in intro


def test_a_weekend_deadline_is_announced_the_working_day_before() -> None:
    intro = _intro(_content("deadline", date(2027, 5, 23)))  # a Sunday
    assert "vandaag" not in intro and "uiterlijk zondag 23 mei 2027" in intro


def test_an_email_address_is_kept_whole_and_later_is_explained() -> None:
    content = _content("first", date(2027, 5, 19), name="anna@example.org")
    _, blocks = reminder_blocks(content)
    assert _intro(content).startswith("Hoi anna@example.org,")
    assert "Met *Later* krijg je de volgende werkdag opnieuw een herinnering." in str(blocks)
