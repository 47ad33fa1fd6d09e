"""What every repository shares."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, Result

__all__ = ["affected_rows"]


def affected_rows(result: Result[Any]) -> int:
    """Rows an UPDATE/DELETE matched (``execute`` is typed as returning any ``Result``)."""
    return cast(CursorResult[Any], result).rowcount or 0
