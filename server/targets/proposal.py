"""A target proposal from a pasted request: the question and chat id become placeholders."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from pydantic import ValidationError

from server.contract.config import BODY_PLACEHOLDERS
from server.contract.targets import TargetCreate
from server.errors import BadRequest
from server.targets.curl import CurlRequest, json_body
from server.targets.service import rejected

__all__ = ["propose_target"]

_QUESTION_KEYS = {
    "user_input",
    "userinput",
    "question",
    "query",
    "prompt",
    "input",
    "content",
    "text",
    "message",
    "msg",
    "q",
    "user_question",
}
_CHAT_KEYS = {
    "chatid",
    "chat_id",
    "session_id",
    "sessionid",
    "conversation_id",
    "conversationid",
    "dialog_id",
    "dialogid",
    "sid",
}
# Headers the HTTP client sets itself, or that only a browser sends.
_DROPPED = {
    "host",
    "content-length",
    "accept-encoding",
    "connection",
    "priority",
    "pragma",
    "cache-control",
    "upgrade-insecure-requests",
    "dnt",
    "te",
}
_TOKEN_HEADERS = {
    "token",
    "x-token",
    "x-auth-token",
    "x-access-token",
    "access-token",
    "access_token",
    "api-key",
    "apikey",
    "x-api-key",
}
_NAME_IN_BRACES = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class _Placeholders:
    """Walks a body, putting ``{question}`` and ``{chat_id}`` where they belong."""

    def __init__(self, sample: str | None) -> None:
        self.sample = sample.strip() if sample and sample.strip() else None
        self.question = False
        self.chat_id = False

    def by_sample(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: self.by_sample(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.by_sample(v) for v in value]
        if isinstance(value, str) and self.sample and self.sample in value:
            self.question = True
            return value.replace(self.sample, "{question}")
        return value

    def by_key(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self.by_key(v) for v in value]
        if not isinstance(value, dict):
            return value
        out: dict[str, Any] = {}
        for key, item in value.items():
            lowered = key.lower()
            if lowered in _CHAT_KEYS and not isinstance(item, (dict, list)):
                self.chat_id = True
                out[key] = "{chat_id}"
            elif lowered in _QUESTION_KEYS and isinstance(item, str) and not self.question:
                self.question = True
                out[key] = "{question}"
            else:
                out[key] = self.by_key(item)
        return out


def _defuse(value: Any, warnings: list[str]) -> Any:
    """``{name}`` in the copied body that is not one of our placeholders loses its braces.

    A run would refuse it as an unknown placeholder; other braces (JSON in a string) stay.
    """
    if isinstance(value, dict):
        return {k: _defuse(v, warnings) for k, v in value.items()}
    if isinstance(value, list):
        return [_defuse(v, warnings) for v in value]
    if not isinstance(value, str):
        return value

    def plain(match: re.Match[str]) -> str:
        if match.group(1) in BODY_PLACEHOLDERS:
            return match.group(0)
        warnings.append(
            f"请求体中的 {match.group(0)} 不是占位符, 已去掉花括号 "
            f"({match.group(0)} is not a placeholder: its braces were removed)"
        )
        return match.group(1)

    return _NAME_IN_BRACES.sub(plain, value)


def _body_object(request: CurlRequest, warnings: list[str]) -> dict[str, Any]:
    if request.method == "GET":
        return dict(parse_qsl(urlsplit(request.url).query, keep_blank_values=True))
    body = json_body(request.body)
    if isinstance(body, dict):
        return body
    if isinstance(body, str):
        form = dict(parse_qsl(body, keep_blank_values=True))
        if form and "=" in body:
            warnings.append("请求体是表单, 将以 JSON 发送 (a form body will be sent as JSON)")
            return form
    warnings.append(
        "请求体不是 JSON 对象, 请手动填写请求体模板 (the body is not a JSON object: write the "
        "body template by hand)"
    )
    return {"user_input": "{question}", "chatId": "{chat_id}"}


def _auth(headers: dict[str, str]) -> tuple[str, dict[str, str]]:
    for name in list(headers):
        lowered = name.lower()
        if lowered == "authorization":
            value = headers.pop(name)
            scheme, _, token = value.partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                return "bearer", {"token": token.strip()}
            return "raw", {"token": value}
        if lowered in _TOKEN_HEADERS:
            return "header", {"token": headers.pop(name), "header": name}
    return "none", {}


def _code(host: str) -> str:
    code = re.sub(r"[^A-Za-z0-9_.-]+", "-", host).strip("-._")
    return code[:100] or "target"


def propose_target(
    request: CurlRequest, sample_question: str | None
) -> tuple[TargetCreate, list[str]]:
    """The target that sends this request, with placeholders; warnings say what to check."""
    warnings: list[str] = []
    headers = {
        k: v
        for k, v in request.headers.items()
        if k.lower() not in _DROPPED and not k.lower().startswith("sec-")
    }
    auth_type, auth_config = _auth(headers)
    walker = _Placeholders(sample_question)
    body = walker.by_sample(_body_object(request, warnings))
    body = _defuse(walker.by_key(body), warnings)
    if not walker.question:
        warnings.append(
            "没有找到问题字段, 请在请求体模板中用 {question} 标出 (no question found: mark it "
            "with {question} in the body template)"
        )
    if not walker.chat_id:
        warnings.append("没有找到会话 id 字段 (no chat id field found)")
    parts = urlsplit(request.url)
    endpoint = (
        parts.path
        if request.method == "GET"
        else parts.path + (f"?{parts.query}" if parts.query else "")
    )
    accept = next((v for k, v in headers.items() if k.lower() == "accept"), "").lower()
    mode = (
        "sse" if "event-stream" in accept else ("json" if accept == "application/json" else "auto")
    )
    host = parts.hostname or "target"
    values: dict[str, Any] = {
        "name": host,
        "code": _code(host),
        "base_url": f"{parts.scheme}://{parts.netloc}",
        "endpoint": endpoint,
        "method": request.method if request.method in ("GET", "POST") else "POST",
        "headers": headers,
        "body_template": body,
        "auth_type": auth_type,
        "auth_config": auth_config,
        "response_mode": mode,
    }
    if request.method not in ("GET", "POST"):
        warnings.append(f"不支持 {request.method}, 改为 POST ({request.method} is sent as POST)")
    if request.max_time is not None:
        values["timeout"] = request.max_time
    if request.connect_timeout is not None:
        values["connect_timeout"] = min(request.connect_timeout, 60.0)
    try:
        return TargetCreate.model_validate(values), warnings
    except ValidationError as exc:
        raise rejected(
            exc,
            zh="无法由该命令生成目标: ",
            en="Could not make a target of this command: ",
            error=BadRequest,
        ) from exc
