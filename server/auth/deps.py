"""Who is calling: ``CurrentUser``, ``RootUser`` and friends, as typed dependencies."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from starlette.requests import HTTPConnection

from server.auth.tokens import TokenIssuer
from server.contract.vocabulary import Role
from server.db.models import User
from server.deps import SessionDep, SettingsDep, TokensDep
from server.errors import Forbidden, Unauthorized
from server.users.repository import UserRepository

__all__ = [
    "AuthenticatedUser",
    "AutoTestCaller",
    "CurrentUser",
    "RootUser",
    "bearer_token",
    "user_from_token",
]


def bearer_token(conn: HTTPConnection, *, allow_query: bool = False) -> str | None:
    header = conn.headers.get("authorization")
    if header:
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return value.strip()
        return None
    if allow_query:
        return conn.query_params.get("token") or None
    return None


async def user_from_token(repo: UserRepository, tokens: TokenIssuer, token: str | None) -> User:
    """The active user an access token belongs to, or 401."""
    if not token:
        raise Unauthorized("未登录或缺少令牌", "Not authenticated: bearer token required")
    claims = tokens.decode(token, "access")
    user = await repo.get(claims.user_id)
    if user is None or not user.is_active or user.token_version != claims.version:
        raise Unauthorized(
            "登录已失效，请重新登录", "Session is no longer valid; please log in again"
        )
    return user


async def _authenticated(conn: HTTPConnection, session: SessionDep, tokens: TokensDep) -> User:
    is_websocket = conn.scope["type"] == "websocket"
    return await user_from_token(
        UserRepository(session), tokens, bearer_token(conn, allow_query=is_websocket)
    )


def _require_password_changed(user: User) -> None:
    if user.must_change_password:
        raise Forbidden("请先修改密码", "You must change your password first")


async def _current(user: Annotated[User, Depends(_authenticated)]) -> User:
    _require_password_changed(user)
    return user


async def _root(user: Annotated[User, Depends(_current)]) -> User:
    if user.role != Role.ROOT:
        raise Forbidden("权限不足：仅管理员可操作", "Forbidden: root only")
    return user


async def _autotest_caller(
    conn: HTTPConnection, session: SessionDep, tokens: TokensDep, settings: SettingsDep
) -> User | None:
    is_websocket = conn.scope["type"] == "websocket"
    token = bearer_token(conn, allow_query=is_websocket)
    if token is None and settings.autotest_anonymous:
        return None
    user = await user_from_token(UserRepository(session), tokens, token)
    _require_password_changed(user)
    return user


# Any logged-in user, even one who still has to change the password.
AuthenticatedUser = Annotated[User, Depends(_authenticated)]
# A logged-in user who may use the application.
CurrentUser = Annotated[User, Depends(_current)]
RootUser = Annotated[User, Depends(_root)]
# AutoTest endpoints: a user, or ``None`` when the legacy anonymous setting is on.
AutoTestCaller = Annotated[User | None, Depends(_autotest_caller)]
