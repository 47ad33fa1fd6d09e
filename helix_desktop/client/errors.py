"""The client's one exception tree; every message is fit to show in a dialog.

ClientError                    base: ``str(exc)`` is the message for the user
 ├── ConnectionFailed          the server could not be reached ("cannot reach server ...")
 └── ApiError(status, detail)  the server answered with an error status
      └── AuthError            401: not logged in, wrong credentials
           └── SessionExpired  the refresh token no longer works: log in again
"""

from __future__ import annotations

from typing import Literal

__all__ = [
    "ApiError",
    "AuthError",
    "ClientError",
    "ConnectionFailed",
    "Language",
    "SessionExpired",
    "StreamFailed",
    "api_error",
]

Language = Literal["zh", "en"]


class ClientError(Exception):
    """A failure meant for the user; ``message`` reads well on its own."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConnectionFailed(ClientError):
    """The server did not answer (refused, DNS, timeout, TLS...)."""

    def __init__(self, url: str, reason: str, *, language: Language = "zh") -> None:
        if language == "en":
            message = f"Cannot reach server {url}: {reason}"
        else:
            message = f"无法连接服务器 {url}：{reason}"
        super().__init__(message)
        self.url = url
        self.reason = reason


class ApiError(ClientError):
    """The server answered with an error status and a ``detail``."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


class AuthError(ApiError):
    """401: not authenticated (bad credentials, missing or invalid token)."""


class SessionExpired(AuthError):
    """The access token expired and could not be refreshed: the user must log in again."""

    def __init__(self, detail: str | None = None, *, language: Language = "zh") -> None:
        if detail is None:
            detail = (
                "Your session has expired; please log in again"
                if language == "en"
                else "登录已过期，请重新登录"
            )
        super().__init__(401, detail)


class StreamFailed(ClientError):
    """A WebSocket stream gave up after repeated reconnect failures, or the server refused it."""


def api_error(status: int, detail: str) -> ApiError:
    """The right ``ApiError`` subclass for a status code."""
    if status == 401:
        return AuthError(status, detail)
    return ApiError(status, detail)
