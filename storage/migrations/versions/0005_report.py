"""what the council report needs: budgets, reasons and corrections, organisations, report texts

Revision ID: 0005_report
Revises: 0004_reason
Create Date: 2026-12-02 12:00:00

Adds Action.budget/spent (EUR, with optional per-year detail as JSON), StatusUpdate.correction
(the bijsturing; StatusUpdate.reason came with 0004), Person.organisation
(the team shown in the council version of the report), and the table ``reporttext`` for texts
edited and approved in the editorial review. Every new column is nullable, so existing rows
stay valid without a default.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.types

revision: str = "0005_report"
down_revision: str | None = "0004_reason"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.add_column(sa.Column("budget", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("spent", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("budget_years", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("spent_years", sa.JSON(), nullable=True))
    with op.batch_alter_table("statusupdate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("correction", sa.Text(), nullable=True))
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("organisation", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True)
        )
    op.create_table(
        "reporttext",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("half_year", sqlmodel.sql.sqltypes.AutoString(length=7), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("edited_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("edited_by_id", sa.Integer(), nullable=True),
        sa.Column("approved_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["action_id"], ["action.id"]),
        sa.ForeignKeyConstraint(["edited_by_id"], ["person.id"]),
        sa.ForeignKeyConstraint(["approved_by_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("action_id", "half_year"),
    )
    with op.batch_alter_table("reporttext", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reporttext_action_id"), ["action_id"], unique=False)


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): a batch copy would drop and recreate ``action``, which
    # the foreign keys of its updates refuse.
    op.drop_index(op.f("ix_reporttext_action_id"), table_name="reporttext")
    op.drop_table("reporttext")
    op.drop_column("person", "organisation")
    op.drop_column("statusupdate", "correction")
    for column in ("spent_years", "budget_years", "spent", "budget"):
        op.drop_column("action", column)
