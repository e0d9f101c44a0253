"""notices are rendered from their kind, not from a stored message name

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 10:00:00

Notices to the coordinators (kind ``undeliverable`` or ``not_mine``) used to store the name of
the message constant to send in ``payload["template"]`` (``"UNDELIVERABLE"``, ``"NOT_MINE"``).
A renamed constant would have broken every stored retry, so the kind now picks the message in
code and the payload keeps only the fields. This drops the stored names. The new code does
not read them either, so a row this migration has not seen still sends; the downgrade puts
them back for the old code, which needs them.

Only data changes: ``kind`` and ``status`` columns keep their VARCHAR type and their values.
Written with plain table stubs (not storage.models) so that it stays right when the models
change later.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The message names the old code stored, by the kind of the row (the only two it used).
OLD_TEMPLATES = {"undeliverable": "UNDELIVERABLE", "not_mine": "NOT_MINE"}

notification = sa.table(
    "notification",
    sa.column("id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("payload", sa.JSON),
)


def _rewrite(change: Any) -> None:
    """Apply ``change(kind, payload) -> new payload or None`` to every notice row."""
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(notification.c.id, notification.c.kind, notification.c.payload).where(
            notification.c.kind.in_(list(OLD_TEMPLATES))
        )
    ).all()
    for row_id, kind, payload in rows:
        new = change(kind, dict(payload or {}))
        if new is not None:
            connection.execute(
                notification.update().where(notification.c.id == row_id).values(payload=new)
            )


def upgrade() -> None:
    def drop_template(_kind: str, payload: dict[str, Any]) -> dict[str, Any] | None:
        if "template" not in payload:
            return None
        payload.pop("template")
        return payload

    _rewrite(drop_template)


def downgrade() -> None:
    def add_template(kind: str, payload: dict[str, Any]) -> dict[str, Any] | None:
        if "template" in payload:
            return None
        return {"template": OLD_TEMPLATES[kind], **payload}

    _rewrite(add_template)
