"""``GeneratorState``: metadata source, preview, question templates and case generation."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from qasync import asyncSlot

from helix_desktop.client.errors import ApiError, ClientError, SessionExpired
from helix_desktop.state.config import sent_value
from helix_desktop.state.pending import PendingTasks, tracked
from helix_desktop.state.session import FAILED, Session
from server.contract.generator import (
    GenerateRequest,
    PreviewResponse,
    QuestionTemplateCreate,
    QuestionTemplateResponse,
    QuestionTemplateUpdate,
)

__all__ = ["SOURCE_FIELDS", "GeneratorState"]

# The /config fields the generator reads (see the config field list).
SOURCE_FIELDS = ("metadata_source", "metadata_db_url", "indicator_query", "entity_query")


class GeneratorState(QObject):
    """What the Generator page shows; every call reports through a signal, never raises."""

    source_loaded = Signal(dict)  # the SOURCE_FIELDS of /config
    source_unavailable = Signal(str)  # the server has no /config (yet): why
    source_failed = Signal(str)
    source_saved = Signal(dict)
    preview_loaded = Signal(object)  # PreviewResponse
    preview_failed = Signal(str)
    templates_loaded = Signal(list)  # list[QuestionTemplateResponse]
    template_saved = Signal(object)  # QuestionTemplateResponse
    template_failed = Signal(str)  # shown inline in the template editor
    templates_failed = Signal(str)  # list-level failures (toggle, delete)
    uploaded = Signal(object)  # MetadataUploadResponse
    upload_failed = Signal(str)
    generated = Signal(object)  # GenerateResponse
    generate_failed = Signal(str)
    busy_changed = Signal(bool)
    show_cases_requested = Signal()  # the app switches to the Cases page and reloads it

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pending = PendingTasks()
        self.source: dict[str, Any] = {}
        self.source_available: bool | None = None
        self.preview: PreviewResponse | None = None
        self.templates: list[QuestionTemplateResponse] = []
        self._busy = 0
        self._load_requested = False
        session.logged_out.connect(self._forget)

    def ensure_loaded(self) -> None:
        """Read the source and the preview once (the page asks when first shown)."""
        if not self._load_requested:
            self._load_requested = True
            self.load_source()
            self.refresh_preview()

    def _forget(self) -> None:
        self._load_requested = False
        self.source_available = None
        self.preview = None

    def _set_busy(self, delta: int) -> None:
        before = self._busy > 0
        self._busy += delta
        if (self._busy > 0) != before:
            self.busy_changed.emit(self._busy > 0)

    async def _attempt(self, awaitable: Any, on_error: Any) -> Any:
        self._set_busy(1)
        try:
            return await self.session.attempt(awaitable, on_error)
        finally:
            self._set_busy(-1)

    # ------------------------------------------------------------------ source

    @asyncSlot()
    @tracked
    async def load_source(self) -> None:
        """Read the metadata source fields of ``/config``."""
        await self._config_call(None)

    @asyncSlot(dict)
    @tracked
    async def save_source(self, changes: dict[str, Any]) -> None:
        """Save source fields (partial ``/config`` update), then refresh the preview."""
        if await self._config_call({k: v for k, v in changes.items() if k in SOURCE_FIELDS}):
            self.refresh_preview()

    async def _config_call(self, changes: dict[str, Any] | None) -> bool:
        client = self.session.require_client()
        self._set_busy(1)
        try:
            if changes is None:
                config = await client.get_config()
            else:
                config = await client.update_config(changes)
        except SessionExpired as exc:
            self.session.report_expired(exc)
            return False
        except ApiError as exc:
            if exc.status in (404, 405):
                self.source_available = False
                self.source_unavailable.emit(exc.message)
            else:
                self.source_failed.emit(exc.message)
            return False
        except ClientError as exc:
            self.source_failed.emit(exc.message)
            return False
        finally:
            self._set_busy(-1)
        self.source_available = True
        self.source = {k: sent_value(config, k) for k in SOURCE_FIELDS}
        (self.source_loaded if changes is None else self.source_saved).emit(self.source)
        return True

    @asyncSlot(str)
    @tracked
    async def upload_workbook(self, path: str) -> None:
        """Upload an ``.xlsx`` of indicators and entities and make it the source."""
        name = Path(path).name
        try:
            content = await asyncio.to_thread(Path(path).read_bytes)
        except OSError as exc:
            self.upload_failed.emit(f"{name}: {exc.strerror or exc}")
            return
        client = self.session.require_client()
        answer = await self._attempt(
            client.upload_metadata({"file": (name, content)}, activate=True),
            self.upload_failed.emit,
        )
        if answer is FAILED:
            return
        self.source = {**self.source, "metadata_source": "workbook"}
        self.uploaded.emit(answer)
        self.refresh_preview()

    # ----------------------------------------------------------------- preview

    @asyncSlot()
    @tracked
    async def refresh_preview(self) -> None:
        client = self.session.require_client()
        preview = await self._attempt(client.generator_preview(), self.preview_failed.emit)
        if preview is FAILED:
            return
        self.preview = preview
        self.templates = list(preview.templates)
        self.preview_loaded.emit(preview)
        self.templates_loaded.emit(self.templates)

    # --------------------------------------------------------------- templates

    @asyncSlot()
    @tracked
    async def load_templates(self) -> None:
        client = self.session.require_client()
        items = await self._attempt(client.list_question_templates(), self.templates_failed.emit)
        if items is FAILED:
            return
        self.templates = list(items)
        self.templates_loaded.emit(self.templates)

    @asyncSlot(int, str, str, bool)
    @tracked
    async def save_template(
        self, template_id: int, text: str, conditions: str, enabled: bool
    ) -> None:
        """Create (``template_id`` 0) or replace a template; errors go to ``template_failed``."""
        try:
            data = QuestionTemplateCreate(
                text=text.strip(), expected_conditions=conditions, enabled=enabled
            )
        except ValueError as exc:
            self.template_failed.emit(_first_error(exc))
            return
        client = self.session.require_client()
        if template_id:
            call = client.replace_question_template(template_id, data)
        else:
            call = client.create_question_template(data)
        saved = await self._attempt(call, self.template_failed.emit)
        if saved is FAILED:
            return
        self._store(saved)
        self.template_saved.emit(saved)

    @asyncSlot(int, bool)
    @tracked
    async def set_template_enabled(self, template_id: int, enabled: bool) -> None:
        client = self.session.require_client()
        changes = QuestionTemplateUpdate(enabled=enabled)
        saved = await self._attempt(
            client.update_question_template(template_id, changes), self.templates_failed.emit
        )
        if saved is FAILED:
            self.templates_loaded.emit(self.templates)  # the view shows the old state again
            return
        self._store(saved)

    @asyncSlot(int)
    @tracked
    async def delete_template(self, template_id: int) -> None:
        client = self.session.require_client()
        answer = await self._attempt(
            client.delete_question_template(template_id), self.templates_failed.emit
        )
        if answer is FAILED:
            return
        self.templates = [t for t in self.templates if t.id != template_id]
        self.templates_loaded.emit(self.templates)

    def _store(self, template: QuestionTemplateResponse) -> None:
        for i, known in enumerate(self.templates):
            if known.id == template.id:
                self.templates[i] = template
                break
        else:
            self.templates.append(template)
        self.templates_loaded.emit(self.templates)

    # ---------------------------------------------------------------- generate

    @asyncSlot(int, object, str)
    @tracked
    async def generate(self, count: int, seed: int | None = None, category: str = "") -> None:
        """``count`` questions per indicator; an optional seed and category narrow it."""
        options = GenerateRequest(
            count=count, seed=seed, categories=[category] if category else None
        )
        client = self.session.require_client()
        answer = await self._attempt(
            client.generate_cases(count, options=options), self.generate_failed.emit
        )
        if answer is FAILED:
            return
        self.generated.emit(answer)

    def request_show_cases(self) -> None:
        self.show_cases_requested.emit()


def _first_error(exc: ValueError) -> str:
    """One readable line from a pydantic error (checked here before sending)."""
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        field = ".".join(str(p) for p in first.get("loc", ()))
        return f"{field}: {first.get('msg', '')}"
    return str(exc)
