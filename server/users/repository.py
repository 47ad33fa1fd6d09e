"""All queries on users."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from server.contract.vocabulary import Role
from server.db.models import User

__all__ = ["UserRepository"]


class UserRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, user_id: int) -> User | None:
        return await self.session.get(User, user_id)

    async def get_by_username(self, username: str) -> User | None:
        stmt = select(User).where(User.username_key == username.strip().casefold())
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def count(self) -> int:
        return (await self.session.execute(select(func.count(User.id)))).scalar_one()

    async def page(self, *, offset: int, limit: int) -> list[User]:
        stmt = select(User).order_by(User.id).offset(offset).limit(limit)
        return list((await self.session.execute(stmt)).scalars())

    async def count_active_roots(self) -> int:
        stmt = select(func.count(User.id)).where(User.role == Role.ROOT, User.is_active.is_(True))
        return (await self.session.execute(stmt)).scalar_one()

    def add(self, user: User) -> None:
        self.session.add(user)

    async def commit(self) -> None:
        await self.session.commit()

    async def refresh(self, user: User) -> None:
        await self.session.refresh(user)
