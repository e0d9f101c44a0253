"""a workspace per programme and per person: one deployment can serve several Slack workspaces

Revision ID: 0007_workspaces
Revises: 0004_programmes
Create Date: 2026-12-02 13:00:00

Adds ``workspace_id`` (the Slack team id) to ``programme`` and ``person``. Existing rows get the
empty string: "the one workspace of a single-token deployment" (SLACK_BOT_TOKEN), so a database
made before this revision works exactly as before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_workspaces"
down_revision: str | None = "0004_programmes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("programme", "person")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(
            table,
            sa.Column("workspace_id", sa.String(length=32), nullable=False, server_default=""),
        )
        op.create_index(f"ix_{table}_workspace_id", table, ["workspace_id"])


def downgrade() -> None:
    for table in TABLES:
        # Plain DROP COLUMN (SQLite 3.35+): a batch copy would drop and recreate the table,
        # which the foreign keys pointing at it refuse.
        op.drop_index(f"ix_{table}_workspace_id", table_name=table)
        op.drop_column(table, "workspace_id")
