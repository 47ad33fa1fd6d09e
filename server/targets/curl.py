"""Read a pasted ``curl`` command (as browsers' "Copy as cURL" write it) into a request."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

from server.errors import BadRequest
from server.targets.shell_words import ShellSyntaxError, looks_like_cmd, split_bash, split_cmd

__all__ = ["CurlRequest", "json_body", "parse_curl"]

# Options that take a value, by every name curl knows them by (what browsers and
# people paste); their value is used or, for the ones below, skipped.
_WITH_VALUE = {
    "-X": "method",
    "--request": "method",
    "-H": "header",
    "--header": "header",
    "-d": "data",
    "--data": "data",
    "--data-raw": "data",
    "--data-binary": "data",
    "--data-ascii": "data",
    "--data-urlencode": "data",
    "--json": "json",
    "-b": "cookie",
    "--cookie": "cookie",
    "-A": "user_agent",
    "--user-agent": "user_agent",
    "-e": "referer",
    "--referer": "referer",
    "-u": "user",
    "--user": "user",
    "--url": "url",
    "-m": "max_time",
    "--max-time": "max_time",
    "--connect-timeout": "connect_timeout",
    "-o": "ignore",
    "--output": "ignore",
    "-w": "ignore",
    "--write-out": "ignore",
    "--retry": "ignore",
    "-x": "ignore",
    "--proxy": "ignore",
    "--resolve": "ignore",
    "--cacert": "ignore",
    "-E": "ignore",
    "--cert": "ignore",
    "--key": "ignore",
    "-c": "ignore",
    "--cookie-jar": "ignore",
}
_FLAGS = {
    "--compressed",
    "-k",
    "--insecure",
    "-L",
    "--location",
    "-s",
    "--silent",
    "-S",
    "--show-error",
    "-i",
    "--include",
    "-v",
    "--verbose",
    "-N",
    "--no-buffer",
    "-G",
    "--get",
    "-f",
    "--fail",
    "--http1.1",
    "--http2",
    "--http2-prior-knowledge",
    "--http3",
    "-0",
    "--http1.0",
    "-g",
    "--globoff",
    "--ssl-no-revoke",
    "--path-as-is",
}


@dataclass
class CurlRequest:
    """What the command would send."""

    method: str
    url: str
    headers: dict[str, str]
    body: str | None
    shell: Literal["bash", "cmd"]
    max_time: float | None = None
    connect_timeout: float | None = None
    ignored: list[str] = field(default_factory=list)


def _bad(zh: str, en: str) -> BadRequest:
    return BadRequest(f"无法解析 curl 命令: {zh}", f"Could not parse the curl command: {en}")


def _words(command: str) -> tuple[list[str], Literal["bash", "cmd"]]:
    shell: Literal["bash", "cmd"] = "cmd" if looks_like_cmd(command) else "bash"
    try:
        words = split_cmd(command) if shell == "cmd" else split_bash(command)
    except ShellSyntaxError as exc:
        raise _bad(exc.zh, exc.en) from exc
    return words, shell


def _seconds(option: str, value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise _bad(
            f"{option} 的值不是数字: {value!r}", f"{option} is not a number: {value!r}"
        ) from None
    if not 0 < seconds <= 3600:
        raise _bad(f"{option} 超出范围: {value}", f"{option} is out of range: {value}")
    return seconds


def _add_header(headers: dict[str, str], raw: str) -> None:
    name, sep, value = raw.partition(":")
    name = name.strip()
    if not sep or not name or any(c in name for c in " \t"):
        raise _bad(f"无效的请求头: {raw!r}", f"invalid header: {raw!r}")
    if not value.strip():
        # curl: "Name:" removes a header, "Name;" sends it empty; neither matters here.
        headers.pop(_find(headers, name) or name, None)
        return
    headers[_find(headers, name) or name] = value.strip()


def _find(headers: dict[str, str], name: str) -> str | None:
    return next((k for k in headers if k.lower() == name.lower()), None)


def _split_option(word: str) -> tuple[str, str | None]:
    """``--data=x`` -> (``--data``, ``x``); ``-XPOST`` -> (``-X``, ``POST``)."""
    if word.startswith("--") and "=" in word:
        name, _, value = word.partition("=")
        return name, value
    if len(word) > 2 and not word.startswith("--") and word[:2] in _WITH_VALUE:
        return word[:2], word[2:]
    return word, None


def parse_curl(command: str) -> CurlRequest:
    """The request a ``curl`` command sends; 400 naming what could not be read."""
    words, shell = _words(command.strip())
    if not words or words[0].lower() not in ("curl", "curl.exe"):
        raise _bad("应以 curl 开头", "it must start with curl")
    method: str | None = None
    url: str | None = None
    headers: dict[str, str] = {}
    data: list[str] = []
    request = CurlRequest(method="", url="", headers=headers, body=None, shell=shell)
    i = 1
    while i < len(words):
        word = words[i]
        i += 1
        if not word.startswith("-") or word == "-":
            if url is not None:
                raise _bad(f"多余的参数: {word!r}", f"unexpected argument: {word!r}")
            url = word
            continue
        if word in _FLAGS:
            if word in ("-G", "--get"):
                method = "GET"
            continue
        name, value = _split_option(word)
        kind = _WITH_VALUE.get(name)
        if kind is None:
            raise _bad(f"不支持的选项: {word}", f"unsupported option: {word}")
        if value is None:
            if i >= len(words):
                raise _bad(f"选项 {name} 缺少值", f"option {name} needs a value")
            value = words[i]
            i += 1
        if kind == "method":
            method = value.upper()
        elif kind == "header":
            _add_header(headers, value)
        elif kind == "data":
            if value.startswith("@") and name not in ("--data-raw", "--data-urlencode"):
                raise _bad(
                    f"{name} {value}: 不能读取文件, 请粘贴请求体本身",
                    f"{name} {value}: cannot read a file; paste the body itself",
                )
            data.append(value)
        elif kind == "json":
            data.append(value)
            headers.setdefault(_find(headers, "Content-Type") or "Content-Type", "application/json")
            headers.setdefault(_find(headers, "Accept") or "Accept", "application/json")
        elif kind == "cookie":
            headers[_find(headers, "Cookie") or "Cookie"] = value
        elif kind == "user_agent":
            headers[_find(headers, "User-Agent") or "User-Agent"] = value
        elif kind == "referer":
            headers[_find(headers, "Referer") or "Referer"] = value
        elif kind == "user":
            encoded = base64.b64encode(value.encode()).decode()
            headers[_find(headers, "Authorization") or "Authorization"] = f"Basic {encoded}"
        elif kind == "url":
            url = value
        elif kind == "max_time":
            request.max_time = _seconds(name, value)
        elif kind == "connect_timeout":
            request.connect_timeout = _seconds(name, value)
        else:
            request.ignored.append(name)
    if url is None:
        raise _bad("没有 URL", "no URL found")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise _bad(f"URL 应以 http:// 或 https:// 开头: {url!r}", f"not an http(s) URL: {url!r}")
    request.url = url
    request.body = "&".join(data) if data else None
    request.method = method or ("POST" if data else "GET")
    return request


def json_body(body: str | None) -> Any:
    """The body as JSON when it is JSON, else the text as it is."""
    if body is None:
        return None
    try:
        return json.loads(body)
    except ValueError:
        return body
