"""All queries on bot targets."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from server.db.models.targets import BotTarget

__all__ = ["TargetRepository"]


class TargetRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def page(self, *, offset: int, limit: int) -> list[BotTarget]:
        stmt = select(BotTarget).order_by(BotTarget.id).offset(offset).limit(limit)
        return list((await self.session.execute(stmt)).scalars())

    async def count(self) -> int:
        return int((await self.session.execute(select(func.count(BotTarget.id)))).scalar_one())

    async def get(self, target_id: int) -> BotTarget | None:
        return await self.session.get(BotTarget, target_id)

    async def by_ids(self, target_ids: Sequence[int]) -> list[BotTarget]:
        stmt = select(BotTarget).where(BotTarget.id.in_(list(target_ids)))
        return list((await self.session.execute(stmt)).scalars())

    async def default(self) -> BotTarget | None:
        stmt = select(BotTarget).where(BotTarget.is_default.is_(True)).limit(1)
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def by_code(self, code: str) -> BotTarget | None:
        stmt = select(BotTarget).where(func.lower(BotTarget.code) == code.lower())
        return (await self.session.execute(stmt)).scalar_one_or_none()

    def add(self, target: BotTarget) -> None:
        self.session.add(target)

    async def delete(self, target: BotTarget) -> None:
        await self.session.delete(target)

    async def commit(self) -> None:
        await self.session.commit()

    async def rollback(self) -> None:
        await self.session.rollback()

    async def refresh(self, target: BotTarget) -> None:
        await self.session.refresh(target)
