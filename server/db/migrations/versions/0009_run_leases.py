"""Run leases: which server process runs a batch (``owner``) and until when its claim holds
(``lease_expires``), so that several processes on one PostgreSQL database share the runs.

Revision ID: 0009_run_leases
Revises: 0008_repeats_timeline
"""

import sqlalchemy as sa
from alembic import op

from server.db.models.base import UTCDateTime

revision = "0009_run_leases"
down_revision = "0008_repeats_timeline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("batches") as batch:
        batch.add_column(sa.Column("owner", sa.String(64), nullable=True))
        batch.add_column(sa.Column("lease_expires", UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("batches") as batch:
        batch.drop_column("lease_expires")
        batch.drop_column("owner")
