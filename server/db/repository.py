"""What every repository shares: the session, lookups by key or statement, the unit of work.

As in polar's ``RepositoryBase``: a domain's repository subclasses it, names its main
model and adds only its own queries; services build it with ``from_session``.
"""

from __future__ import annotations

from typing import Any, Generic, Self, TypeVar, cast

from sqlalchemy import CursorResult, Result, Select
from sqlalchemy.ext.asyncio import AsyncSession

from server.db.models.base import Base

__all__ = ["RepositoryBase", "affected_rows"]

M = TypeVar("M", bound=Base)
T = TypeVar("T")


def affected_rows(result: Result[Any]) -> int:
    """Rows an UPDATE/DELETE matched (``execute`` is typed as returning any ``Result``)."""
    return cast(CursorResult[Any], result).rowcount or 0


class RepositoryBase(Generic[M]):
    """The queries of one domain, on the caller's session (the caller owns the transaction)."""

    model: type[M]

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    @classmethod
    def from_session(cls, session: AsyncSession) -> Self:
        return cls(session)

    async def get(self, key: Any) -> M | None:
        """The ``model`` row with this primary key."""
        return await self.session.get(self.model, key)

    async def get_one_or_none(self, statement: Select[T]) -> T | None:
        """The one row (first column) the statement selects, or ``None``."""
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def get_all(self, statement: Select[T]) -> list[T]:
        """The first column of every row the statement selects."""
        return list((await self.session.execute(statement)).scalars())

    # Unit of work

    def add(self, row: Base) -> None:
        self.session.add(row)

    async def delete(self, row: Base) -> None:
        await self.session.delete(row)

    async def flush(self) -> None:
        await self.session.flush()

    async def commit(self) -> None:
        await self.session.commit()

    async def rollback(self) -> None:
        await self.session.rollback()

    async def refresh(self, row: Base) -> None:
        await self.session.refresh(row)
