"""What no database column may receive: integers beyond 64 bits, text with NUL characters.

Checked on every query's parameters (an engine event) and on JSON column values
before they are serialised, so a bad value is the caller's 422 on every database,
not a driver crash (500) on one and silently stored on another.
"""

from __future__ import annotations

from typing import Any

from server.errors import Unprocessable

__all__ = ["INT64_MAX", "INT64_MIN", "refuse_unstorable_parameters", "unstorable"]

# SQLite's INTEGER and PostgreSQL's BIGINT: a Python int outside this range cannot be bound.
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


def unstorable(value: Any) -> Unprocessable | None:
    """Why a query parameter cannot be stored, or None."""
    if isinstance(value, str):
        if "\x00" in value:
            return Unprocessable(
                "文本不能包含 NUL 字符（\\u0000）", "Text must not contain NUL characters (\\u0000)"
            )
    elif isinstance(value, int) and not isinstance(value, bool):
        if not INT64_MIN <= value <= INT64_MAX:
            return Unprocessable(
                f"数值超出范围：整数必须在 {INT64_MIN} 到 {INT64_MAX} 之间",
                f"Number out of range: integers must be between {INT64_MIN} and {INT64_MAX}",
            )
    elif isinstance(value, dict):
        return unstorable(list(value.keys())) or unstorable(list(value.values()))
    elif isinstance(value, list | tuple):
        return next(filter(None, map(unstorable, value)), None)
    return None


def refuse_unstorable_parameters(
    _conn: Any, _cursor: Any, _statement: str, parameters: Any, _context: Any, _many: bool
) -> None:
    """Every query's parameters, before the driver sees them: an id, offset or id list
    beyond 64 bits, or text with a NUL character, is the caller's mistake (422) on every
    database, not a driver crash (500) on one and silently stored on another."""
    error = unstorable(parameters)
    if error is not None:
        raise error
