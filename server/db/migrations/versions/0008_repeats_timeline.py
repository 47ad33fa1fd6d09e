"""Repeats and timelines: ``repeat_index`` and ``timeline`` per result; ``repeat`` and the
experiment tag per batch; an index for a case's history.

Revision ID: 0008_repeats_timeline
Revises: 0007_judge_checks
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_repeats_timeline"
down_revision = "0007_judge_checks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("batches") as batch:
        batch.add_column(sa.Column("repeat", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("experiment_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("template_ids", sa.JSON(), nullable=True))
        batch.create_index("ix_batches_experiment_id", ["experiment_id"])
    with op.batch_alter_table("batch_results") as results:
        results.add_column(
            sa.Column("repeat_index", sa.Integer(), nullable=False, server_default="0")
        )
        results.add_column(sa.Column("timeline", sa.JSON(), nullable=True))
        results.drop_constraint("uq_batch_results_batch_case", type_="unique")
        results.create_unique_constraint(
            "uq_batch_results_batch_case_repeat", ["batch_id", "case_id", "repeat_index"]
        )
        results.create_index("ix_batch_results_case_finished", ["case_id", "finished_at"])


def downgrade() -> None:
    with op.batch_alter_table("batch_results") as results:
        results.drop_index("ix_batch_results_case_finished")
        results.drop_constraint("uq_batch_results_batch_case_repeat", type_="unique")
        results.create_unique_constraint("uq_batch_results_batch_case", ["batch_id", "case_id"])
        results.drop_column("timeline")
        results.drop_column("repeat_index")
    with op.batch_alter_table("batches") as batch:
        batch.drop_index("ix_batches_experiment_id")
        batch.drop_column("template_ids")
        batch.drop_column("experiment_id")
        batch.drop_column("repeat")
