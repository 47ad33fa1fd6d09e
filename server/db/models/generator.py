"""Case generator storage: question templates and the uploaded metadata workbook.

The uploaded workbook is kept as rows (one table for indicators, one for
entities) plus one ``MetadataUpload`` row that says where they came from; a
new upload replaces all three in one transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.db.models.base import Base, StorableJSON, UTCDateTime, utcnow

__all__ = ["MetadataEntity", "MetadataIndicator", "MetadataUpload", "QuestionTemplate"]


class QuestionTemplate(Base):
    """A question pattern with ``{company}`` and ``{indicator}`` placeholders."""

    __tablename__ = "question_templates"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    text: Mapped[str] = mapped_column(String(500), unique=True)
    # A list of strings; joined with "," into a case's expected conditions.
    expected_conditions: Mapped[list[str]] = mapped_column(StorableJSON, default=list)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class MetadataUpload(Base):
    """Where the stored workbook metadata came from (at most one row)."""

    __tablename__ = "metadata_uploads"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    filename: Mapped[str] = mapped_column(String(500))
    indicator_count: Mapped[int] = mapped_column(Integer)
    entity_count: Mapped[int] = mapped_column(Integer)
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    uploaded_by: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )


class MetadataIndicator(Base):
    """One indicator of the uploaded workbook; ``id`` keeps the file's order."""

    __tablename__ = "metadata_indicators"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(500))
    code: Mapped[str] = mapped_column(String(500))
    table_name: Mapped[str | None] = mapped_column(String(500), nullable=True)
    category: Mapped[str | None] = mapped_column(String(200), nullable=True)


class MetadataEntity(Base):
    """One entity (e.g. a company) of the uploaded workbook; ``id`` keeps the file's order."""

    __tablename__ = "metadata_entities"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(500))
    code: Mapped[str] = mapped_column(String(500))
