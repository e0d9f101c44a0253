"""The terminal console, tested by transcript: whole dialogues in, the printed text out."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

from rich.console import Console
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.console.adapters import ConsoleDirectory, ConsoleNotifier
from bot.console.app import build_session, piped_reader
from storage.db import session_scope
from storage.models import StatusUpdate
from tests.support.doubles import fixed_clock
from tests.support.factories import small_programme
from workflows.programme.mentions import everyone
from workflows.settings import Settings


def transcript(
    engine: Engine, now: datetime, lines: list[str], downloads: Path | None = None
) -> str:
    """Run the console on these input lines (as if piped) and return everything printed."""
    out = Console(file=io.StringIO(), width=250, color_system=None, highlight=False)
    stream = io.StringIO("".join(line + "\n" for line in lines))
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    session = build_session(
        settings, engine, out, piped_reader(stream, out), fixed_clock(now), downloads
    )
    session.run()
    return out.file.getvalue()  # type: ignore[attr-defined]


def test_switching_people_and_reading(sqlite_engine: Engine, now: datetime) -> None:
    with session_scope(sqlite_engine) as s:
        small_programme(s)
    text = transcript(
        sqlite_engine,
        now,
        [
            "/wie",
            "/als @anna",
            "/woonzorg mijn",
            "overzicht actielijn 2",
            "/als @zorro",
            "stop",
            "/woonzorg mijn",
        ],
    )
    assert "Coco> /wie" in text and "@anna  Anna" in text
    assert "Je bent nu Anna." in text
    assert "Anna> /woonzorg mijn" in text and "[1] Update geven" in text
    assert "2.4 Uitbreiding aanbod tussen-/vervolgvoorzieningen" in text
    assert "Overzicht actielijn 2. Werken aan perspectief" in text
    assert "Ik ken niemand die 'zorro' heet. Bekende namen: Anna, Bert, Coco," in text
    assert "voeg ik" not in text
    assert text.rstrip().endswith("Tot ziens!")
    assert text.count("Anna> /woonzorg mijn") == 1  # nothing read after "stop"


def test_button_opens_modal_filled_at_prompts(sqlite_engine: Engine, now: datetime) -> None:
    with session_scope(sqlite_engine) as s:
        small_programme(s)
    text = transcript(
        sqlite_engine,
        now,
        [
            "/als @anna",
            "mijn",
            "2",  # "Update geven" on 2.4
            "vertraagd",  # status by its label
            "",  # text: empty, and nothing to keep -> the modal says so
            "twaalf",  # quantity: not a number
            "",  # knelpunt
            "",  # bijsturing
            "j",  # help needed
            "Bouw start later.\\nTweede regel.",  # asked again: text, on two lines
            "12,5",  # asked again: quantity
            "Aannemer failliet.",  # asked again: the knelpunt, required when vertraagd
            "Nieuwe aannemer gezocht.",  # asked again: the bijsturing
            "/woonzorg actie 2.4",
        ],
    )
    assert "Formulier: Update 2.4" in text
    assert "Heb je hulp nodig van de coördinator? (j/n, Enter = nee): j" in text
    assert "Niet opgeslagen. Verbeter dit:" in text
    assert "  Stand van zaken: Vul de stand van zaken in." in text
    assert "  Gerealiseerd aantal: 'twaalf' is geen aantal." in text
    assert "Geef bij deze status de reden op (het knelpunt)." in text
    assert "text:" not in text and "quantity:" not in text  # never the internal block ids
    assert "Dank je! Je update voor actie 2.4" in text and "Gerealiseerd: 12,5." in text
    assert "DM aan Coco" in text and "Anna vraagt hulp bij actie 2.4" in text
    assert (
        "🔴 vertraagd: Bouw start later. Tweede regel. · gerealiseerd: 12,5 "
        "(reden statuswijziging: Aannemer failliet.) (hulp gevraagd)" in text
    )
    with session_scope(sqlite_engine) as s:
        [update] = s.exec(select(StatusUpdate)).all()
        assert (update.source, update.status, update.help_needed) == ("console", "delayed", True)
        assert update.text == "Bouw start later.\nTweede regel."


def test_enter_keeps_prefilled_values_and_end_of_input_cancels(
    sqlite_engine: Engine, now: datetime
) -> None:
    with session_scope(sqlite_engine) as s:
        small_programme(s)
    text = transcript(
        sqlite_engine,
        now,
        ["/als @anna", "update 1.1", "", "", "", "", "", "update 1.1", "3"],  # ends mid-modal
    )
    assert "Status (Enter = op schema):" in text
    assert "Nu: Pilot Vroeg eropaf loopt in Dordt West." in text
    assert "Status: 🟢 op schema." in text
    assert text.rstrip().endswith("Formulier geannuleerd; er is niets opgeslagen.\nTot ziens!")
    with session_scope(sqlite_engine) as s:
        [update] = s.exec(select(StatusUpdate)).all()
        assert update.text == "Pilot Vroeg eropaf loopt in Dordt West."


def test_a_command_typed_in_a_form_cancels_it_and_runs(
    sqlite_engine: Engine, now: datetime
) -> None:
    with session_scope(sqlite_engine) as s:
        small_programme(s)
    text = transcript(
        sqlite_engine,
        now,
        [
            "/als @anna",
            "/woonzorg update 2.4",
            "/woonzorg actie 2.4",  # at the status prompt: cancels the form, then runs
            "/woonzorg update 2.4",
            "",  # status kept
            "/home",  # at the text prompt
            "/woonzorg update 2.4",
            "/stop",
            "/woonzorg mijn",  # never read
        ],
    )
    assert text.count("Formulier geannuleerd; er is niets opgeslagen.") == 3
    assert "Kies een nummer" not in text
    assert "Anna> /woonzorg actie 2.4" not in text  # it ran from the form's prompt
    assert "2.4 Uitbreiding aanbod tussen-/vervolgvoorzieningen" in text
    assert "App Home" in text
    assert "/woonzorg mijn" not in text and text.rstrip().endswith("Tot ziens!")
    with session_scope(sqlite_engine) as s:
        assert s.exec(select(StatusUpdate)).all() == []


def test_status_words_are_accepted_at_the_status_prompt(
    sqlite_engine: Engine, now: datetime
) -> None:
    with session_scope(sqlite_engine) as s:
        small_programme(s)
    text = transcript(
        sqlite_engine,
        now,
        [
            "/als @anna",
            "update 2.4",
            "paars",
            "ROOD",
            "Loopt later.",
            "",
            "Geen locatie.",
            "Zoeken.",
            "n",
        ],
    )
    assert text.count("Kies een nummer van 1 tot 6, of typ een van de keuzes.") == 1  # paars
    with session_scope(sqlite_engine) as s:
        [update] = s.exec(select(StatusUpdate)).all()
        assert (update.status, update.text) == ("delayed", "Loopt later.")


def test_buttons_sent_to_someone_else_are_pressable_as_them(
    sqlite_engine: Engine, now: datetime
) -> None:
    with session_scope(sqlite_engine) as s:
        small_programme(s)
    text = transcript(
        sqlite_engine,
        now,
        [
            "ronde start 2026-H1 deadline 15-06-2026",
            "herinner iedereen",  # DMs to Anna and Bert, with buttons Coco cannot press
            "1",
            "status 1.2 rood Vergunning ligt stil.",  # Bert's reminder: done, no buttons left
            "/als @anna",
            "2",  # "Geen wijziging" on 1.1 in Anna's reminder
            "/als @bert",
        ],
    )
    assert "╰─ knoppen indrukken: /als @anna" in text
    assert "╰─ knoppen indrukken: /als @bert" in text
    assert "Er is geen knop 1." in text
    assert "DM aan Bert bijgewerkt" in text and "U0BERT" not in text
    assert "Je bent nu Anna.\n╭─ DM aan jou (eerder gestuurd), met knoppen om te drukken" in text
    assert "[1] Update geven  [2] Geen wijziging" in text
    assert text.count("DM aan jou (eerder gestuurd)") == 1  # Bert's has nothing to press
    with session_scope(sqlite_engine) as s:
        updates = s.exec(select(StatusUpdate)).all()
        assert sorted((u.status, u.carried_over) for u in updates) == [
            ("delayed", False),
            ("on_track", True),
        ]


def test_refusals_and_unknown_input(sqlite_engine: Engine, now: datetime) -> None:
    with session_scope(sqlite_engine) as s:
        small_programme(s)
    text = transcript(
        sqlite_engine, now, ["/als @bert", "update 2.4 Niet van mij", "7", "/onbekend", "ronde"]
    )
    assert "Sorry, je kunt actie 2.4 niet bijwerken" in text
    assert "Er is geen knop 7." in text
    assert "In de console: /woonzorg" in text
    assert "Sorry, 'ronde' is alleen voor coördinatoren" in text


def test_user_text_is_shown_literally_and_the_report_is_kept(
    sqlite_engine: Engine, now: datetime, tmp_path: Path
) -> None:
    with session_scope(sqlite_engine) as s:
        small_programme(s)
    text = transcript(
        sqlite_engine,
        now,
        [
            "/als @anna",
            "update 1.1 [bold]geen opmaak[/bold] <!channel> & *ster*",
            "actie 1.1",
            "/als @coco",
            "rapport",
        ],
        downloads=tmp_path,
    )
    # typed once, then shown twice by "actie 1.1" (stand van zaken and history), unformatted
    assert text.count("[bold]geen opmaak[/bold] <!channel> & ") == 3
    assert "Ik stel de voortgangsrapportage" in text
    # the council version, and the internal one (names) for the coordinator alone
    report, internal = sorted(tmp_path.glob("*.docx"), key=lambda p: "intern" in p.name)
    assert "intern" in internal.name
    assert f"Opgeslagen als {report}" in text


def test_piped_demo_prints_the_overview(tmp_path: Path) -> None:
    """The README's promise: `echo "/woonzorg overzicht" | uv run woonzorg demo`."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    result = subprocess.run(
        [str(Path(sys.executable).parent / "woonzorg"), "demo", "--db", str(tmp_path / "demo.db")],
        input="/woonzorg overzicht\n/woonzorg digest\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**env, "COLUMNS": "100", "WOONZORG_DIGEST_CHANNEL": "#echt-kanaal"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Het demoprogramma 'Van opvang naar wonen' is geladen" in out
    assert "Overzicht: Van opvang naar wonen" in out
    assert "1. Voorkomen dat mensen dakloos raken" in out
    assert "op schema" in out and "Updateronde" in out
    # the digest goes to the demo's own channel, printed; the configured one is left alone
    assert "bericht in #woonzorg-demo" in out and "Weekoverzicht Van opvang naar wonen" in out
    assert "Het weekoverzicht is geplaatst in #woonzorg-demo." in out and "##" not in out
    assert "echt-kanaal" not in out
    assert out.rstrip().endswith("Tot ziens!")
    assert "Traceback" not in result.stderr


def test_demo_in_a_missing_folder_says_so(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from bot.cli import app

    result = CliRunner().invoke(app, ["demo", "--db", str(tmp_path / "nope" / "demo.db")])
    assert result.exit_code == 1
    assert f"De map {tmp_path / 'nope'} bestaat niet" in result.output


def test_numbers_stay_pressable_after_a_button_answer_and_dms_show_again(
    sqlite_engine: Engine, now: datetime
) -> None:
    with session_scope(sqlite_engine) as s:
        small_programme(s)
    text = transcript(
        sqlite_engine,
        now,
        [
            "ronde start 2026-H1 deadline 15-06-2026",
            "herinner iedereen",
            "/als @anna",
            "2",  # "Geen wijziging" on 1.1: the reminder is updated, its buttons numbered on
            "5",  # "Geen wijziging" on 2.4, by its number in the first version
            "/als @coco",
            "/als @anna",  # the reminder is shown again, in its latest version
        ],
    )
    assert "Er is geen knop" not in text
    assert "Actie 2.4 heeft nog geen stand van zaken om over te nemen." in text
    assert text.count("Je bent nu Anna.\n╭─ DM aan jou (eerder gestuurd)") == 2
    last = text.rsplit("DM aan jou (eerder gestuurd)", 1)[1]
    assert "✅ 1.1 Programma Armoede en schulden: update ontvangen" in last
    assert "[1] Update geven  [2] Geen wijziging" in last
    with session_scope(sqlite_engine) as s:
        [update] = s.exec(select(StatusUpdate)).all()
        assert update.carried_over


def test_dms_sent_from_many_threads_each_get_their_own_number(sqlite_engine: Engine) -> None:
    """Reminders go out from 32 sender threads: no two DMs may share a ref, or the one kept
    for its recipient replaces the other."""
    with session_scope(sqlite_engine) as s:
        small_programme(s)
    out = Console(file=io.StringIO(), width=100, color_system=None)
    notifier = ConsoleNotifier(out, ConsoleDirectory(sqlite_engine))
    anna = next(
        c.slack_id for c in everyone(engine=sqlite_engine, workspace_id="") if c.name == "Anna"
    )
    assert anna is not None
    blocks = [{"type": "actions", "elements": [{"type": "button", "text": {"text": "Later"}}]}]
    with ThreadPoolExecutor(max_workers=32) as pool:
        refs = list(pool.map(lambda i: notifier.send_dm(anna, f"DM {i}", blocks), range(200)))
    assert len(set(refs)) == 200
    assert len(notifier.waiting_for(anna)) == 200


def test_actions_by_title_and_overview_filters(sqlite_engine: Engine, now: datetime) -> None:
    with session_scope(sqlite_engine) as s:
        small_programme(s)
    text = transcript(
        sqlite_engine,
        now,
        [
            "ronde start 2026-H1 deadline 15-06-2026",
            "actie convenant PREVENTIE",  # one title matches: that action
            "actie ui",  # three titles match: all listed
            "actie kabouter",
            "overzicht ontbreekt",
            "overzicht op schema gereed",
            "overzicht nog niet gestart ontbreekt @bert",
        ],
    )
    assert "Actie 1.2: Convenant preventie huisuitzettingen" in text
    assert "3 acties hebben 'ui' in de titel:" in text
    assert "│ 2.5 Gebruikersruimte  " in text
    assert "Kies er een met /woonzorg actie CODE, bijvoorbeeld /woonzorg actie 1.2." in text
    assert "Ik vind geen actie met code of titel 'kabouter'." in text
    missing = text.split("Coco> overzicht ontbreekt")[1].split("Coco>")[0]
    assert "Acties waarvan de update voor deze ronde ontbreekt" in missing
    assert (
        "1.1 Programma" in missing and "1.2 Convenant" in missing and "2.4 Uitbreiding" in missing
    )
    assert "2.5" not in missing  # done: no update expected
    both = text.split("Coco> overzicht op schema gereed")[1].split("Coco>")[0]
    assert "Acties met status op schema of gereed" in both
    assert "1.1 Programma" in both and "2.5 Gebruikersruimte" in both and "1.2" not in both
    assert "Acties van Bert met status nog niet gestart zonder update voor deze ronde" in text
