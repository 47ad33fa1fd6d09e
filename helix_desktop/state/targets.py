"""``TargetsState``: the bot targets (``/templates``), pasting a cURL, trying a target."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QObject, Signal
from qasync import asyncSlot

from helix_desktop.state.pending import PendingTasks, tracked
from helix_desktop.state.session import FAILED, Session
from server.contract.targets import TargetResponse

__all__ = ["EDITABLE_FIELDS", "TargetsState", "copy_fields"]

# The fields a client sends (a response has these and the server's own).
EDITABLE_FIELDS = (
    "name",
    "code",
    "description",
    "base_url",
    "endpoint",
    "method",
    "headers",
    "body_type",
    "body_template",
    "auth_type",
    "auth_config",
    "timeout",
    "response_mode",
    "sql_paths",
    "connect_timeout",
    "first_byte_timeout",
    "max_retries",
    "retry_backoff",
)


def copy_fields(target: TargetResponse, taken_codes: set[str]) -> dict[str, Any]:
    """A duplicate's fields: the same target under a free code (secrets stay the original's)."""
    fields = {name: getattr(target, name) for name in EDITABLE_FIELDS}
    base = re.sub(r"-copy(-\d+)?$", "", target.code)
    code, number = f"{base}-copy", 1
    taken = {c.lower() for c in taken_codes}
    while code.lower() in taken:
        number += 1
        code = f"{base}-copy-{number}"
    fields["code"] = code[:100]
    fields["name"] = f"{target.name} (2)" if number == 1 else f"{target.name} ({number + 1})"
    fields["copy_of"] = target.id
    return fields


class TargetsState(QObject):
    """Targets by id, the default first; every failure reported through ``failed``."""

    reset = Signal()  # ``targets`` replaced
    saved = Signal(object)  # TargetResponse (created or updated)
    deleted = Signal(int)
    proposed = Signal(object)  # ParseCurlResponse
    tested = Signal(object)  # TargetDebugResponse
    test_failed = Signal(str)
    testing_changed = Signal(bool)
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.targets: list[TargetResponse] = []
        self.loaded = False
        self.testing = False
        # Its slots, so a save still on its way at log-out or exit is waited for or cancelled.
        self.pending = PendingTasks()

    async def close(self) -> None:
        """At exit: cancel what is still running."""
        await self.pending.cancel_all()

    def forget(self) -> None:
        """At log-out: root's targets hold secrets the next user may not see."""
        self.targets = []
        self.loaded = False

    def target(self, target_id: int) -> TargetResponse | None:
        return next((t for t in self.targets if t.id == target_id), None)

    def row_of(self, target_id: int) -> int:
        return next((i for i, t in enumerate(self.targets) if t.id == target_id), -1)

    async def _call(self, awaitable: Any) -> Any:
        self.busy_changed.emit(True)
        try:
            return await self.session.attempt(awaitable, self.failed.emit)
        finally:
            self.busy_changed.emit(False)

    @asyncSlot()
    @tracked
    async def reload(self) -> None:
        targets = await self._call(self.session.require_client().list_targets())
        if targets is FAILED:
            return
        self.targets = list(targets)
        self.loaded = True
        self.reset.emit()

    @asyncSlot(int, dict)
    @tracked
    async def save(self, target_id: int, fields: dict[str, Any]) -> None:
        """Create (``target_id`` 0) or update a target with ``fields``."""
        client = self.session.require_client()
        call = (
            client.update_target(target_id, fields) if target_id else client.create_target(fields)
        )
        target = await self._call(call)
        if target is FAILED:
            return
        row = self.row_of(target.id)
        if row >= 0:
            self.targets[row] = target
        else:
            self.targets.append(target)
        self.reset.emit()
        self.saved.emit(target)

    @asyncSlot(int)
    @tracked
    async def duplicate(self, target_id: int) -> None:
        source = self.target(target_id)
        if source is None:
            return
        fields = copy_fields(source, {t.code for t in self.targets})
        await self.save(0, fields)

    @asyncSlot(int)
    @tracked
    async def delete(self, target_id: int) -> None:
        answer = await self._call(self.session.require_client().delete_target(target_id))
        if answer is FAILED:
            return
        self.targets = [t for t in self.targets if t.id != target_id]
        self.reset.emit()
        self.deleted.emit(target_id)

    @asyncSlot(str, str)
    @tracked
    async def parse_curl(self, command: str, sample_question: str = "") -> None:
        """A target proposal from a pasted "Copy as cURL" (``proposed``)."""
        client = self.session.require_client()
        parsed = await self._call(
            client.parse_curl(command, sample_question=sample_question or None)
        )
        if parsed is not FAILED:
            self.proposed.emit(parsed)

    @asyncSlot(dict, str)
    @tracked
    async def test(self, template: dict[str, Any], question: str = "") -> None:
        """Send one question to the target as shown (saved: with its ``id``)."""
        if self.testing:
            return
        self.testing = True
        self.testing_changed.emit(True)
        try:
            answer = await self.session.attempt(
                self.session.require_client().debug_target(template, question or None),
                self.test_failed.emit,
            )
        finally:
            self.testing = False
            self.testing_changed.emit(False)
        if answer is not FAILED:
            self.tested.emit(answer)
