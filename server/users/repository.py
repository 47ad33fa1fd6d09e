"""All queries on users."""

from __future__ import annotations

from sqlalchemy import func, select

from server.contract.vocabulary import Role
from server.db.models import User
from server.db.models.users import username_key
from server.db.repository import RepositoryBase

__all__ = ["UserRepository"]


class UserRepository(RepositoryBase[User]):
    model = User

    async def get_by_username(self, username: str) -> User | None:
        stmt = select(User).where(User.username_key == username_key(username))
        return await self.get_one_or_none(stmt)

    async def count(self) -> int:
        return (await self.session.execute(select(func.count(User.id)))).scalar_one()

    async def page(self, *, offset: int, limit: int) -> list[User]:
        stmt = select(User).order_by(User.id).offset(offset).limit(limit)
        return await self.get_all(stmt)

    async def count_active_roots(self) -> int:
        stmt = select(func.count(User.id)).where(User.role == Role.ROOT, User.is_active.is_(True))
        return (await self.session.execute(stmt)).scalar_one()
