"""``upgrade`` skips Alembic when the version table already names HEAD_REVISION."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from storage.db import get_engine
from storage.migrate import HEAD_REVISION, at_head, head_revision, upgrade


def test_head_revision_constant_matches_the_newest_migration(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'head.db'}")
    assert head_revision(engine) == HEAD_REVISION


def test_a_new_database_is_migrated_then_recognised_at_head(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'new.db'}")
    assert not at_head(engine)  # no version table yet
    assert upgrade(engine) is True
    assert at_head(engine)
    assert upgrade(engine) is False


def test_an_older_database_is_not_taken_for_head(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert not at_head(engine)
