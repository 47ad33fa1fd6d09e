"""``ExperimentDetailsState``: one experiment's notes and versions per linked template,
its encoder groups and their metrics (VoidView's later parts), for the experiment dialog.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from PySide6.QtCore import QObject, Signal
from qasync import asyncSlot

from helix_desktop.state.rate_quality import RateQuality, rate_quality
from helix_desktop.state.session import FAILED, Session
from server.contract.transcoding import (
    GroupCreate,
    GroupResponse,
    GroupUpdate,
    MetricsResponse,
    MetricsWrite,
    VersionCreate,
    VersionResponse,
    VersionUpdate,
)

__all__ = ["ExperimentDetailsState"]


class ExperimentDetailsState(QObject):
    """What the dialog's detail panel and groups tab show; every edit goes through here."""

    link_loaded = Signal(int)  # template id: its notes and versions are here
    notes_saved = Signal(int)  # template id
    versions_changed = Signal(int, int)  # template id, the version to select (0: none)
    groups_changed = Signal()  # groups or metrics changed
    group_saved = Signal(int)  # group id
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, session: Session, experiment_id: int, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.experiment_id = experiment_id
        self.notes: dict[int, str] = {}
        self.versions: dict[int, list[VersionResponse]] = {}
        self.groups: list[GroupResponse] = []
        self.metrics: dict[int, MetricsResponse | None] = {}
        self._busy = 0
        self._tasks: set[asyncio.Task[Any]] = set()

    # Reading

    def curves(self) -> RateQuality:
        return rate_quality(self.groups, self.metrics)

    def group(self, group_id: int) -> GroupResponse | None:
        return next((g for g in self.groups if g.id == group_id), None)

    def version(self, template_id: int, version_id: int) -> VersionResponse | None:
        return next((v for v in self.versions.get(template_id, []) if v.id == version_id), None)

    # Plumbing

    async def _call(self, awaitable: Awaitable[Any]) -> Any:
        """A client call; failures go to ``failed`` and give ``FAILED``."""
        self._busy += 1
        if self._busy == 1:
            self.busy_changed.emit(True)
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        try:
            return await self.session.attempt(awaitable, self.failed.emit)
        finally:
            if task is not None:
                self._tasks.discard(task)
            self._busy -= 1
            if self._busy == 0:
                self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def close(self) -> None:
        """The dialog closed: calls still in flight are cancelled (nothing left to show)."""
        for task in list(self._tasks):
            task.cancel()

    # Notes and versions per linked template

    @asyncSlot(int)
    async def load_link(self, template_id: int) -> None:
        client = self.session.require_client()
        notes = await self._call(client.link_notes(self.experiment_id, template_id))
        versions = await self._call(client.list_versions(self.experiment_id, template_id))
        if notes is FAILED or versions is FAILED:
            return
        self.notes[template_id] = notes
        self.versions[template_id] = versions
        self.link_loaded.emit(template_id)

    @asyncSlot(int, str)
    async def save_notes(self, template_id: int, notes: str) -> None:
        client = self.session.require_client()
        saved = await self._call(client.set_link_notes(self.experiment_id, template_id, notes))
        if saved is not FAILED:
            self.notes[template_id] = saved
            self.notes_saved.emit(template_id)

    @asyncSlot(int, str, str, str)
    async def add_version(self, template_id: int, name: str, notes: str, content: str) -> None:
        client = self.session.require_client()
        data = VersionCreate(name=name, notes=notes or None, template_content=content or None)
        version = await self._call(client.create_version(self.experiment_id, template_id, data))
        if version is not FAILED:
            self.versions.setdefault(template_id, []).append(version)
            self.versions_changed.emit(template_id, version.id)

    @asyncSlot(int, int, object)
    async def save_version(self, template_id: int, version_id: int, changes: VersionUpdate) -> None:
        client = self.session.require_client()
        version = await self._call(client.update_version(version_id, changes))
        if version is FAILED:
            return
        listed = self.versions.get(template_id, [])
        self.versions[template_id] = [version if v.id == version_id else v for v in listed]
        self.versions_changed.emit(template_id, version_id)

    @asyncSlot(int, int)
    async def delete_version(self, template_id: int, version_id: int) -> None:
        client = self.session.require_client()
        if await self._call(client.delete_version(version_id)) is FAILED:
            return
        listed = self.versions.get(template_id, [])
        self.versions[template_id] = [v for v in listed if v.id != version_id]
        self.versions_changed.emit(template_id, 0)

    # Groups and their metrics

    @asyncSlot()
    async def load_groups(self) -> None:
        client = self.session.require_client()
        groups = await self._call(client.list_groups(self.experiment_id))
        if groups is FAILED:
            return
        answers = await asyncio.gather(*(self._call(client.group_metrics(g.id)) for g in groups))
        self.groups = groups
        self.metrics = {
            g.id: (None if answer is FAILED else answer)
            for g, answer in zip(groups, answers, strict=True)
        }
        self.groups_changed.emit()

    @asyncSlot(object, object)
    async def add_group(self, data: GroupCreate, metrics: MetricsWrite | None = None) -> None:
        client = self.session.require_client()
        group = await self._call(client.create_group(self.experiment_id, data))
        if group is FAILED:
            return
        self.groups.append(group)
        self.metrics[group.id] = None
        if metrics is not None and metrics.model_fields_set:
            written = await self._call(client.write_metrics(group.id, metrics))
            if written is not FAILED:
                self.metrics[group.id] = written
        self.groups_changed.emit()
        self.group_saved.emit(group.id)

    @asyncSlot(int, object, object)
    async def save_group(
        self, group_id: int, changes: GroupUpdate, metrics: MetricsWrite | None = None
    ) -> None:
        client = self.session.require_client()
        if changes.model_fields_set:
            group = await self._call(client.update_group(group_id, changes))
            if group is FAILED:
                return
            self.groups = [group if g.id == group_id else g for g in self.groups]
        if metrics is not None and metrics.model_fields_set:
            written = await self._call(client.write_metrics(group_id, metrics))
            if written is FAILED:
                self.groups_changed.emit()  # the group's own changes did land
                return
            self.metrics[group_id] = written
        self.groups_changed.emit()
        self.group_saved.emit(group_id)

    @asyncSlot(int)
    async def delete_group(self, group_id: int) -> None:
        client = self.session.require_client()
        if await self._call(client.delete_group(group_id)) is FAILED:
            return
        self.groups = [g for g in self.groups if g.id != group_id]
        self.metrics.pop(group_id, None)
        self.groups_changed.emit()
