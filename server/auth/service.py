"""Login, refresh and password change."""

from __future__ import annotations

import logging

from sqlalchemy.ext.asyncio import AsyncSession

from server.auth.passwords import PasswordHasher
from server.auth.throttle import LoginThrottle
from server.auth.tokens import TokenIssuer
from server.contract.users import TokenResponse, UserResponse
from server.db.models import User, utcnow
from server.errors import BadRequest, TooManyRequests, Unauthorized
from server.users.repository import UserRepository

__all__ = ["change_password", "login", "refresh", "token_response"]

log = logging.getLogger(__name__)

BAD_CREDENTIALS = ("用户名或密码错误", "Incorrect username or password")


def _refuse_while_locked(throttle: LoginThrottle, username: str, client: str) -> None:
    wait = throttle.retry_after(username, client)
    if wait:
        raise TooManyRequests(
            f"登录失败次数过多，请 {wait} 秒后再试",
            f"Too many failed logins; try again in {wait} seconds",
            headers={"Retry-After": str(wait)},
        )


def token_response(tokens: TokenIssuer, user: User) -> TokenResponse:
    return TokenResponse(
        access_token=tokens.issue(user.id, user.token_version, "access"),
        refresh_token=tokens.issue(user.id, user.token_version, "refresh"),
        token_type="bearer",
        expires_in=int(tokens.access_lifetime.total_seconds()),
        user=UserResponse.model_validate(user),
    )


async def login(
    session: AsyncSession,
    *,
    tokens: TokenIssuer,
    hasher: PasswordHasher,
    throttle: LoginThrottle,
    username: str,
    password: str,
    client: str,
) -> TokenResponse:
    repo = UserRepository.from_session(session)
    _refuse_while_locked(throttle, username, client)
    user = await repo.get_by_username(username)
    ok = await hasher.verify(password, user.password_hash if user else None)
    if user is None or not ok or not user.is_active:
        throttle.record_failure(username, client)
        log.info("failed login for username %r", username[:64])
        raise Unauthorized(*BAD_CREDENTIALS)
    throttle.record_success(username)
    user.last_login_at = utcnow()
    await repo.commit()
    return token_response(tokens, user)


async def refresh(
    session: AsyncSession, *, tokens: TokenIssuer, refresh_token: str
) -> TokenResponse:
    repo = UserRepository.from_session(session)
    claims = tokens.decode(refresh_token, "refresh")
    user = await repo.get(claims.user_id)
    if user is None or not user.is_active or user.token_version != claims.version:
        raise Unauthorized(
            "登录已失效，请重新登录", "Session is no longer valid; please log in again"
        )
    return token_response(tokens, user)


async def change_password(
    session: AsyncSession,
    *,
    tokens: TokenIssuer,
    hasher: PasswordHasher,
    throttle: LoginThrottle,
    user: User,
    old_password: str,
    new_password: str,
    client: str,
) -> TokenResponse:
    repo = UserRepository.from_session(session)
    # A wrong old password is a password guess: counted and locked out like a login.
    _refuse_while_locked(throttle, user.username, client)
    if not await hasher.verify(old_password, user.password_hash):
        throttle.record_failure(user.username, client)
        raise BadRequest("原密码错误", "The old password is incorrect")
    if old_password == new_password:
        raise BadRequest("新密码不能与原密码相同", "The new password must differ from the old one")
    user.password_hash = await hasher.hash(new_password)
    user.must_change_password = False
    user.token_version += 1
    user.updated_at = utcnow()
    await repo.commit()
    return token_response(tokens, user)
