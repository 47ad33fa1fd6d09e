"""Shapes shared by both APIs."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, PlainSerializer

__all__ = [
    "ContractModel",
    "ErrorResponse",
    "FieldError",
    "HealthResponse",
    "MessageResponse",
    "Page",
    "ServiceInfo",
    "Timestamp",
    "ValidationErrorResponse",
    "strip_text",
]

T = TypeVar("T")

# Whitespace and the invisible characters str.strip() keeps: zero-width space, (non-)joiners,
# word joiner, BOM. A question of only these is blank.
_EDGE_SPACE = re.compile(r"^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$")


def strip_text(value: str) -> str:
    """``value`` without leading and trailing whitespace or zero-width characters."""
    return _EDGE_SPACE.sub("", value)


def _iso_utc(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


# ISO 8601 in UTC with an explicit ``+00:00`` offset.
Timestamp = Annotated[datetime, PlainSerializer(_iso_utc, return_type=str, when_used="json")]


class ContractModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class ErrorResponse(BaseModel):
    detail: str


class FieldError(BaseModel):
    """One failed field of a 422: where (``["body", "question"]``), what and why."""

    loc: list[str]
    msg: str
    type: str


class ValidationErrorResponse(BaseModel):
    """Every 422: one readable ``detail`` line plus the failed fields."""

    detail: str
    errors: list[FieldError]


class MessageResponse(BaseModel):
    message: str


class HealthResponse(BaseModel):
    status: str
    version: str | None = None


class ServiceInfo(BaseModel):
    """``GET /``: what this server is and where its API docs are."""

    name: str
    version: str
    docs: str


class Page(ContractModel, Generic[T]):
    items: list[T]
    total: int
    page: int
    page_size: int
