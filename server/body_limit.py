"""Caps on request bodies, enforced while they arrive: JSON and other bodies have one
limit, uploads (``multipart/form-data``) a larger one, so that no request is buffered
(or spooled to disk) past its cap before a handler gets to refuse it.
"""

from __future__ import annotations

from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.errors import PayloadTooLarge, error_response

__all__ = ["UPLOAD_ENVELOPE", "BodySizeLimit", "body_too_large", "upload_too_large"]

# Room for the multipart boundaries and part headers around the uploaded file itself.
UPLOAD_ENVELOPE = 64 * 1024


def body_too_large(limit: int) -> PayloadTooLarge:
    mib = limit / (1024 * 1024)
    return PayloadTooLarge(
        f"请求体太大：上限为 {mib:.1f} MB（{limit} 字节）",
        f"Request body too large: the limit is {mib:.1f} MB ({limit} bytes)",
    )


def upload_too_large(limit: int) -> PayloadTooLarge:
    mib = limit / (1024 * 1024)
    return PayloadTooLarge(
        f"文件太大：上限为 {mib:.1f} MB（{limit} 字节）",
        f"File too large: the limit is {mib:.1f} MB ({limit} bytes)",
    )


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return value.decode("latin-1")
    return ""


class BodySizeLimit:
    """Refuse a declared ``Content-Length`` over the cap before reading anything, and stop
    reading a body (chunked, or lying about its length) once it passes the cap."""

    def __init__(self, app: ASGIApp, *, json_limit: int, upload_limit: int) -> None:
        self.app = app
        self.json_limit = json_limit
        self.upload_limit = upload_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if _header(scope, b"content-type").lower().startswith("multipart/form-data"):
            cap, error = self.upload_limit + UPLOAD_ENVELOPE, upload_too_large(self.upload_limit)
        else:
            cap, error = self.json_limit, body_too_large(self.json_limit)
        language = _header(scope, b"accept-language")
        declared = _header(scope, b"content-length")
        if declared.isdigit() and int(declared) > cap:
            await error_response(error, language)(scope, receive, send)
            return
        received = 0
        answered = False

        async def limited_receive() -> Message:
            nonlocal received, answered
            message = await receive()
            if message["type"] == "http.request" and not answered:
                received += len(message.get("body", b""))
                if received > cap:
                    # Answer now; the app then sees the client gone and stops reading.
                    # (An exception here would reach FastAPI, which makes any error
                    # met while reading a body a 400.)
                    answered = True
                    await error_response(error, language)(scope, receive, send)
                    return {"type": "http.disconnect"}
            return message

        async def send_unless_answered(message: Message) -> None:
            if not answered:
                await send(message)

        try:
            await self.app(scope, limited_receive, send_unless_answered)
        except ClientDisconnect:
            if not answered:
                raise
            # A handler reading the body itself met the disconnect we sent it: expected.
