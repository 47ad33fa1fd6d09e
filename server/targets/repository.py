"""All queries on bot targets."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select

from server.db.models.targets import BotTarget
from server.db.repository import RepositoryBase

__all__ = ["TargetRepository"]


class TargetRepository(RepositoryBase[BotTarget]):
    model = BotTarget

    async def page(self, *, offset: int, limit: int) -> list[BotTarget]:
        return await self.get_all(
            select(BotTarget).order_by(BotTarget.id).offset(offset).limit(limit)
        )

    async def count(self) -> int:
        return int((await self.session.execute(select(func.count(BotTarget.id)))).scalar_one())

    async def by_ids(self, target_ids: Sequence[int]) -> list[BotTarget]:
        return await self.get_all(select(BotTarget).where(BotTarget.id.in_(list(target_ids))))

    async def default(self) -> BotTarget | None:
        return await self.get_one_or_none(
            select(BotTarget).where(BotTarget.is_default.is_(True)).limit(1)
        )

    async def by_code(self, code: str) -> BotTarget | None:
        return await self.get_one_or_none(
            select(BotTarget).where(func.lower(BotTarget.code) == code.lower())
        )
