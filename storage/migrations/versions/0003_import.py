"""what an import reads from the coordinators' own Excel files

Revision ID: 0003_import
Revises: 0002
Create Date: 2026-12-02 12:00:00

- ``person.kind``: ``person`` or ``team`` (a team or organisation owns an action but has no
  Slack account); ``person.contact_id``: the person a team's reminders go to.
- ``action.target_qualifier``: ``circa``, ``minimaal`` or ``maximaal`` for a doel such as
  "circa 40"; ``action.continuous``: the action runs on ("doorlopend") instead of having a
  deadline.
- ``indicator.original_target_min/max``: the first target of an indicator whose target was
  revised ("750-900, was 1000-1500").

Every existing row keeps its meaning: people are persons, no action is continuous.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_import"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ADD/DROP COLUMN, no batch mode: SQLite would rebuild these tables, and with foreign
# keys on it refuses to drop a table the others point at.
def upgrade() -> None:
    op.add_column(
        "person", sa.Column("kind", sa.String(length=10), nullable=False, server_default="person")
    )
    if op.get_bind().dialect.name == "sqlite":
        # SQLite cannot ALTER a constraint in, but takes a REFERENCES clause in ADD COLUMN
        op.execute("ALTER TABLE person ADD COLUMN contact_id INTEGER REFERENCES person (id)")
    else:
        op.add_column("person", sa.Column("contact_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_person_contact_id_person", "person", "person", ["contact_id"], ["id"]
        )
    op.add_column("action", sa.Column("target_qualifier", sa.String(length=10), nullable=True))
    op.add_column(
        "action",
        sa.Column("continuous", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("indicator", sa.Column("original_target_min", sa.Float(), nullable=True))
    op.add_column("indicator", sa.Column("original_target_max", sa.Float(), nullable=True))


def downgrade() -> None:
    op.drop_column("indicator", "original_target_max")
    op.drop_column("indicator", "original_target_min")
    op.drop_column("action", "continuous")
    op.drop_column("action", "target_qualifier")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_person_contact_id_person", "person", type_="foreignkey")
    op.drop_column("person", "contact_id")
    op.drop_column("person", "kind")
