"""Experiments: customers own apps, apps own templates, experiments link templates.

Parents cascade to children with ``ON DELETE CASCADE`` foreign keys, so one
``DELETE`` of a customer removes its apps, their templates and every
experiment link to those templates, on SQLite (``foreign_keys=ON``) and
PostgreSQL alike. No ORM relationships: the repository reads with explicit
joins, so nothing lazy-loads under async.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.contract.vocabulary import ExperimentStatus, ReferenceType
from server.db.models.base import Base, UTCDateTime, utcnow

__all__ = ["App", "Customer", "Experiment", "ExperimentTemplate", "Template"]


class Customer(Base):
    __tablename__ = "customers"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100))
    # Lower-cased name: customer names are unique case-insensitively on every database.
    name_key: Mapped[str] = mapped_column(String(100), unique=True)
    contact: Mapped[str | None] = mapped_column(String(200), nullable=True)
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class App(Base):
    __tablename__ = "apps"
    __table_args__ = (
        UniqueConstraint("customer_id", "name", name="uq_apps_customer_id_name"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("customers.id", ondelete="CASCADE")
    )
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Template(Base):
    # "templates" alone would be ambiguous next to the generator's question templates.
    __tablename__ = "app_templates"
    __table_args__ = (
        UniqueConstraint("app_id", "name", name="uq_app_templates_app_id_name"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    app_id: Mapped[int] = mapped_column(Integer, ForeignKey("apps.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Experiment(Base):
    __tablename__ = "experiments"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16), default=ExperimentStatus.DRAFT, index=True)
    reference_type: Mapped[str] = mapped_column(String(16), default=ReferenceType.NEW)
    # Set right after the first flush when not given: the palette colour depends on the id.
    color: Mapped[str] = mapped_column(String(7), default="")
    created_by: Mapped[int] = mapped_column(Integer, ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class ExperimentTemplate(Base):
    """One template belonging to one experiment (a filled cell of the matrix)."""

    __tablename__ = "experiment_templates"
    __table_args__ = (Index("ix_experiment_templates_template_id", "template_id"),)

    experiment_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("experiments.id", ondelete="CASCADE"), primary_key=True
    )
    template_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("app_templates.id", ondelete="CASCADE"), primary_key=True
    )
