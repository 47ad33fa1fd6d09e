"""Judge: the checks that ran on each result (``batch_results.checks``).

Revision ID: 0007_judge_checks
Revises: 0006_bot_targets
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_judge_checks"
down_revision = "0006_bot_targets"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("batch_results") as batch:
        batch.add_column(sa.Column("checks", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("batch_results") as batch:
        batch.drop_column("checks")
