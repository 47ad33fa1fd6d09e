"""The OpenAPI schema, corrected to describe the error bodies the server really sends.

FastAPI documents 422 as ``{"detail": [ ... ]}``; ours is ``{"detail": "<message>",
"errors": [ ... ]}`` (see ``server.errors``). Errors any operation may meet, whatever
its handler (a body too large or unparsable, a number out of range, an unknown
id), are declared here once rather than on every route.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from server.contract.common import ErrorResponse, ValidationErrorResponse

__all__ = ["install_openapi"]

_ERROR_REF = {"$ref": "#/components/schemas/ErrorResponse"}
_BODY_METHODS = {"post", "put", "patch"}


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ERROR_REF}}}


def _validation_error() -> dict[str, Any]:
    return {
        "description": "Validation Error",
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/HTTPValidationError"}}
        },
    }


def _complete(operation: dict[str, Any], method: str) -> None:
    responses: dict[str, Any] = operation.setdefault("responses", {})
    has_input = bool(operation.get("parameters")) or "requestBody" in operation
    if has_input or "422" in responses:
        # Any parameter may be out of range for the database, any body text hold a NUL;
        # and every 422 has the same body, whatever a route declared.
        responses["422"] = _validation_error()
    if method in _BODY_METHODS or "requestBody" in operation:  # DELETE with a body too
        responses.setdefault("400", _error("The request body could not be parsed"))
        responses.setdefault("413", _error("The request body is too large"))


def install_openapi(app: FastAPI) -> None:
    """Make ``app.openapi()`` return the corrected schema (built once, then cached)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["ErrorResponse"] = ErrorResponse.model_json_schema()
        components["HTTPValidationError"] = ValidationErrorResponse.model_json_schema(
            ref_template="#/components/schemas/{model}"
        )
        components.update(components["HTTPValidationError"].pop("$defs", {}))
        for path in schema.get("paths", {}).values():
            for method, operation in path.items():
                _complete(operation, method)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
