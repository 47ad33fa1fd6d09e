"""Secrets shown masked to testers (``"****cdef"``); a masked value sent back means "keep".

One rule for ``/config`` and ``/templates``: the bot token, the values of headers
whose name says they carry a credential, and database passwords. Root sees them
in full.
"""

from __future__ import annotations

import re
from typing import Any

from server.contract.vocabulary import Role

__all__ = [
    "MASK",
    "is_secret_header",
    "keep_masked",
    "keep_masked_headers",
    "mask_config",
    "mask_db_url",
    "mask_headers",
    "mask_secret",
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
