"""AutoTest storage: cases, the shared bot config, batches and their per-case results.

A batch stores one ``BatchResult`` row per planned case when it starts, with a
snapshot of the case as it was run; ``result`` stays NULL until the case
finishes. So the planned list (WebSocket ``init``), the replay of finished
cases, "resume what has no result yet" and the report all read one table, and
editing or deleting a case later never changes history.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from server.db.models.base import Base, StorableJSON, UTCDateTime, utcnow

__all__ = ["RAW_ANSWER_LIMIT", "Batch", "BatchResult", "Case", "ConfigEntry"]

# Raw bot answers are kept for debugging, cut to this many characters.
RAW_ANSWER_LIMIT = 64 * 1024


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # Unique: import and the generator skip questions that already exist.
    question: Mapped[str] = mapped_column(Text, unique=True)
    expected_keywords: Mapped[str] = mapped_column(Text, default="")
    expected_conditions: Mapped[str | None] = mapped_column(Text, nullable=True)
    expected_sql: Mapped[str | None] = mapped_column(Text, nullable=True)
    category: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class ConfigEntry(Base):
    """One config field per row (``key`` -> JSON value), shared by every user of a server."""

    __tablename__ = "config_entries"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(StorableJSON)


class Batch(Base):
    __tablename__ = "batches"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # RUNNING, COMPLETED, STOPPED, INTERRUPTED
    status: Mapped[str] = mapped_column(String(16), index=True)
    start_time: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    end_time: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    total_count: Mapped[int] = mapped_column(Integer, default=0)
    pass_count: Mapped[int] = mapped_column(Integer, default=0)
    fail_count: Mapped[int] = mapped_column(Integer, default=0)
    error_count: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    # The batch whose failed and errored cases this one re-runs, if any.
    rerun_of: Mapped[str | None] = mapped_column(String(36), nullable=True)
    max_workers: Mapped[int] = mapped_column(Integer, default=5)
    # The bot target asked (NULL: deleted since); its name is kept for the reports.
    target_id: Mapped[int | None] = mapped_column(
        ForeignKey("bot_targets.id", ondelete="SET NULL"), nullable=True
    )
    target_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # Batches started together against several targets share a group id.
    group_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    # How many times each case is asked (1..10); every ask has its own result row.
    repeat: Mapped[int] = mapped_column(Integer, default=1)
    # The experiment (and its templates) this batch measured, tagged from the matrix.
    # No foreign key (as for ``case_id``): a deleted experiment leaves a tag nobody reads.
    experiment_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    template_ids: Mapped[list[int] | None] = mapped_column(JSON, nullable=True)
    # The server process running this batch and until when its claim holds (renewed by
    # its heartbeat); another process on the same database takes over an expired one.
    owner: Mapped[str | None] = mapped_column(String(64), nullable=True)
    lease_expires: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class BatchResult(Base):
    __tablename__ = "batch_results"
    __table_args__ = (
        UniqueConstraint(
            "batch_id", "case_id", "repeat_index", name="uq_batch_results_batch_case_repeat"
        ),
        Index("ix_batch_results_batch_seq", "batch_id", "seq"),
        # A case's history across batches.
        Index("ix_batch_results_case_finished", "case_id", "finished_at"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[str] = mapped_column(ForeignKey("batches.id", ondelete="CASCADE"), index=True)
    # Order of the case in the batch's plan.
    position: Mapped[int] = mapped_column(Integer)
    # No foreign key: the case may be deleted later; the snapshot below survives.
    case_id: Mapped[int] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(Text)
    expected_keywords: Mapped[str] = mapped_column(Text, default="")
    expected_conditions: Mapped[str | None] = mapped_column(Text, nullable=True)
    expected_sql: Mapped[str | None] = mapped_column(Text, nullable=True)
    category: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # NULL until the case finishes: PASS, FAIL or ERROR.
    result: Mapped[str | None] = mapped_column(String(8), nullable=True)
    actual_sql: Mapped[str | None] = mapped_column(Text, nullable=True)
    message: Mapped[str] = mapped_column(Text, default="")
    # The judge's checks that ran: [{"check", "result", "message"}, ...]; NULL before.
    checks: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, nullable=True)
    duration: Mapped[float | None] = mapped_column(Float, nullable=True)
    raw_answer: Mapped[str | None] = mapped_column(Text, nullable=True)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # Completion order within the batch (1, 2, ...): replay order for the WebSocket.
    seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Which ask of the case this is (0 .. repeat-1).
    repeat_index: Mapped[int] = mapped_column(Integer, default=0)
    # When the answer's milestones came, in ms from the ask's start (``AskTimeline``).
    timeline: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
