"""nothing crosses workspaces: slugs, Slack ids, e-mail addresses and channel links per workspace

Revision ID: 0010_workspace_scoping
Revises: 0009_editorial
Create Date: 2026-12-02 14:00:00

A programme's slug, a person's Slack id and a person's e-mail address were unique in the whole
database; they are now unique within a workspace (two municipalities may both call their
programme ``opvang``, and an Enterprise Grid user has the same Slack id in every workspace of
the org). A channel link is keyed by workspace and channel (a Slack Connect channel has one id
in both workspaces). Existing rows belong to workspace ``""``, so a single-token database
works exactly as before. Unique indexes (not constraints), so neither database rebuilds a
table that other tables point at; only ``channellink``, which nothing points at, is rebuilt.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_workspace_scoping"
down_revision: str | None = "0009_editorial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, column, old unique index, new unique index over workspace_id and the column)
SCOPED = (
    ("programme", "slug", "ix_programme_slug", "uq_programme_workspace_slug"),
    ("person", "slack_id", "ix_person_slack_id", "uq_person_workspace_slack_id"),
    ("person", "email", "ix_person_email", "uq_person_workspace_email"),
)


def upgrade() -> None:
    for table, column, old, new in SCOPED:
        op.drop_index(old, table_name=table)
        op.create_index(old, table, [column], unique=False)
        op.create_index(new, table, ["workspace_id", column], unique=True)
    _rekey_channel_links(["workspace_id", "channel_id"], with_workspace=True)


def downgrade() -> None:
    _rekey_channel_links(["channel_id"], with_workspace=False)
    for table, column, old, new in SCOPED:
        op.drop_index(new, table_name=table)
        op.drop_index(old, table_name=table)
        op.create_index(old, table, [column], unique=True)


def _rekey_channel_links(key: list[str], *, with_workspace: bool) -> None:
    """Recreate ``channellink`` with this primary key, keeping its rows (a downgrade keeps
    one link per channel: the workspace-less one, else any)."""
    columns = [
        sa.Column("channel_id", sa.String(length=40), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
    ]
    if with_workspace:
        columns.insert(0, sa.Column("workspace_id", sa.String(length=32), nullable=False))
    op.create_table(
        "channellink_new",
        *columns,
        sa.ForeignKeyConstraint(["programme_id"], ["programme.id"]),
        # PostgreSQL names constraints per schema: the old table still holds its name now.
        sa.PrimaryKeyConstraint(
            *key, name="pk_channellink" if with_workspace else "channellink_pkey"
        ),
    )
    if with_workspace:
        op.execute(
            "INSERT INTO channellink_new (workspace_id, channel_id, programme_id)"
            " SELECT p.workspace_id, c.channel_id, c.programme_id"
            " FROM channellink c JOIN programme p ON p.id = c.programme_id"
        )
    else:
        op.execute(
            "INSERT INTO channellink_new (channel_id, programme_id)"
            " SELECT channel_id, MIN(programme_id) FROM channellink GROUP BY channel_id"
        )
    op.drop_index("ix_channellink_programme_id", table_name="channellink")
    op.drop_table("channellink")
    op.rename_table("channellink_new", "channellink")
    op.create_index("ix_channellink_programme_id", "channellink", ["programme_id"])
