"""The command line's own words (help screens, usage errors) are Dutch, not Click's English."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.cli.dutch import translate

runner = CliRunner()

ENGLISH = ("Usage", "Show this message", "Options", "Commands", "Arguments", "required", "Try ")


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args), env={"COLUMNS": "120"}, prog_name="woonzorg")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.output


@pytest.mark.parametrize("args", [["--help"], ["import", "--help"], ["rapport", "--help"]])
def test_help_screens_are_dutch(args: list[str]) -> None:
    output = _run(*args)
    assert "Gebruik: woonzorg" in output
    assert "Toon deze hulp en stop." in output
    assert [word for word in ENGLISH if word in output] == []


def test_help_names_panels_and_placeholders_in_dutch() -> None:
    output = _run("import", "--help")
    assert "Argumenten:" in output and "Opties:" in output
    assert "{BESTAND}" in output and "[verplicht]" in output
    assert "Opdrachten:" in _run("--help")


def test_the_list_of_commands_shows_each_first_paragraph_whole() -> None:
    output = " ".join(_run("--help").split())
    assert "Opnieuw importeren werkt acties bij op Nr." in output
    assert "(veilig om vaker te draaien, bijvoorbeeld vanuit cron)." in output


def test_the_command_alone_shows_the_help() -> None:
    result = runner.invoke(app, [], env={"COLUMNS": "120"}, prog_name="woonzorg")
    assert result.exit_code == 2
    assert "Gebruik: woonzorg" in result.output and "Opdrachten:" in result.output


@pytest.mark.parametrize(
    ("args", "dutch"),
    [
        (["import"], "Het argument 'BESTAND' ontbreekt."),
        (["foo"], "De opdracht 'foo' bestaat niet."),
        (["impot"], "De opdracht 'impot' bestaat niet. Bedoelde je 'import'?"),
        (["rapport", "--bogus"], "De optie '--bogus' bestaat niet."),
        (["rapport", "a", "b", "c"], "Te veel argumenten: b c."),
        (["tick", "--now"], "De optie '--now' heeft een waarde nodig."),
    ],
)
def test_usage_errors_are_dutch(args: list[str], dutch: str) -> None:
    output = _run(*args)
    assert dutch in output
    assert "Fout" in output
    english = ("Error", "Missing", "No such", "Got ", "Try ")
    assert [word for word in english if word in output] == []


def test_an_unknown_english_message_is_shown_unchanged() -> None:
    assert translate("Something new from Click.") == "Something new from Click."
    assert translate("Invalid value for '--x': 'a' is not a valid integer.") == (
        "Ongeldige waarde voor '--x': 'a' is geen geldige waarde."
    )
