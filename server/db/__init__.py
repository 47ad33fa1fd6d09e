"""Database layer: engine and sessions, ORM models, Alembic migrations."""

from server.db.engine import Database

__all__ = ["Database"]
