"""Whatever is typed after /woonzorg, the core answers in Dutch, within Block Kit's limits, and
never with the generic "something went wrong" (which would mean an unexpected exception)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.outcomes import Later, ModalErrors, OpenModal, Reply, UpdateMessage
from tests.support.botkit import Harness
from workflows import messages

WORDS = [
    "help",
    "overzicht",
    "mijn",
    "actie",
    "update",
    "status",
    "regiehouder",
    "plaatsvervanger",
    "ronde",
    "herinner",
    "digest",
    "rapport",
    "actielijn",
    "2.4",
    "1.1",
    "2.9",
    "9",
    "vertraagd",
    "op schema",
    "@anna",
    "@",
    "<@U0BERT|bert>",
    "<@U0GHOST>",
    "&lt;!channel&gt;",
    "<!here>",
    "iedereen",
    "start",
    "sluit",
    "2026-H1",
    "deadline",
    "15-05-2026",
    "x@y.nl",
    "-",
    "*",
    "`",
]
PHRASES = st.lists(
    st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), min_size=0, max_size=6
).map(" ".join)


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=PHRASES, who=st.sampled_from(["anna", "bert", "coco", "U0STRANGER"]))
def test_any_command_text_gets_a_proper_answer(harness: Harness, text: str, who: str) -> None:
    outcomes = harness.command(text, as_=who)  # the harness checks Block Kit's limits
    assert outcomes
    for outcome in outcomes:
        assert isinstance(outcome, Reply | OpenModal | UpdateMessage | ModalErrors | Later)
        if isinstance(outcome, Later):
            outcome = outcome.work() or outcome.ack
        if isinstance(outcome, Reply):
            assert outcome.text.strip()
            assert messages.BOT_GENERIC_ERROR not in outcome.text, text
