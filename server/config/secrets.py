"""Secrets shown masked to testers (``"****cdef"``); a masked value sent back means "keep".

One rule for ``/config`` and ``/templates``: the bot token, the values of headers
whose name says they carry a credential, and database passwords. Root sees them
in full.

A secret kept that way never follows the bot elsewhere: when someone who saw it
masked changes the bot URL, every secret still set must be typed in again (or
cleared), or the change is refused. Otherwise a tester could point the bot at a
host of their own and receive the token with the next question.
"""

from __future__ import annotations

import re
from typing import Any

from server.contract.vocabulary import Role
from server.errors import BadRequest

__all__ = [
    "MASK",
    "is_secret_header",
    "keep_masked",
    "keep_masked_headers",
    "mask_config",
    "mask_db_url",
    "mask_headers",
    "mask_secret",
    "refuse_moved_secrets",
    "sees_secrets",
    "unmask_config",
]

MASK = "****"
# Shorter secrets show nothing but the mask: four of six characters would give them away.
_SHOW_TAIL_FROM = 8
_SECRET_HEADER = re.compile(
    r"auth|token|key|secret|cookie|session|passw|signature|credential|ticket", re.IGNORECASE
)


def sees_secrets(caller: Any) -> bool:
    """Root sees secrets in full; testers (and anonymous legacy callers) see them masked."""
    return caller is not None and getattr(caller, "role", None) == Role.ROOT


def mask_secret(value: str) -> str:
    """``"sk-0123456789abcdef"`` -> ``"****cdef"``; empty stays empty."""
    if not value:
        return value
    return MASK + (value[-4:] if len(value) >= _SHOW_TAIL_FROM else "")


def keep_masked(sent: str, current: str, mask: Any = mask_secret) -> str:
    """What to store when a client sends ``sent``: the current value if it is its mask."""
    if current and sent == mask(current):
        return current
    return sent


def is_secret_header(name: str) -> bool:
    return bool(_SECRET_HEADER.search(name))


def mask_headers(headers: dict[str, str]) -> dict[str, str]:
    return {k: mask_secret(v) if is_secret_header(k) else v for k, v in headers.items()}


def keep_masked_headers(sent: dict[str, str], current: dict[str, str]) -> dict[str, str]:
    """Header values sent back masked keep the current value of the same header."""
    lowered = {k.lower(): v for k, v in current.items()}
    return {k: keep_masked(v, lowered.get(k.lower(), "")) for k, v in sent.items()}


def mask_db_url(url: str | None) -> str | None:
    """The URL with its password masked (``postgresql://u:****word@host/db``)."""
    if not url:
        return url
    scheme, sep, rest = url.partition("://")
    userinfo, at, host = rest.rpartition("@")
    if not sep or not at:
        return url
    user, colon, password = userinfo.partition(":")
    if not colon or not password:
        return url
    return f"{scheme}://{user}:{mask_secret(password)}@{host}"


_DB_URL_FIELDS = ("validation_db_url", "metadata_db_url")


def mask_config(values: dict[str, Any]) -> dict[str, Any]:
    """A config (or target settings) dict with every secret masked."""
    masked = dict(values)
    if isinstance(masked.get("user_token"), str):
        masked["user_token"] = mask_secret(masked["user_token"])
    if isinstance(masked.get("headers"), dict):
        masked["headers"] = mask_headers(masked["headers"])
    for name in _DB_URL_FIELDS:
        if isinstance(masked.get(name), str):
            masked[name] = mask_db_url(masked[name])
    return masked


def unmask_config(sent: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """The changes a client sent, with masked values replaced by the current ones."""
    kept = dict(sent)
    if isinstance(kept.get("user_token"), str):
        kept["user_token"] = keep_masked(kept["user_token"], current.get("user_token") or "")
    if isinstance(kept.get("headers"), dict):
        kept["headers"] = keep_masked_headers(kept["headers"], current.get("headers") or {})
    for name in _DB_URL_FIELDS:
        if isinstance(kept.get(name), str):
            kept[name] = keep_masked(kept[name], current.get(name) or "", mask_db_url)
    return kept


def refuse_moved_secrets(
    *, typed: dict[str, Any], current: dict[str, Any], final: dict[str, Any]
) -> None:
    """``BadRequest`` when ``final`` sends the bot elsewhere than ``current`` with a secret
    of ``current`` that the caller did not type in (``typed``: the token and headers as
    sent, masks included; absent when not sent). For callers who see secrets masked."""
    if (final.get("bot_url") or "") == (current.get("bot_url") or ""):
        return
    kept: list[str] = []
    token = current.get("user_token") or ""
    if token and final.get("user_token") == token and typed.get("user_token") != token:
        kept.append("token")
    sent_headers = typed.get("headers")
    sent = {k.lower(): v for k, v in sent_headers.items()} if isinstance(sent_headers, dict) else {}
    final_headers = {k.lower(): v for k, v in (final.get("headers") or {}).items()}
    for name, value in (current.get("headers") or {}).items():
        key = name.lower()
        moved = value and final_headers.get(key) == value and sent.get(key) != value
        if moved and is_secret_header(name):
            kept.append(name)
    if kept:
        names = ", ".join(kept)
        raise BadRequest(
            f"机器人地址已更改：请重新输入 {names}"
            "（你看到的是掩码，密钥不会随地址带走），或将其清空",
            f"The bot URL changed: enter {names} again (you saw them masked, and secrets do "
            "not follow the bot to another address), or clear them",
        )
