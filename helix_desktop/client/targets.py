"""The bot-target endpoints of ``HelixClient`` (``/templates``, parse-curl, debug, compare)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from server.contract.compare import CompareResponse
from server.contract.target_tools import ParseCurlResponse, TargetDebugResponse
from server.contract.targets import TargetResponse

__all__ = ["DEBUG_TIMEOUT", "TargetEndpoints"]

# A debug waits for the bot like a run does (its total timeout may be long).
DEBUG_TIMEOUT = 600.0


class TargetEndpoints:
    """Mixed into ``HelixClient``: its own module because the client is long enough."""

    if TYPE_CHECKING:
        # HelixClient.request: one request, errors raised as ``ClientError``.
        request: Callable[..., Awaitable[httpx.Response]]

    async def list_targets(self, skip: int = 0, limit: int = 1000) -> list[TargetResponse]:
        response = await self.request("GET", "/templates", params={"skip": skip, "limit": limit})
        return [TargetResponse.model_validate(item) for item in response.json()]

    async def get_target(self, target_id: int) -> TargetResponse:
        response = await self.request("GET", f"/templates/{target_id}")
        return TargetResponse.model_validate(response.json())

    async def create_target(self, fields: Mapping[str, Any]) -> TargetResponse:
        response = await self.request("POST", "/templates", json=dict(fields))
        return TargetResponse.model_validate(response.json())

    async def update_target(self, target_id: int, changes: Mapping[str, Any]) -> TargetResponse:
        """Any subset of the fields; masked secrets sent back unchanged are kept."""
        response = await self.request("PUT", f"/templates/{target_id}", json=dict(changes))
        return TargetResponse.model_validate(response.json())

    async def delete_target(self, target_id: int) -> None:
        await self.request("DELETE", f"/templates/{target_id}")

    async def parse_curl(
        self, command: str, *, sample_question: str | None = None
    ) -> ParseCurlResponse:
        body: dict[str, Any] = {"curl_command": command}
        if sample_question:
            body["sample_question"] = sample_question
        response = await self.request("POST", "/tools/parse-curl", json=body)
        return ParseCurlResponse.model_validate(response.json())

    async def debug_target(
        self, template: Mapping[str, Any], question: str | None = None
    ) -> TargetDebugResponse:
        """Send one question to a target (saved: ``id``; unsaved: its fields) as a run would."""
        body: dict[str, Any] = {"template": dict(template)}
        if question:
            body["variables"] = {"question": question}
        response = await self.request("POST", "/templates/debug", json=body, timeout=DEBUG_TIMEOUT)
        return TargetDebugResponse.model_validate(response.json())

    async def compare_reports(self, a: str, b: str) -> CompareResponse:
        response = await self.request("GET", "/reports/compare", params={"a": a, "b": b})
        return CompareResponse.model_validate(response.json())
