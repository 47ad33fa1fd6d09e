"""Generator: question templates (seeded with the five of CONTRACT-NOTES) and workbook metadata.

Revision ID: 0004_generator
Revises: 0003_autotest
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from server.db.models.base import UTCDateTime

revision = "0004_generator"
down_revision = "0003_autotest"
branch_labels = None
depends_on = None

# The templates the earlier system used, with their expected conditions.
SEED_TEMPLATES = [
    ("{company}的{indicator}是多少", []),
    ("查一下{company}的{indicator}", []),
    ("{company}最近一年的{indicator}走势", []),
    ("{company}最新的{indicator}", ["ORDER BY", "LIMIT 1"]),
    ("2023年{company}的{indicator}", ["2023"]),
]


def upgrade() -> None:
    templates = op.create_table(
        "question_templates",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("text", sa.String(500), nullable=False),
        sa.Column("expected_conditions", sa.JSON(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_question_templates"),
        sa.UniqueConstraint("text", name="uq_question_templates_text"),
        sqlite_autoincrement=True,
    )
    now = datetime.now(UTC)
    op.bulk_insert(
        templates,
        [
            {"text": text, "expected_conditions": conditions, "enabled": True, "created_at": now}
            for text, conditions in SEED_TEMPLATES
        ],
    )

    op.create_table(
        "metadata_uploads",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("filename", sa.String(500), nullable=False),
        sa.Column("indicator_count", sa.Integer(), nullable=False),
        sa.Column("entity_count", sa.Integer(), nullable=False),
        sa.Column("uploaded_at", UTCDateTime(), nullable=False),
        sa.Column("uploaded_by", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_metadata_uploads"),
        sa.ForeignKeyConstraint(
            ["uploaded_by"],
            ["users.id"],
            name="fk_metadata_uploads_uploaded_by_users",
            ondelete="SET NULL",
        ),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "metadata_indicators",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("code", sa.String(500), nullable=False),
        sa.Column("table_name", sa.String(500), nullable=True),
        sa.Column("category", sa.String(200), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_metadata_indicators"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "metadata_entities",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("code", sa.String(500), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_metadata_entities"),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("metadata_entities")
    op.drop_table("metadata_indicators")
    op.drop_table("metadata_uploads")
    op.drop_table("question_templates")
