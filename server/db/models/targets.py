"""Bot targets: named bot endpoints a run can ask (the default one is the ``/config`` bot).

The default target's bot settings live in the config rows (``/config`` stays the
one source of truth for them); its row here holds only its name and code.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.db.models.base import Base, UTCDateTime, utcnow

__all__ = ["DEFAULT_TARGET_CODE", "BotTarget"]

DEFAULT_TARGET_CODE = "default"


class BotTarget(Base):
    __tablename__ = "bot_targets"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(100), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    # The bot fields of ``ConfigResponse`` (empty for the default target, see above).
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
