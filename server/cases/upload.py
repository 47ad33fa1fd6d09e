"""Reading one uploaded file from a multipart request, never more than the size limit."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass

from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request

from server.errors import BadRequest, PayloadTooLarge

__all__ = ["UPLOAD_OPENAPI", "Upload", "read_upload"]

# Room for the multipart boundaries and part headers around the file itself.
_ENVELOPE = 64 * 1024

# The request body of an upload endpoint, for the OpenAPI schema (the body is read by hand).
UPLOAD_OPENAPI = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {
                            "type": "string",
                            "format": "binary",
                            "description": ".xlsx or .csv (UTF-8, UTF-8 with BOM, or GBK)",
                        }
                    },
                }
            }
        },
    }
}


@dataclass(frozen=True, slots=True)
class Upload:
    filename: str
    data: bytes


def _too_large(limit: int) -> PayloadTooLarge:
    mib = limit / (1024 * 1024)
    return PayloadTooLarge(
        f"文件太大：上限为 {mib:.1f} MB（{limit} 字节）",
        f"File too large: the limit is {mib:.1f} MB ({limit} bytes)",
    )


async def _body(request: Request, limit: int) -> bytes:
    """The raw body, refused as soon as it passes the limit (nothing unbounded is buffered)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit + _ENVELOPE:
        raise _too_large(limit)
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit + _ENVELOPE:
            raise _too_large(limit)
    return bytes(body)


async def read_upload(request: Request, *, field: str = "file", limit: int) -> Upload:
    """The named file part of a ``multipart/form-data`` request, at most ``limit`` bytes."""
    if not request.headers.get("content-type", "").lower().startswith("multipart/form-data"):
        raise BadRequest(
            f"请以 multipart/form-data 上传文件（字段名 {field}）",
            f"Upload the file as multipart/form-data (field '{field}')",
        )
    body = await _body(request, limit)

    async def single_chunk() -> AsyncGenerator[bytes, None]:
        yield body

    parser = MultiPartParser(request.headers, single_chunk(), max_files=4, max_fields=16)
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        raise BadRequest(
            f"上传内容格式错误: {exc.message}", f"Malformed upload: {exc.message}"
        ) from exc
    try:
        part = form.get(field)
        if not isinstance(part, UploadFile):
            raise BadRequest(
                f"缺少上传文件（字段名 {field}）", f"No file uploaded (expected field '{field}')"
            )
        data = await part.read()
        if len(data) > limit:
            raise _too_large(limit)
        return Upload(filename=(part.filename or "").strip(), data=data)
    finally:
        await form.close()
