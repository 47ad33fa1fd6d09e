"""The backend's one exception tree and the handlers that turn it into ``{"detail": ...}``.

HelixError                (400 unless a subclass says otherwise)
 ├── BadRequest           400
 ├── Unauthorized         401
 ├── Forbidden            403
 ├── NotFound             404
 ├── Conflict             409
 ├── PayloadTooLarge      413
 ├── Unprocessable        422
 ├── TooManyRequests      429
 └── ServiceUnavailable   503
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import StatementError
from starlette.exceptions import HTTPException as StarletteHTTPException

from server.i18n import Language, Text, pick_language

__all__ = [
    "BadRequest",
    "Conflict",
    "Forbidden",
    "HelixError",
    "NotFound",
    "PayloadTooLarge",
    "ServiceUnavailable",
    "TooManyRequests",
    "Unauthorized",
    "Unprocessable",
    "error_response",
    "install_error_handlers",
    "language_of",
]

log = logging.getLogger(__name__)


class HelixError(Exception):
    """An error meant for the caller: a status code and a bilingual message."""

    status_code = 400

    def __init__(self, zh: str, en: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(en)
        self.text = Text(zh=zh, en=en)
        self.headers = headers

    def detail(self, language: Language) -> str:
        return self.text.render(language)


class BadRequest(HelixError):
    status_code = 400


class Unauthorized(HelixError):
    status_code = 401

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(zh, en, headers={"WWW-Authenticate": "Bearer"})


class Forbidden(HelixError):
    status_code = 403


class NotFound(HelixError):
    status_code = 404


class Conflict(HelixError):
    status_code = 409


class PayloadTooLarge(HelixError):
    status_code = 413


class Unprocessable(HelixError):
    status_code = 422


class TooManyRequests(HelixError):
    status_code = 429


class ServiceUnavailable(HelixError):
    status_code = 503


def language_of(request: Request) -> Language:
    return pick_language(request.headers.get("accept-language"))


def error_response(exc: HelixError, accept_language: str | None) -> JSONResponse:
    """The JSON answer for ``exc``; a 422 carries the ``errors`` list every 422 has."""
    detail = exc.text.render(pick_language(accept_language))
    body: dict[str, Any] = {"detail": detail}
    if exc.status_code == 422:
        body["errors"] = [{"loc": [], "msg": detail, "type": "value_error"}]
    return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)


# Pydantic error types rendered in Chinese; anything else falls back to pydantic's text.
_ZH_VALIDATION = {
    "missing": "缺少必填字段",
    "string_too_short": "太短",
    "string_too_long": "太长",
    "string_type": "应为字符串",
    "int_parsing": "应为整数",
    "int_type": "应为整数",
    "bool_parsing": "应为布尔值",
    "bool_type": "应为布尔值",
    "greater_than_equal": "数值太小",
    "less_than_equal": "数值太大",
    "greater_than": "数值太小",
    "less_than": "数值太大",
    "literal_error": "取值无效",
    "enum": "取值无效",
    "json_invalid": "JSON 格式错误",
    "model_attributes_type": "格式错误",
    "dict_type": "应为对象",
    "list_type": "应为列表",
    "string_pattern_mismatch": "格式不正确",
    "value_error": "取值无效",
    "url_parsing": "不是有效的 URL",
    "extra_forbidden": "不允许的字段",
    "too_short": "太短",
    "too_long": "太长",
}

_LOCATION_PREFIXES = {"body", "query", "path", "header", "cookie"}


def _field_name(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in _LOCATION_PREFIXES:
        parts = parts[1:]
    return ".".join(parts) or "body"


def validation_detail(errors: list[dict[str, Any]], language: Language) -> str:
    """One readable line naming every field that failed and why."""
    pieces = []
    for error in errors[:5]:
        field = _field_name(error.get("loc", ()))
        if error.get("type") == "json_invalid":
            # The location is a character offset, not a field.
            field = f"body@{field}"
        if language == "en":
            pieces.append(f"{field}: {error.get('msg', 'invalid value')}")
        else:
            reason = _ZH_VALIDATION.get(str(error.get("type")))
            if reason is None or str(error.get("type")) == "value_error":
                # Our own validators raise messages that already read well.
                reason = str(error.get("msg", "取值无效")).removeprefix("Value error, ")
            pieces.append(f"{field}: {reason}")
    prefix = "Invalid request: " if language == "en" else "请求参数无效: "
    return prefix + "; ".join(pieces)


def _plain_errors(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg")), "type": e.get("type")}
        for e in errors
    ]


_HTTP_TEXT = {
    404: Text("资源不存在", "Not found"),
    405: Text("不支持的请求方法", "Method not allowed"),
    401: Text("未认证", "Not authenticated"),
    403: Text("权限不足", "Forbidden"),
}


# What FastAPI and Starlette answer when a body does not parse (they raise 400s in English).
_BODY_PARSE_TEXT = {
    "There was an error parsing the body": Text(
        "请求体无法解析（编码或格式错误）",
        "The request body could not be parsed (bad encoding or format)",
    ),
    "Missing boundary in multipart.": Text(
        "multipart 请求缺少 boundary", "The multipart request has no boundary"
    ),
}


def _body_parse_text(detail: str) -> Text:
    known = _BODY_PARSE_TEXT.get(detail)
    if known is not None:
        return known
    return Text(f"请求体无法解析：{detail}", f"The request body could not be parsed: {detail}")


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HelixError)
    async def _helix(request: Request, exc: HelixError) -> JSONResponse:
        return error_response(exc, request.headers.get("accept-language"))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        return JSONResponse(
            {
                "detail": validation_detail(errors, language_of(request)),
                "errors": _plain_errors(errors),
            },
            status_code=422,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        text = _HTTP_TEXT.get(exc.status_code)
        if exc.status_code == 400:
            text = _body_parse_text(str(exc.detail))
        detail = text.render(language_of(request)) if text else str(exc.detail)
        return JSONResponse(
            {"detail": detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None)
        )

    @app.exception_handler(StatementError)
    async def _statement(request: Request, exc: StatementError) -> JSONResponse:
        # SQLAlchemy wraps what a column type refuses while binding (see server.db.storable).
        if isinstance(exc.orig, HelixError):
            return error_response(exc.orig, request.headers.get("accept-language"))
        return await _unexpected(request, exc)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        text = Text("服务器内部错误", "Internal server error")
        return JSONResponse({"detail": text.render(language_of(request))}, status_code=500)
