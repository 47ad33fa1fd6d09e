"""Access and refresh JWTs (HS256) carrying the user's token version for revocation."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

import jwt

from server.errors import Unauthorized

__all__ = ["TokenClaims", "TokenIssuer", "TokenType"]

TokenType = Literal["access", "refresh"]
ALGORITHM = "HS256"


@dataclass(frozen=True, slots=True)
class TokenClaims:
    user_id: int
    version: int
    token_type: TokenType


class TokenIssuer:
    def __init__(self, secret: str, *, access_minutes: float, refresh_days: float) -> None:
        self._secret = secret
        self.access_lifetime = timedelta(minutes=access_minutes)
        self.refresh_lifetime = timedelta(days=refresh_days)

    def issue(self, user_id: int, version: int, token_type: TokenType) -> str:
        now = datetime.now(UTC)
        lifetime = self.access_lifetime if token_type == "access" else self.refresh_lifetime
        payload = {
            "sub": str(user_id),
            "ver": version,
            "type": token_type,
            "iat": now,
            "exp": now + lifetime,
            "jti": uuid.uuid4().hex,
        }
        return jwt.encode(payload, self._secret, algorithm=ALGORITHM)

    def decode(self, token: str, expected: TokenType) -> TokenClaims:
        try:
            payload = jwt.decode(
                token,
                self._secret,
                algorithms=[ALGORITHM],
                options={"require": ["exp", "iat", "sub", "type", "ver"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise Unauthorized("登录已过期，请重新登录", "Token has expired") from exc
        except jwt.PyJWTError as exc:
            raise Unauthorized("无效的令牌", "Invalid token") from exc
        if payload.get("type") != expected:
            if expected == "access":
                raise Unauthorized(
                    "令牌类型错误：需要访问令牌", "Wrong token type: access token required"
                )
            raise Unauthorized(
                "令牌类型错误：需要刷新令牌", "Wrong token type: refresh token required"
            )
        try:
            return TokenClaims(int(payload["sub"]), int(payload["ver"]), expected)
        except (TypeError, ValueError) as exc:
            raise Unauthorized("无效的令牌", "Invalid token") from exc
