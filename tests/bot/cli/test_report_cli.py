"""``woonzorg rapport``: any Dutch half-year, a short Dutch summary, Dutch errors, no tracebacks."""

from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from bot.cli import app
from storage.db import get_engine, session_scope
from tests.support.report_history import build_history

runner = CliRunner()


@pytest.fixture
def history_env(sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    with session_scope(get_engine(sqlite_url)) as session:
        build_history(session)
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    out = tmp_path / "uit"
    out.mkdir()
    monkeypatch.chdir(out)
    return out


def test_rapport_writes_markdown_for_a_dutch_half_year(history_env: Path) -> None:
    result = runner.invoke(app, ["rapport", "tweede helft 2026", "-o", "rapport.md"])
    assert result.exit_code == 0, result.output
    # Nobody reviewed the three updates: the final report says so, and how to make a concept.
    assert result.output.splitlines() == [
        "6 acties, 3 updates ontvangen, 1 vertraagd",
        "Rapport geschreven: rapport.md",
        "Let op: 3 teksten zijn nog niet goedgekeurd in de redactie (1.1, 2.4, 2.6); in deze "
        "rapportage staat daar de tekst van de regiehouder. Keur ze goed met /woonzorg redactie.",
        "Een concept waarin die teksten gemarkeerd zijn, maak je met --concept.",
    ]
    concept = runner.invoke(app, ["rapport", "tweede helft 2026", "-o", "c.md", "--concept"])
    assert concept.output.splitlines()[2:] == []  # a concept marks them instead
    assert "[concept]" in (history_env / "c.md").read_text(encoding="utf-8")
    assert "## Actielijn 1: Voorkomen dat mensen dakloos raken" in (
        history_env / "rapport.md"
    ).read_text(encoding="utf-8")


def test_rapport_defaults_to_a_docx_named_after_the_half_year(history_env: Path) -> None:
    result = runner.invoke(app, ["rapport", "31-03-2026"])
    assert result.exit_code == 0, result.output
    path = history_env / "voortgangsrapportage-2026-H1.docx"
    assert f"Rapport geschreven: {path.name}" in result.output
    subtitles = [p.text for p in docx.Document(str(path)).paragraphs if p.style.name == "Subtitle"]
    assert subtitles == ["Voortgangsrapportage 1e helft 2026"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["rapport", "derde helft 2026"], "'derde helft 2026' is geen halfjaar of datum."),
        (["rapport", "2026-H1", "-o", "rapport.pdf"], "'rapport.pdf' heeft geen bekend formaat"),
        (["rapport", "2026-H1", "-o", "weg/rapport.docx"], "de map weg bestaat niet"),
    ],
)
def test_rapport_bad_input_is_a_dutch_message(
    history_env: Path, args: list[str], message: str
) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output
    assert sorted(p.name for p in history_env.iterdir()) == []
