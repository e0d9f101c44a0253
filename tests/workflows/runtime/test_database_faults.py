"""A database that can never work as configured is named as such, not "probeer het zo nog eens";
a locked or unreachable database still is a temporary fault."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from tests.conftest import PG_ADMIN_DSN
from workflows.errors import DatabaseMisconfigured, Unavailable
from workflows.runtime.database import engine_for
from workflows.runtime.faults import permanent_fault
from workflows.settings import Settings

RETRY = "probeer het zo nog eens"


def _misconfigured(url: str) -> str:
    with pytest.raises(DatabaseMisconfigured) as caught:
        engine_for(Settings(_env_file=None, DATABASE_URL=url))  # type: ignore[call-arg]
    assert RETRY not in str(caught.value)
    return caught.value.detail


def test_a_sqlite_file_in_a_missing_folder_names_the_folder(tmp_path: Path) -> None:
    message = _misconfigured(f"sqlite:///{tmp_path}/nergens/woonzorg.db")
    assert f"de map {tmp_path}/nergens bestaat niet" in message
    assert not (tmp_path / "nergens").exists()


def test_a_sqlite_url_naming_a_folder_says_so(tmp_path: Path) -> None:
    assert f"wijst naar de map {tmp_path}" in _misconfigured(f"sqlite:///{tmp_path}")


def test_a_file_that_is_not_sqlite_is_named(tmp_path: Path) -> None:
    notes = tmp_path / "notities.txt"
    notes.write_text("boodschappen\n" * 200, encoding="utf-8")
    assert f"{notes} is geen SQLite-database" in _misconfigured(f"sqlite:///{notes}")
    assert notes.read_text(encoding="utf-8") == "boodschappen\n" * 200


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs a read-only folder (/proc)")
def test_a_folder_that_cannot_be_written_is_named() -> None:
    message = _misconfigured("sqlite:////proc/woonzorg.db")
    assert "/proc is alleen-lezen of je hebt er geen schrijfrechten" in message


def test_a_postgres_database_that_does_not_exist_names_host_and_database() -> None:
    try:
        with psycopg.connect(PG_ADMIN_DSN, connect_timeout=3):
            pass
    except psycopg.Error:
        pytest.skip("PostgreSQL not available")
    base = PG_ADMIN_DSN.rsplit("/", 1)[0]
    message = _misconfigured(f"{base}/bestaat_niet_xyz")
    assert "'bestaat_niet_xyz'" in message and "die database bestaat niet" in message


def _fault(url: str, error: str) -> str | None:
    orig = psycopg.OperationalError(error)
    return permanent_fault(make_url(url), OperationalError("connect", {}, orig))


def test_a_refused_postgres_login_is_permanent_and_hides_the_password() -> None:
    url = "postgresql+psycopg://woonzorg:geheim@db.example.nl:6543/woonzorg"
    message = _fault(url, 'FATAL:  password authentication failed for user "woonzorg"')
    assert message is not None
    assert "db.example.nl:6543" in message and "wachtwoord klopt niet" in message
    assert "geheim" not in message


@pytest.mark.parametrize(
    ("url", "error"),
    [
        ("sqlite:///{tmp}/woonzorg.db", "database is locked"),
        ("postgresql+psycopg://u@db:5432/w", "connection refused\n\tIs the server running"),
        ("postgresql+psycopg://u@db:5432/w", "server closed the connection unexpectedly"),
    ],
)
def test_a_locked_or_down_database_stays_a_temporary_fault(
    url: str, error: str, tmp_path: Path
) -> None:
    assert _fault(url.format(tmp=tmp_path), error) is None
    assert issubclass(DatabaseMisconfigured, Unavailable)  # existing "cannot reach" paths cope


def test_a_constraint_error_is_never_taken_for_configuration(tmp_path: Path) -> None:
    from sqlalchemy.exc import IntegrityError

    url = make_url(f"sqlite:///{tmp_path}/weg/woonzorg.db")  # even with a missing folder
    error = IntegrityError("insert", {}, Exception("UNIQUE constraint failed: notification.key"))
    assert permanent_fault(url, error) is None
