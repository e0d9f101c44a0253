"""A reminder's plain-text fallback (notifications, screen readers) says what its blocks say."""

from datetime import date

from bot.views.reminders import reminder_blocks
from workflows.dates.halfyear import HalfYear
from workflows.reminders.content import ActionLine, ReminderContent


def _content(occasion: str, done: bool = False) -> ReminderContent:
    return ReminderContent(
        round_id=1,
        person_id=1,
        person_name="Anna",
        half_year=HalfYear(2027, 1),
        deadline=date(2027, 5, 19),
        occasion=occasion,
        actions=(ActionLine(1, "2.4", "Uitbreiding", "on_track", "Loopt.", done=done),),
    )


def test_before_the_deadline_it_names_the_deadline() -> None:
    text, _ = reminder_blocks(_content("first"))
    assert "uiterlijk woensdag 19 mei 2027" in text and "2.4" in text


def test_after_the_deadline_it_says_the_deadline_passed() -> None:
    text, _ = reminder_blocks(_content("last"))
    assert "verstreken" in text and "uiterlijk" not in text


def test_when_everything_is_in_it_says_thank_you() -> None:
    text, _ = reminder_blocks(_content("first", done=True))
    assert "Alles is binnen" in text and "Acties" not in text
