"""Settings read the environment and a .env file the way pydantic-settings did: keyword
arguments over environment variables over the .env file over the defaults, names in any case,
and a bad value fails at start with pydantic's message."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from workflows.settings import Settings


def test_keyword_over_environment_over_env_file_over_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        "# comment\nWOONZORG_SENDERS=3\nwoonzorg_reminder_hour=7\n"
        'WOONZORG_COORDINATORS="U1, U2"\nWOONZORG_LEASE_SECONDS=60\nUNRELATED=x\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("WOONZORG_REMINDER_HOUR", "8")
    monkeypatch.setenv("woonzorg_timezone", "Europe/London")
    monkeypatch.delenv("WOONZORG_SENDERS", raising=False)
    monkeypatch.delenv("WOONZORG_DIGEST_HOUR", raising=False)
    settings = Settings(_env_file=env_file, WOONZORG_LEASE_SECONDS=5)
    assert settings.senders == 3  # .env
    assert settings.reminder_hour == 8  # environment over .env
    assert settings.lease_seconds == 5  # keyword over .env
    assert settings.coordinators == ["U1", "U2"]
    assert settings.timezone == ZoneInfo("Europe/London")
    assert settings.digest_hour == 9  # default


def test_no_env_file_is_read_when_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".env").write_text("WOONZORG_SENDERS=3\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WOONZORG_SENDERS", raising=False)
    assert Settings().senders == 3
    assert Settings(_env_file=None).senders == 32


@pytest.mark.parametrize(
    ("name", "value"),
    [("WOONZORG_TIMEZONE", "Europe/Amsterdm"), ("WOONZORG_REMINDER_HOUR", "25"), ("PORT", "x")],
)
def test_a_bad_value_fails_at_start(name: str, value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError, match=name):
        Settings(_env_file=None)
