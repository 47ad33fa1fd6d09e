"""VoidView's later endpoints (notes, versions, groups, metrics), mixed into ``HelixClient``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from helix_desktop.client.errors import ApiError
from server.contract.common import MessageResponse
from server.contract.transcoding import (
    GroupCreate,
    GroupResponse,
    GroupUpdate,
    MetricsResponse,
    MetricsWrite,
    NotesResponse,
    NotesUpdated,
    VersionCreate,
    VersionResponse,
    VersionUpdate,
)

if TYPE_CHECKING:
    import httpx

__all__ = ["TranscodingCalls"]

EXPERIMENTS = "/api/v1/experiments"
NOT_FOUND = 404


def _sent(data: BaseModel) -> dict[str, Any]:
    """Only the fields set: partial updates change what is sent, ``null`` included."""
    return data.model_dump(mode="json", exclude_unset=True)


class TranscodingCalls:
    """Per-link notes and versions, encoder groups and their objective metrics."""

    if TYPE_CHECKING:

        async def request(
            self,
            method: str,
            path: str,
            *,
            json: Any = None,
            params: Mapping[str, Any] | None = None,
            files: Any = None,
            authenticated: bool = True,
            timeout: float | None = None,
        ) -> httpx.Response: ...

    async def _answer(self, method: str, path: str, json: Any = None) -> Any:
        return (await self.request(method, path, json=json)).json()

    # Notes and versions of one experiment-template link

    async def link_notes(self, experiment_id: int, template_id: int) -> str:
        path = f"{EXPERIMENTS}/{experiment_id}/templates/{template_id}/notes"
        return NotesResponse.model_validate(await self._answer("GET", path)).notes

    async def set_link_notes(self, experiment_id: int, template_id: int, notes: str) -> str:
        path = f"{EXPERIMENTS}/{experiment_id}/templates/{template_id}/notes"
        answer = await self._answer("PUT", path, {"notes": notes})
        return NotesUpdated.model_validate(answer).notes

    async def list_versions(self, experiment_id: int, template_id: int) -> list[VersionResponse]:
        path = f"{EXPERIMENTS}/{experiment_id}/templates/{template_id}/versions"
        return [VersionResponse.model_validate(v) for v in await self._answer("GET", path)]

    async def create_version(
        self, experiment_id: int, template_id: int, data: VersionCreate
    ) -> VersionResponse:
        path = f"{EXPERIMENTS}/{experiment_id}/templates/{template_id}/versions"
        return VersionResponse.model_validate(await self._answer("POST", path, _sent(data)))

    async def update_version(self, version_id: int, changes: VersionUpdate) -> VersionResponse:
        path = f"{EXPERIMENTS}/versions/{version_id}"
        return VersionResponse.model_validate(await self._answer("PUT", path, _sent(changes)))

    async def delete_version(self, version_id: int) -> MessageResponse:
        path = f"{EXPERIMENTS}/versions/{version_id}"
        return MessageResponse.model_validate(await self._answer("DELETE", path))

    # Groups and metrics

    async def list_groups(self, experiment_id: int) -> list[GroupResponse]:
        path = f"{EXPERIMENTS}/{experiment_id}/groups"
        return [GroupResponse.model_validate(g) for g in await self._answer("GET", path)]

    async def create_group(self, experiment_id: int, data: GroupCreate) -> GroupResponse:
        path = f"{EXPERIMENTS}/{experiment_id}/groups"
        return GroupResponse.model_validate(await self._answer("POST", path, _sent(data)))

    async def update_group(self, group_id: int, changes: GroupUpdate) -> GroupResponse:
        path = f"{EXPERIMENTS}/groups/{group_id}"
        return GroupResponse.model_validate(await self._answer("PUT", path, _sent(changes)))

    async def delete_group(self, group_id: int) -> MessageResponse:
        path = f"{EXPERIMENTS}/groups/{group_id}"
        return MessageResponse.model_validate(await self._answer("DELETE", path))

    async def group_metrics(self, group_id: int) -> MetricsResponse | None:
        """The group's metrics; ``None`` while none were written (the server's 404)."""
        try:
            answer = await self._answer("GET", f"{EXPERIMENTS}/groups/{group_id}/metrics")
        except ApiError as exc:
            if exc.status == NOT_FOUND:
                return None
            raise
        return MetricsResponse.model_validate(answer)

    async def write_metrics(self, group_id: int, data: MetricsWrite) -> MetricsResponse:
        path = f"{EXPERIMENTS}/groups/{group_id}/metrics"
        return MetricsResponse.model_validate(await self._answer("POST", path, _sent(data)))
