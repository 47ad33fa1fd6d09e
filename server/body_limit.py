"""A cap on request bodies that are not file uploads (JSON), enforced while they arrive.

Uploads (``multipart/form-data``) have their own, larger limit where they are read.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.errors import PayloadTooLarge, error_response

__all__ = ["BodySizeLimit"]


def _too_large(limit: int) -> PayloadTooLarge:
    mib = limit / (1024 * 1024)
    return PayloadTooLarge(
        f"请求体太大：上限为 {mib:.1f} MB（{limit} 字节）",
        f"Request body too large: the limit is {mib:.1f} MB ({limit} bytes)",
    )


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
        content_type = _header(scope, b"content-type").lower()
        if scope["type"] != "http" or content_type.startswith("multipart/form-data"):
            await self.app(scope, receive, send)
            return
        language = _header(scope, b"accept-language")
        declared = _header(scope, b"content-length")
        if declared.isdigit() and int(declared) > self.limit:
            await error_response(_too_large(self.limit), language)(scope, receive, send)
            return
        received = 0
        answered = False

        async def limited_receive() -> Message:
            nonlocal received, answered
            message = await receive()
            if message["type"] == "http.request" and not answered:
                received += len(message.get("body", b""))
                if received > self.limit:
                    # Answer now; the app then sees the client gone and stops reading.
                    # (An exception here would reach FastAPI, which makes any error
                    # met while reading a body a 400.)
                    answered = True
                    await error_response(_too_large(self.limit), language)(scope, receive, send)
                    return {"type": "http.disconnect"}
            return message

        async def send_unless_answered(message: Message) -> None:
            if not answered:
                await send(message)

        await self.app(scope, limited_receive, send_unless_answered)
