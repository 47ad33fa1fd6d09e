"""AutoTest: cases, config entries, batches and batch results.

Revision ID: 0003_autotest
Revises: 0001_accounts
"""

import sqlalchemy as sa
from alembic import op

from server.db.models.base import UTCDateTime

revision = "0003_autotest"
down_revision = "0001_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("expected_keywords", sa.Text(), nullable=False),
        sa.Column("expected_conditions", sa.Text(), nullable=True),
        sa.Column("expected_sql", sa.Text(), nullable=True),
        sa.Column("category", sa.String(200), nullable=True),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_cases"),
        sa.UniqueConstraint("question", name="uq_cases_question"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_cases_category", "cases", ["category"])
    op.create_index("ix_cases_is_active", "cases", ["is_active"])

    op.create_table(
        "config_entries",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_config_entries"),
    )

    op.create_table(
        "batches",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("start_time", UTCDateTime(), nullable=False),
        sa.Column("end_time", UTCDateTime(), nullable=True),
        sa.Column("total_count", sa.Integer(), nullable=False),
        sa.Column("pass_count", sa.Integer(), nullable=False),
        sa.Column("fail_count", sa.Integer(), nullable=False),
        sa.Column("error_count", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("rerun_of", sa.String(36), nullable=True),
        sa.Column("max_workers", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_batches"),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name="fk_batches_created_by_users", ondelete="SET NULL"
        ),
    )
    op.create_index("ix_batches_status", "batches", ["status"])
    op.create_index("ix_batches_start_time", "batches", ["start_time"])

    op.create_table(
        "batch_results",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("batch_id", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("expected_keywords", sa.Text(), nullable=False),
        sa.Column("expected_conditions", sa.Text(), nullable=True),
        sa.Column("expected_sql", sa.Text(), nullable=True),
        sa.Column("category", sa.String(200), nullable=True),
        sa.Column("result", sa.String(8), nullable=True),
        sa.Column("actual_sql", sa.Text(), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("duration", sa.Float(), nullable=True),
        sa.Column("raw_answer", sa.Text(), nullable=True),
        sa.Column("started_at", UTCDateTime(), nullable=True),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_batch_results"),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["batches.id"],
            name="fk_batch_results_batch_id_batches",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("batch_id", "case_id", name="uq_batch_results_batch_case"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_batch_results_batch_id", "batch_results", ["batch_id"])
    op.create_index("ix_batch_results_batch_seq", "batch_results", ["batch_id", "seq"])


def downgrade() -> None:
    op.drop_table("batch_results")
    op.drop_table("batches")
    op.drop_table("config_entries")
    op.drop_table("cases")
