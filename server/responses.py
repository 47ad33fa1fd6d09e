"""The error responses routers declare for OpenAPI, written once for every router."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from server.contract.common import ErrorResponse

__all__ = ["AUTH", "MISSING", "Responses", "errors"]

# What FastAPI's ``responses=`` takes; annotated so that merged dicts keep the type.
Responses = dict[int | str, dict[str, Any]]


def errors(*codes: int, described: Mapping[int, str] | None = None) -> Responses:
    """``{"model": ErrorResponse}`` for each code; ``described`` adds codes with a description."""
    declared: Responses = {code: {"model": ErrorResponse} for code in codes}
    for code, description in (described or {}).items():
        declared[code] = {"model": ErrorResponse, "description": description}
    return declared


# Every route needs a caller (401) with the right role (403).
AUTH: Final = errors(401, 403)
# ... and routes with an id in the path may not find it.
MISSING: Final = errors(401, 403, 404)
