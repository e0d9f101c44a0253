"""a status change keeps its reason (toelichting) with the change

Revision ID: 0004_reason
Revises: 0003_import
Create Date: 2026-12-02 12:00:00

``/woonzorg status 2.4 groen eindelijk twee extra plekken`` used to replace the stand van zaken
with the fragment after the status. The fragment is the reason for the change, so it is now
stored on the StatusUpdate in a new nullable ``reason`` column and the stand van zaken is left
alone. Existing rows get NULL: what they stored as text stays their text.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_reason"
down_revision: str | None = "0003_import"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("statusupdate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("statusupdate", schema=None) as batch_op:
        batch_op.drop_column("reason")
