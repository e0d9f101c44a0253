"""the editorial review, the coordinators' own report texts, and spending recorded in Slack

Revision ID: 0009_editorial
Revises: 0008_installations
Create Date: 2026-12-03 12:00:00

``reporttext`` learns which update it reviewed (``update_id``: a newer update from the owner
makes the review stale), whether the editor rewrote the text (``edited``) and the question of a
"Terugsturen" (``sent_back_at``, ``sent_back_by_id``, ``question``). New tables:
``reportsection`` (a coordinator's introduction, or text per actielijn, per programme and
half-year) and ``spending`` (amounts spent, recorded with ``/woonzorg besteed``; the sums stay
in ``action.spent``/``spent_years``). Existing rows stay valid: every new column is nullable or
has a default. Self-contained: no import of storage.models.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.types

revision: str = "0009_editorial"
down_revision: str | None = "0008_installations"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # reporttext is referenced by no other table, so SQLite's batch copy is safe here.
    with op.batch_alter_table("reporttext", schema=None) as batch_op:
        batch_op.add_column(sa.Column("update_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("edited", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("sent_back_at", storage.types.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("sent_back_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("question", sa.Text(), nullable=True))
        batch_op.create_foreign_key(
            "fk_reporttext_update_id", "statusupdate", ["update_id"], ["id"]
        )
        batch_op.create_foreign_key(
            "fk_reporttext_sent_back_by_id", "person", ["sent_back_by_id"], ["id"]
        )
    op.create_table(
        "reportsection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("half_year", sqlmodel.sql.sqltypes.AutoString(length=7), nullable=False),
        sa.Column("part", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("edited_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("edited_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["programme_id"], ["programme.id"]),
        sa.ForeignKeyConstraint(["theme_id"], ["theme.id"]),
        sa.ForeignKeyConstraint(["edited_by_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("programme_id", "half_year", "part"),
    )
    op.create_index(
        op.f("ix_reportsection_programme_id"), "reportsection", ["programme_id"], unique=False
    )
    op.create_table(
        "spending",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.ForeignKeyConstraint(["action_id"], ["action.id"]),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_spending_action_id"), "spending", ["action_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_spending_action_id"), table_name="spending")
    op.drop_table("spending")
    op.drop_index(op.f("ix_reportsection_programme_id"), table_name="reportsection")
    op.drop_table("reportsection")
    with op.batch_alter_table("reporttext", schema=None) as batch_op:
        batch_op.drop_constraint("fk_reporttext_sent_back_by_id", type_="foreignkey")
        batch_op.drop_constraint("fk_reporttext_update_id", type_="foreignkey")
        for column in ("question", "sent_back_by_id", "sent_back_at", "edited", "update_id"):
            batch_op.drop_column(column)
