"""Shapes shared by both APIs."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, PlainSerializer

__all__ = [
    "ContractModel",
    "ErrorResponse",
    "HealthResponse",
    "MessageResponse",
    "Page",
    "ServiceInfo",
    "Timestamp",
]

T = TypeVar("T")


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
