"""Counts in user text agree with their noun and verb: "1 actie", "1 regiehouder is"."""

from __future__ import annotations

from datetime import date

from bot.views.lists import more_line
from bot.views.overview import round_text
from bot.views.reminders import escalation_blocks, unreachable_blocks
from storage.models import Person
from workflows import messages
from workflows.dates.halfyear import HalfYear
from workflows.messages import ACTIONS, OWNERS, form, plural
from workflows.programme.mentions import _known_names
from workflows.programme.overview import RoundState
from workflows.reminders.content import ActionLine, EscalationContent, LateOwner
from workflows.reminders.manual import remind_result
from workflows.reminders.tick_report import TickReport


def test_plural_helper() -> None:
    assert [plural(n, *ACTIONS) for n in (0, 1, 2)] == ["0 acties", "1 actie", "2 acties"]
    assert plural(1, *OWNERS) == "1 regiehouder" and form(1, "is", "zijn") == "is"


def test_single_counts_in_views_are_singular() -> None:
    assert "… en nog 1 actie die hier niet past." in str(more_line(1))
    assert "… en nog 2 acties die hier niet passen." in str(more_line(2))
    state = RoundState(HalfYear(2026, 1), date(2026, 5, 15), received=0, expected=1, days_left=1)
    assert round_text(state) == (
        "Updateronde 1e helft 2026: *0 van 1* update binnen, deadline vrijdag 15 mei 2026 "
        "(nog 1 dag)."
    )
    line = ActionLine(action_id=1, code="1.2", title="Convenant", status="on_track", status_text="")
    content = EscalationContent(
        half_year=HalfYear(2026, 1),
        deadline=date(2026, 5, 15),
        late=(LateOwner(name="Bert", slack_id="U0BERT", codes=("1.1",)),),
        unreachable=(line,),
        received=1,
        expected=3,
    )
    text, blocks = escalation_blocks(content)
    assert text == "Deadline 1e helft 2026 verstreken: 1 regiehouder is nog niet binnen."
    assert "1 van 3 updates is binnen." in str(blocks)
    assert unreachable_blocks(content)[0] == "1 actie heeft geen bereikbare regiehouder."


def test_remind_result_counts() -> None:
    assert remind_result(TickReport(sent=["k1"])) == "Herinnering verstuurd aan 1 regiehouder."
    failed = TickReport(sent=["k1", "k2"], failed=["k3"])
    assert remind_result(failed) == (
        "Herinnering verstuurd aan 2 regiehouders. 1 herinnering kon niet worden verstuurd; "
        "ik probeer het later opnieuw."
    )


def test_names_and_report_counts() -> None:
    people = [Person(name=f"Naam{i:02d}", email=f"p{i}@x.nl") for i in range(13)]
    assert _known_names(people).endswith("Naam11 en 1 ander")
    assert _known_names([*people, Person(name="Zoë")]).endswith(" en 2 anderen")
    text = messages.REPORT_TEXT_CHANGES.format(changed=1, total=plural(1, *ACTIONS), unchanged=0)
    assert text.startswith("Bij 1 van de 1 actie is de stand van zaken gewijzigd")
