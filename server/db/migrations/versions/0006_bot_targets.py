"""Bot targets: the ``bot_targets`` table (with the default target) and each batch's target.

Revision ID: 0006_bot_targets
Revises: 0004_generator (the AutoTest branch; VoidView's migrations are a branch of their own)
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from server.db.models.base import UTCDateTime

revision = "0006_bot_targets"
down_revision = "0004_generator"
branch_labels = None
depends_on = None


def upgrade() -> None:
    targets = op.create_table(
        "bot_targets",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("code", sa.String(100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_bot_targets"),
        sa.UniqueConstraint("code", name="uq_bot_targets_code"),
        sqlite_autoincrement=True,
    )
    # The default target: the bot of /config, whose settings stay in config_entries.
    op.bulk_insert(
        targets,
        [
            {
                "name": "默认目标",
                "code": "default",
                "description": "",
                "is_default": True,
                "settings": {},
                "created_at": datetime.now(UTC),
            }
        ],
    )
    with op.batch_alter_table("batches") as batch:
        batch.add_column(sa.Column("target_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("target_name", sa.String(200), nullable=True))
        batch.add_column(sa.Column("group_id", sa.String(36), nullable=True))
        batch.create_foreign_key(
            "fk_batches_target_id_bot_targets",
            "bot_targets",
            ["target_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index("ix_batches_group_id", ["group_id"])


def downgrade() -> None:
    with op.batch_alter_table("batches") as batch:
        batch.drop_index("ix_batches_group_id")
        batch.drop_constraint("fk_batches_target_id_bot_targets", type_="foreignkey")
        batch.drop_column("group_id")
        batch.drop_column("target_name")
        batch.drop_column("target_id")
    op.drop_table("bot_targets")
