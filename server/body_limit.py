"""A cap on request bodies that are not file uploads (JSON), enforced while they arrive.

Uploads (``multipart/form-data``) have their own, larger limit where they are read.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.errors import PayloadTooLarge, error_response
from server.i18n import Text

__all__ = ["BodySizeLimit", "BodyTooLarge"]


class BodyTooLarge(PayloadTooLarge, HTTPException):
    """413 for a body over the cap. Also an ``HTTPException`` so that FastAPI, which turns
    any other error met while reading a body into a 400, lets it through as it is
    (its handler is HelixError's, which reads ``text``, not ``detail``)."""

    def __init__(self, limit: int) -> None:
        mib = limit / (1024 * 1024)
        # HTTPException's constructor, not HelixError's: both chain to ``super()``.
        HTTPException.__init__(self, 413)
        self.text = Text(
            f"请求体太大：上限为 {mib:.1f} MB（{limit} 字节）",
            f"Request body too large: the limit is {mib:.1f} MB ({limit} bytes)",
        )
        self.headers = None


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return value.decode("latin-1")
    return ""


class BodySizeLimit:
    """Refuse a declared ``Content-Length`` over ``limit`` before reading anything, and
    stop reading a body (chunked, or lying about its length) once it passes ``limit``."""

    def __init__(self, app: ASGIApp, *, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or _header(scope, b"content-type").lower().startswith(
            "multipart/form-data"
        ):
            await self.app(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        if declared.isdigit() and int(declared) > self.limit:
            error = BodyTooLarge(self.limit)
            response = error_response(error, _header(scope, b"accept-language"))
            await response(scope, receive, send)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        await self.app(scope, limited, send)
