"""User management rules: unique names, root self-protection, last-root protection."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from server.auth.passwords import PasswordHasher
from server.contract.users import UserCreate, UserUpdate
from server.contract.vocabulary import Role
from server.db.models import User, utcnow
from server.db.models.users import username_key
from server.errors import BadRequest, Conflict, NotFound
from server.users.repository import UserRepository

__all__ = [
    "create_user",
    "ensure_initial_root",
    "get_user",
    "list_users",
    "reset_password",
    "toggle_active",
    "update_user",
]


async def get_user(session: AsyncSession, *, user_id: int) -> User:
    repo = UserRepository.from_session(session)
    user = await repo.get(user_id)
    if user is None:
        raise NotFound(f"用户不存在: {user_id}", f"User not found: {user_id}")
    return user


async def list_users(session: AsyncSession, *, page: int, page_size: int) -> tuple[list[User], int]:
    repo = UserRepository.from_session(session)
    items = await repo.page(offset=(page - 1) * page_size, limit=page_size)
    return items, await repo.count()


async def create_user(session: AsyncSession, *, hasher: PasswordHasher, data: UserCreate) -> User:
    repo = UserRepository.from_session(session)
    if await repo.get_by_username(data.username) is not None:
        raise Conflict(
            f"用户名已存在: {data.username}", f"Username already exists: {data.username}"
        )
    user = User(
        username=data.username,
        username_key=username_key(data.username),
        display_name=data.display_name or data.username,
        role=data.role,
        password_hash=await hasher.hash(data.password),
        is_active=True,
        must_change_password=False,
        token_version=0,
        created_at=utcnow(),
    )
    repo.add(user)
    try:
        await repo.commit()
    except IntegrityError as exc:  # a concurrent create with the same name
        raise Conflict(
            f"用户名已存在: {data.username}", f"Username already exists: {data.username}"
        ) from exc
    return user


async def _guard_root_change(
    repo: UserRepository, *, actor: User, target: User, deactivate: bool, demote: bool
) -> None:
    if not (deactivate or demote) or target.role != Role.ROOT:
        return
    if target.id == actor.id:
        if deactivate:
            raise BadRequest("不能停用自己的账号", "You cannot deactivate your own account")
        raise BadRequest("不能取消自己的管理员权限", "You cannot remove your own root role")
    if target.is_active and await repo.count_active_roots() <= 1:
        raise BadRequest(
            "不能停用或降级最后一个管理员", "The last active root cannot be deactivated or demoted"
        )


async def update_user(
    session: AsyncSession, *, actor: User, user_id: int, changes: UserUpdate
) -> User:
    repo = UserRepository.from_session(session)
    user = await get_user(session, user_id=user_id)
    fields = changes.model_fields_set
    deactivate = "is_active" in fields and changes.is_active is False and user.is_active
    demote = "role" in fields and changes.role == Role.TESTER and user.role == Role.ROOT
    await _guard_root_change(repo, actor=actor, target=user, deactivate=deactivate, demote=demote)
    if "display_name" in fields:
        user.display_name = changes.display_name or user.username
    if "role" in fields and changes.role is not None:
        user.role = changes.role
    if "is_active" in fields and changes.is_active is not None:
        if deactivate:
            user.token_version += 1
        user.is_active = changes.is_active
    user.updated_at = utcnow()
    await repo.commit()
    return user


async def toggle_active(session: AsyncSession, *, actor: User, user_id: int) -> User:
    user = await get_user(session, user_id=user_id)
    return await update_user(
        session, actor=actor, user_id=user_id, changes=UserUpdate(is_active=not user.is_active)
    )


async def reset_password(
    session: AsyncSession,
    *,
    hasher: PasswordHasher,
    user_id: int,
    new_password: str,
    must_change_password: bool = True,
) -> User:
    repo = UserRepository.from_session(session)
    user = await get_user(session, user_id=user_id)
    user.password_hash = await hasher.hash(new_password)
    user.must_change_password = must_change_password
    user.token_version += 1
    user.updated_at = utcnow()
    await repo.commit()
    return user


async def ensure_initial_root(
    session: AsyncSession, *, hasher: PasswordHasher, initial_password: str | None
) -> User | None:
    """On an empty database, create ``root`` (``root123`` and a forced change, unless given)."""
    repo = UserRepository.from_session(session)
    if await repo.count() > 0:
        return None
    user = User(
        username="root",
        username_key="root",
        display_name="管理员",
        role=Role.ROOT,
        password_hash=await hasher.hash(initial_password or "root123"),
        is_active=True,
        must_change_password=initial_password is None,
        token_version=0,
        created_at=utcnow(),
    )
    repo.add(user)
    try:
        await repo.commit()
    except IntegrityError:  # another process seeded it first
        return None
    return user
