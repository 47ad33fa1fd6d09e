"""Experiments: customers, apps, templates, experiments and their template links.

Revision ID: 0002_experiments
Revises: 0001_accounts
"""

import sqlalchemy as sa
from alembic import op

from server.db.models.base import UTCDateTime

revision = "0002_experiments"
down_revision = "0001_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("name_key", sa.String(100), nullable=False),
        sa.Column("contact", sa.String(200), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_customers"),
        sa.UniqueConstraint("name_key", name="uq_customers_name_key"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "apps",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_apps"),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name="fk_apps_customer_id_customers",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("customer_id", "name", name="uq_apps_customer_id_name"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "app_templates",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("app_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_app_templates"),
        sa.ForeignKeyConstraint(
            ["app_id"], ["apps.id"], name="fk_app_templates_app_id_apps", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("app_id", "name", name="uq_app_templates_app_id_name"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "experiments",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reference_type", sa.String(16), nullable=False),
        sa.Column("color", sa.String(7), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_experiments"),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name="fk_experiments_created_by_users"
        ),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_experiments_status", "experiments", ["status"])
    op.create_table(
        "experiment_templates",
        sa.Column("experiment_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("experiment_id", "template_id", name="pk_experiment_templates"),
        sa.ForeignKeyConstraint(
            ["experiment_id"],
            ["experiments.id"],
            name="fk_experiment_templates_experiment_id_experiments",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["app_templates.id"],
            name="fk_experiment_templates_template_id_app_templates",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_experiment_templates_template_id", "experiment_templates", ["template_id"])


def downgrade() -> None:
    op.drop_index("ix_experiment_templates_template_id", table_name="experiment_templates")
    op.drop_table("experiment_templates")
    op.drop_index("ix_experiments_status", table_name="experiments")
    op.drop_table("experiments")
    op.drop_table("app_templates")
    op.drop_table("apps")
    op.drop_table("customers")
