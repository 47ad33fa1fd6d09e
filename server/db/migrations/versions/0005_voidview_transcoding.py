"""VoidView's later tables: per-link notes and template versions, encoder groups, metrics.

Revision ID: 0005_voidview_transcoding
Revises: 0002_experiments (the experiments branch)
"""

import sqlalchemy as sa
from alembic import op

from server.db.models.base import UTCDateTime

revision = "0005_voidview_transcoding"
down_revision = "0002_experiments"
branch_labels = None
depends_on = None

_LINK = ["experiment_templates.experiment_id", "experiment_templates.template_id"]


def upgrade() -> None:
    op.create_table(
        "experiment_template_notes",
        sa.Column("experiment_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint(
            "experiment_id", "template_id", name="pk_experiment_template_notes"
        ),
        sa.ForeignKeyConstraint(
            ["experiment_id", "template_id"],
            _LINK,
            name="fk_experiment_template_notes_link",
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "experiment_template_versions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("experiment_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("template_content", sa.Text(), nullable=True),
        sa.Column("order_index", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_experiment_template_versions"),
        sa.ForeignKeyConstraint(
            ["experiment_id", "template_id"],
            _LINK,
            name="fk_experiment_template_versions_link",
            ondelete="CASCADE",
        ),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_experiment_template_versions_link",
        "experiment_template_versions",
        ["experiment_id", "template_id"],
    )
    op.create_table(
        "experiment_groups",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("experiment_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("encoder_version", sa.String(200), nullable=True),
        sa.Column("transcode_params", sa.JSON(), nullable=True),
        sa.Column("input_url", sa.String(2000), nullable=True),
        sa.Column("output_url", sa.String(2000), nullable=True),
        sa.Column("order_index", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_experiment_groups"),
        sa.ForeignKeyConstraint(
            ["experiment_id"],
            ["experiments.id"],
            name="fk_experiment_groups_experiment_id_experiments",
            ondelete="CASCADE",
        ),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_experiment_groups_experiment_id", "experiment_groups", ["experiment_id"])
    op.create_table(
        "experiment_group_metrics",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("bitrate", sa.Float(), nullable=True),
        sa.Column("vmaf", sa.Float(), nullable=True),
        sa.Column("psnr", sa.Float(), nullable=True),
        sa.Column("ssim", sa.Float(), nullable=True),
        sa.Column("machine_type", sa.String(200), nullable=True),
        sa.Column("concurrent_streams", sa.Integer(), nullable=True),
        sa.Column("cpu_usage", sa.Float(), nullable=True),
        sa.Column("gpu_usage", sa.Float(), nullable=True),
        sa.Column("detailed_report_url", sa.String(2000), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_experiment_group_metrics"),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["experiment_groups.id"],
            name="fk_experiment_group_metrics_group_id_experiment_groups",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("group_id", name="uq_experiment_group_metrics_group_id"),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("experiment_group_metrics")
    op.drop_index("ix_experiment_groups_experiment_id", table_name="experiment_groups")
    op.drop_table("experiment_groups")
    op.drop_index("ix_experiment_template_versions_link", table_name="experiment_template_versions")
    op.drop_table("experiment_template_versions")
    op.drop_table("experiment_template_notes")
