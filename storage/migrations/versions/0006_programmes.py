"""several programmes in one database: a slug per programme, its own coordinators, channel links

Revision ID: 0004_programmes
Revises: 0005_report
Create Date: 2026-12-02 12:00:00

Until now a database held one programme and ``person.is_coordinator`` made someone coordinator
of it. Each programme now gets a unique ``slug`` (made from its name, as the code makes it), an
optional digest channel, the moment of its previous import (a Slack update after it wins over
an older file), its own coordinators (``programmecoordinator``; everyone marked coordinator is
carried over as coordinator of every existing programme, so a single-programme database works
as before) and the channels linked to it (``channellink``). Written with plain table stubs (not
storage.models) so that it stays right when the models change later.
"""

import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_programmes"
down_revision: str | None = "0005_report"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

programme = sa.table(
    "programme", sa.column("id", sa.Integer), sa.column("name", sa.String),
    sa.column("slug", sa.String),
)  # fmt: skip
person = sa.table("person", sa.column("id", sa.Integer), sa.column("is_coordinator", sa.Boolean))
programme_coordinator = sa.table(
    "programmecoordinator", sa.column("programme_id", sa.Integer),
    sa.column("person_id", sa.Integer),
)  # fmt: skip


def _slug(name: str) -> str:
    """The same rule as workflows.programme.slugs.slug_for (kept here: migrations are frozen)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:50] or "programma"


def upgrade() -> None:
    op.add_column("programme", sa.Column("slug", sa.String(length=60), nullable=True))
    op.add_column("programme", sa.Column("digest_channel", sa.String(length=40), nullable=True))
    op.add_column("programme", sa.Column("imported_at", sa.DateTime(timezone=True), nullable=True))
    connection = op.get_bind()
    taken: set[str] = set()
    rows = connection.execute(sa.select(programme.c.id, programme.c.name).order_by(programme.c.id))
    for programme_id, name in rows.all():
        base = _slug(name or "")
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        connection.execute(
            programme.update().where(programme.c.id == programme_id).values(slug=slug)
        )
    if connection.dialect.name != "sqlite":
        # SQLite would have to rebuild the table, which its foreign keys forbid; there the
        # column stays nullable in the schema and the code always fills it.
        op.alter_column("programme", "slug", existing_type=sa.String(length=60), nullable=False)
    op.create_index("ix_programme_slug", "programme", ["slug"], unique=True)
    op.create_table(
        "programmecoordinator",
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.ForeignKeyConstraint(["programme_id"], ["programme.id"]),
        sa.PrimaryKeyConstraint("programme_id", "person_id"),
    )
    op.create_table(
        "channellink",
        sa.Column("channel_id", sa.String(length=40), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["programme_id"], ["programme.id"]),
        sa.PrimaryKeyConstraint("channel_id"),
    )
    op.create_index("ix_channellink_programme_id", "channellink", ["programme_id"])
    coordinators = connection.execute(
        sa.select(person.c.id).where(person.c.is_coordinator.is_(True))
    ).all()
    programme_ids = connection.execute(sa.select(programme.c.id)).all()
    pairs = [{"programme_id": p, "person_id": c} for (p,) in programme_ids for (c,) in coordinators]
    if pairs:
        connection.execute(programme_coordinator.insert(), pairs)


def downgrade() -> None:
    op.drop_index("ix_channellink_programme_id", table_name="channellink")
    op.drop_table("channellink")
    op.drop_table("programmecoordinator")
    op.drop_index("ix_programme_slug", table_name="programme")
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): a rebuilt table would break its keys.
    for column in ("imported_at", "digest_channel", "slug"):
        op.drop_column("programme", column)
