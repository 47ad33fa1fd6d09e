"""What VoidView added later: per-link notes and template versions, encoder groups, metrics.

Everything hangs on its parent by an ``ON DELETE CASCADE`` foreign key: notes and
versions on the experiment-template link (so unlinking, deleting the experiment or
deleting the template removes them), groups on the experiment, metrics on the group.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from server.db.models.base import Base, UTCDateTime, utcnow

__all__ = ["ExperimentGroup", "GroupMetrics", "LinkNotes", "TemplateVersion"]

_LINK = ("experiment_templates.experiment_id", "experiment_templates.template_id")


class LinkNotes(Base):
    """Free-text notes on one template within one experiment."""

    __tablename__ = "experiment_template_notes"
    __table_args__ = (
        ForeignKeyConstraint(
            ["experiment_id", "template_id"],
            list(_LINK),
            ondelete="CASCADE",
            name="fk_experiment_template_notes_link",
        ),
    )

    experiment_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    template_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class TemplateVersion(Base):
    """A named version of a template's content, as tried within one experiment."""

    __tablename__ = "experiment_template_versions"
    __table_args__ = (
        ForeignKeyConstraint(
            ["experiment_id", "template_id"],
            list(_LINK),
            ondelete="CASCADE",
            name="fk_experiment_template_versions_link",
        ),
        Index("ix_experiment_template_versions_link", "experiment_id", "template_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    experiment_id: Mapped[int] = mapped_column(Integer)
    template_id: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    template_content: Mapped[str | None] = mapped_column(Text, nullable=True)
    order_index: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class ExperimentGroup(Base):
    """One encoder variant compared in an experiment."""

    __tablename__ = "experiment_groups"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    experiment_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("experiments.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    encoder_version: Mapped[str | None] = mapped_column(String(200), nullable=True)
    transcode_params: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    input_url: Mapped[str | None] = mapped_column(String(2000), nullable=True)
    output_url: Mapped[str | None] = mapped_column(String(2000), nullable=True)
    order_index: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class GroupMetrics(Base):
    """The objective measurements of one group's output (at most one row per group)."""

    __tablename__ = "experiment_group_metrics"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    group_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("experiment_groups.id", ondelete="CASCADE"), unique=True
    )
    bitrate: Mapped[float | None] = mapped_column(Float, nullable=True)
    vmaf: Mapped[float | None] = mapped_column(Float, nullable=True)
    psnr: Mapped[float | None] = mapped_column(Float, nullable=True)
    ssim: Mapped[float | None] = mapped_column(Float, nullable=True)
    machine_type: Mapped[str | None] = mapped_column(String(200), nullable=True)
    concurrent_streams: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cpu_usage: Mapped[float | None] = mapped_column(Float, nullable=True)
    gpu_usage: Mapped[float | None] = mapped_column(Float, nullable=True)
    detailed_report_url: Mapped[str | None] = mapped_column(String(2000), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
