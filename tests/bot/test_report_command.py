"""``/woonzorg rapport`` through the bot core: ack at once, compile and upload after it, the
channel or the DM, every failure a Dutch message."""

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from sqlalchemy.engine import Engine

from bot.outcomes import Caller, Later, Reply
from storage.db import session_scope
from tests.support.botkit import Harness, make_harness
from tests.support.doubles import RecordingNotifier
from tests.support.report_history import build_history
from workflows.ports.notify import DeliveryError

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
SUMMARY = "6 acties, 3 updates ontvangen, 1 vertraagd"


@dataclass
class OpeningNotifier(RecordingNotifier):
    """Opens every uploaded .docx while it still exists; some targets refuse uploads."""

    refuse: dict[str, DeliveryError] = field(default_factory=dict)
    opened: list[docx.document.Document] = field(default_factory=list)

    def upload_file(self, channel: str, path: Path, title: str, comment: str) -> None:
        if channel in self.refuse:
            raise self.refuse[channel]
        self.opened.append(docx.Document(str(path)))
        super().upload_file(channel, path, title, comment)


@pytest.fixture
def harness(sqlite_engine: Engine) -> Harness:
    with session_scope(sqlite_engine) as session:
        build_history(session)
    harness = make_harness(sqlite_engine, NOW, build=False)
    harness.notifier = harness.bot.notifier = OpeningNotifier()  # type: ignore[misc]
    return harness


def _ask(harness: Harness, text: str, *, who: str = "U0COCO", channel: str = "C0TEST") -> Later:
    (outcome,) = harness.bot.command(text, Caller(user_id=who, channel_id=channel))
    assert isinstance(outcome, Later), outcome
    return outcome


def test_coordinator_gets_the_docx_in_the_channel_with_the_summary(harness: Harness) -> None:
    later = _ask(harness, "rapport tweede helft 2026")
    assert later.ack.text == (
        "Ik stel de voortgangsrapportage over de 2e helft 2026 op. "
        "Het bestand verschijnt zo in dit kanaal."
    )
    assert harness.notifier.sent == []  # nothing compiled before the ack
    done = later.work()
    assert isinstance(done, Reply)
    assert done.text == (
        f"De voortgangsrapportage over de 2e helft 2026 staat in <#C0TEST>: {SUMMARY}."
    )
    # the council version in the channel, the internal one (names) to the coordinator alone
    upload, internal = harness.notifier.sent
    assert (upload.kind, upload.to) == ("file", "C0TEST")
    assert (internal.kind, internal.to) == ("file", "U0COCO")
    assert internal.ref is not None and internal.ref.endswith("-2026-H2-intern.docx")
    title, comment = upload.text.split(": ", 1)  # the double records "title: comment"
    assert title == "Voortgangsrapportage 2e helft 2026"
    assert comment == f"De voortgangsrapportage over de 2e helft 2026 is klaar: {SUMMARY}."
    assert upload.ref is not None and upload.ref.endswith("voortgangsrapportage-2026-H2.docx")
    assert not Path(upload.ref).exists()  # the temporary file is gone after the upload
    document, internal_document = harness.notifier.opened  # type: ignore[attr-defined]
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "Actielijn 2: Werken aan perspectief" in headings
    texts = [p.text for p in document.paragraphs]
    assert "Ontbrekende updates" not in texts  # internal bookkeeping stays internal
    assert "Ontbrekende updates" in [p.text for p in internal_document.paragraphs]


def test_asked_in_a_dm_it_goes_to_the_dm(harness: Harness) -> None:
    later = _ask(harness, "rapport 2026-H2", channel="D0COCO")
    assert "in je privéberichten met mij" in later.ack.text
    done = later.work()
    assert done is not None
    assert done.text == (
        "De voortgangsrapportage over de 2e helft 2026 staat in je privéberichten met mij: "
        f"{SUMMARY}."
    )
    assert [(s.kind, s.to) for s in harness.notifier.sent] == [("file", "U0COCO")] * 2


def test_a_channel_the_bot_is_not_in_falls_back_to_the_dm(harness: Harness) -> None:
    refuse = harness.notifier.refuse  # type: ignore[attr-defined]
    refuse["C0TEST"] = DeliveryError("not_in_channel", permanent=True)
    done = _ask(harness, "rapport 2026-H2").work()
    assert done is not None and "nodig mij uit met /invite" in done.text and SUMMARY in done.text
    assert [(s.kind, s.to) for s in harness.notifier.sent] == [("file", "U0COCO")] * 2


def test_an_upload_that_fails_everywhere_is_told_in_dutch(harness: Harness) -> None:
    for target in ("C0TEST", "U0COCO"):
        harness.notifier.refuse[target] = DeliveryError("ratelimited")  # type: ignore[attr-defined]
    done = _ask(harness, "rapport 2026-H2").work()
    assert done is not None
    assert done.text.startswith("Het rapport over de 2e helft 2026 is opgesteld, maar Slack nam")
    assert "(ratelimited)" in done.text


def test_a_bad_half_year_is_quoted_back_at_once(harness: Harness) -> None:
    (outcome,) = harness.bot.command("rapport volgend jaar", Caller(user_id="U0COCO"))
    assert isinstance(outcome, Reply)
    assert outcome.text.startswith("'volgend jaar' is geen halfjaar of datum.")


def test_non_coordinators_are_refused_politely(harness: Harness) -> None:
    (outcome,) = harness.bot.command("rapport", Caller(user_id="U0ANNA", channel_id="C0TEST"))
    assert isinstance(outcome, Reply) and not isinstance(outcome, Later)
    assert "coördinator" in outcome.text and "rapport" in outcome.text
    assert harness.notifier.sent == []


def test_errors_while_compiling_reach_the_coordinator(sqlite_engine: Engine) -> None:
    harness = make_harness(sqlite_engine, NOW, coordinators=["U0COCO"], build=False)
    done = _ask(harness, "rapport").work()  # no programme imported yet
    assert done is not None and "Er is nog geen uitvoeringsprogramma geladen" in done.text
