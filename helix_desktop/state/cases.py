"""``CasesState``: the case list paged from the server, its filters, edits and bulk actions."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict

from PySide6.QtCore import QObject, Signal
from qasync import asyncSlot

from helix_desktop.state.base import Ok, StateBase
from helix_desktop.state.pending import tracked
from helix_desktop.state.saved_file import save_bytes
from helix_desktop.state.session import Session
from server.contract.autotest import CaseResponse
from server.contract.judge import JudgeRequest

__all__ = ["EDITABLE_FIELDS", "CaseFilters", "CasesState"]

EDITABLE_FIELDS = (
    "question",
    "expected_keywords",
    "expected_conditions",
    "expected_sql",
    "category",
    "is_active",
)
# The first page is small so the table shows quickly; a user who keeps scrolling gets
# bigger pages (the server allows up to 1000), so reaching row 100,000 takes few requests.
FIRST_PAGE = 200
MAX_PAGE = 1000


class CaseFilterParams(TypedDict):
    """The filter keywords of ``HelixClient.list_cases`` and ``export_cases``."""

    q: str | None
    is_active: bool | None
    category: str | None
    last_result: str | None


@dataclass(frozen=True, slots=True)
class CaseFilters:
    """What the server filters on: search text, active state, exact category, last result
    (PASS, FAIL, ERROR, or NONE for never run)."""

    q: str = ""
    is_active: bool | None = None
    category: str | None = None
    last_result: str | None = None

    def params(self) -> CaseFilterParams:
        return {
            "q": self.q or None,
            "is_active": self.is_active,
            "category": self.category,
            "last_result": self.last_result,
        }


class CasesState(StateBase):
    """Loaded cases (a prefix of the filtered list, ordered by id) and the actions on them."""

    reset = Signal()  # the list was replaced (new filters, reload)
    appended = Signal(int, int)  # first and last new row (already in ``cases``)
    changed = Signal(int)  # row whose case changed
    removing = Signal(int, int)  # first and last row about to be removed
    removed = Signal()  # ...and now gone from ``cases``
    total_changed = Signal(int)
    # ``failed`` (StateBase): a load or bulk action failed, the server's detail
    save_failed = Signal(int, str)  # case id, detail: the edit was reverted
    saved = Signal(int)  # case id
    created = Signal(object)  # CaseResponse of a case added by hand (new or duplicate)
    create_failed = Signal(str)
    invalid = Signal(str)  # an edit refused before sending (e.g. blank question)
    notice = Signal(str)  # a short success line for the status area
    import_started = Signal(str)  # file name
    import_previewed = Signal(object)  # ImportResponse of a dry run: nothing written yet
    imported = Signal(object)  # ImportResponse
    import_failed = Signal(str)
    judged = Signal(object)  # JudgeResponse of ``try_judge``
    judge_failed = Signal(str)
    exported = Signal(str)  # path written
    export_failed = Signal(str)
    opened = Signal(object)  # CaseResponse asked for by id (``open_case``)
    run_requested = Signal(list)  # case ids the user asked to run (the run page starts them)
    history_loaded = Signal(int, list)  # case id, its CaseHistoryEntry list (newest first)

    def __init__(
        self, session: Session, *, page_size: int = FIRST_PAGE, parent: QObject | None = None
    ) -> None:
        super().__init__(session, parent)
        self.page_size = page_size
        self.cases: list[CaseResponse] = []
        self.total = 0
        self.filters = CaseFilters()
        self.categories: set[str] = set()
        self.loaded_once = False
        self._next_page = page_size
        self._generation = 0  # bumped on every reset: answers for older lists are dropped
        self._fetching = 0  # requests in flight (a reload may overtake an older one)
        self._load_requested = False
        # (file name, content) of the file previewed and not yet imported.
        self._pending_import: tuple[str, bytes] | None = None

    # ---------------------------------------------------------------- queries

    @property
    def has_more(self) -> bool:
        return len(self.cases) < self.total

    @property
    def loading(self) -> bool:
        return self._fetching > 0

    def row_of(self, case_id: int) -> int:
        for row, case in enumerate(self.cases):
            if case.id == case_id:
                return row
        return -1

    # ---------------------------------------------------------------- loading

    def ensure_loaded(self) -> None:
        """Load the first page unless it is loaded or on its way (a page shown again)."""
        if not self.loaded_once and not self._load_requested:
            self._load_requested = True
            self.reload()

    def forget(self) -> None:
        """Forget the list (logged out: the next user may be on another server)."""
        self._generation += 1
        self.cases = []
        self.total = 0
        self.categories = set()
        self.loaded_once = False
        self._load_requested = False
        self._pending_import = None
        self.reset.emit()
        self.total_changed.emit(0)

    def set_filters(self, filters: CaseFilters) -> None:
        if filters != self.filters:
            self.filters = filters
            self.reload()

    @asyncSlot()
    @tracked
    async def reload(self) -> None:
        """Load the first page again with the current filters, replacing the list."""
        self._load_requested = True
        self._generation += 1
        generation = self._generation
        self._next_page = self.page_size
        page = await self._fetch(0, self.page_size)
        if page is None or generation != self._generation:
            return
        items, total = page
        self.cases = items
        self.total = total
        self.loaded_once = True
        self._remember_categories(items)
        self.reset.emit()
        self.total_changed.emit(total)

    @asyncSlot()
    @tracked
    async def load_more(self) -> None:
        """Append the next page (the table asks for it when scrolled to the end)."""
        if self.loading or not self.has_more:
            return
        generation = self._generation
        size = self._next_page
        self._next_page = min(size * 2, MAX_PAGE)
        page = await self._fetch(len(self.cases), size)
        if page is None or generation != self._generation:
            return
        items, total = page
        known = {c.id for c in self.cases[-len(items) :]} if items else set()
        fresh = [c for c in items if c.id not in known]
        if total != self.total:
            self.total = total
            self.total_changed.emit(total)
        if fresh:
            first = len(self.cases)
            self.cases.extend(fresh)
            self._remember_categories(fresh)
            self.appended.emit(first, len(self.cases) - 1)

    async def _fetch(self, skip: int, limit: int) -> tuple[list[CaseResponse], int] | None:
        """A page and the total; None if the request failed (the reason is reported)."""
        self._fetching += 1
        try:
            client = self.session.require_client()
            outcome = await self.call(client.list_cases(skip, limit, **self.filters.params()))
        finally:
            self._fetching -= 1
        if not isinstance(outcome, Ok):
            return None
        items, total = outcome.value
        return items, (total if total is not None else skip + len(items))

    def _remember_categories(self, items: list[CaseResponse]) -> None:
        self.categories.update(c.category for c in items if c.category)

    # ---------------------------------------------------------------- editing

    def edit(self, row: int, field: str, value: Any) -> bool:
        """Show the new value at once and save it (PATCH); a failed save reverts the row."""
        if not 0 <= row < len(self.cases) or field not in EDITABLE_FIELDS:
            return False
        return self.edit_fields(row, {field: value})

    def edit_fields(self, row: int, changes: dict[str, Any]) -> bool:
        """Like ``edit`` for several fields of one case (the detail pane's save)."""
        if not 0 <= row < len(self.cases):
            return False
        old = self.cases[row]
        cleaned = {k: _clean(k, v) for k, v in changes.items() if k in EDITABLE_FIELDS}
        if "question" in cleaned and not cleaned["question"]:
            self.invalid.emit(self.tr("A case needs a question; the edit was not saved."))
            return False
        cleaned = {k: v for k, v in cleaned.items() if getattr(old, k) != v}
        if not cleaned:
            return True
        self.cases[row] = old.model_copy(update=cleaned)
        self.changed.emit(row)
        self._save(old, cleaned)
        return True

    @asyncSlot(object, dict)
    @tracked
    async def _save(self, old: CaseResponse, changes: dict[str, Any]) -> None:
        client = self.session.require_client()
        errors: list[str] = []
        outcome = await self.call(client.patch_case(old.id, changes), errors.append, busy=False)
        row = self.row_of(old.id)
        if not isinstance(outcome, Ok):
            if row >= 0:  # put back only what this edit changed (later edits may be in flight)
                current = self.cases[row]
                undo = {k: getattr(old, k) for k, v in changes.items() if getattr(current, k) == v}
                self.cases[row] = current.model_copy(update=undo)
                self.changed.emit(row)
            if errors:
                self.save_failed.emit(old.id, errors[0])
            return
        answer = outcome.value
        if row >= 0:
            # PATCH answers without the list's last result: keep it.
            current = self.cases[row]
            answer = answer.model_copy(
                update={"last_result": current.last_result, "last_run_at": current.last_run_at}
            )
            self.cases[row] = answer
            self._remember_categories([answer])
            self.changed.emit(row)
        self.saved.emit(answer.id)

    @asyncSlot(dict)
    @tracked
    async def create(self, values: dict[str, Any]) -> None:
        """Add one case by hand (POST); it joins the list at its end, where its id sorts."""
        cleaned = {k: _clean(k, v) for k, v in values.items() if k in EDITABLE_FIELDS}
        if not cleaned.get("question"):
            self.invalid.emit(self.tr("A case needs a question; the edit was not saved."))
            return
        client = self.session.require_client()
        outcome = await self.call(client.create_case(cleaned), self.create_failed.emit, busy=False)
        if not isinstance(outcome, Ok):
            return
        answer = outcome.value
        if self.has_more:
            # Not every page is here: appending would shift the next page's offset.
            self.total += 1
            self.reload()
        else:
            self.total += 1
            self.cases.append(answer)
            self._remember_categories([answer])
            self.appended.emit(len(self.cases) - 1, len(self.cases) - 1)
        self.total_changed.emit(self.total)
        self.created.emit(answer)

    # ----------------------------------------------------------- bulk actions

    @asyncSlot(list, bool)
    @tracked
    async def set_active(self, case_ids: list[int], is_active: bool) -> None:
        if not case_ids:
            return
        client = self.session.require_client()
        outcome = await self.call(client.set_cases_active(case_ids, is_active), busy=False)
        if not isinstance(outcome, Ok):
            return
        answer = outcome.value
        if self.filters.is_active is not None and self.filters.is_active != is_active:
            self._drop(set(case_ids))  # they no longer match the filter
        else:
            wanted = set(case_ids)
            for row, case in enumerate(self.cases):
                if case.id in wanted and case.is_active != is_active:
                    self.cases[row] = case.model_copy(update={"is_active": is_active})
                    self.changed.emit(row)
        if is_active:
            self.notice.emit(self.tr("Activated %1 case(s)").replace("%1", str(answer.updated)))
        else:
            self.notice.emit(self.tr("Deactivated %1 case(s)").replace("%1", str(answer.updated)))

    @asyncSlot(list)
    @tracked
    async def delete(self, case_ids: list[int]) -> None:
        if not case_ids:
            return
        client = self.session.require_client()
        outcome = await self.call(client.delete_cases(case_ids), busy=False)
        if not isinstance(outcome, Ok):
            return
        answer = outcome.value
        self._drop(set(case_ids))
        self.notice.emit(self.tr("Deleted %1 case(s)").replace("%1", str(answer.deleted)))

    def _drop(self, case_ids: set[int]) -> None:
        """Remove loaded rows, last first, one signal per contiguous run of rows."""
        rows = [row for row, case in enumerate(self.cases) if case.id in case_ids]
        while rows:
            last = rows.pop()
            first = last
            while rows and rows[-1] == first - 1:
                first = rows.pop()
            self.removing.emit(first, last)
            del self.cases[first : last + 1]
            self.removed.emit()
        self.total = max(self.total - len(case_ids), len(self.cases))
        self.total_changed.emit(self.total)

    @asyncSlot(int)
    @tracked
    async def open_case(self, case_id: int) -> None:
        """Fetch one case by id (it may not be among the loaded rows) -> ``opened``."""
        outcome = await self.call(self.session.require_client().get_case(case_id))
        if isinstance(outcome, Ok):
            self.opened.emit(outcome.value)

    @asyncSlot(int)
    @tracked
    async def load_history(self, case_id: int) -> None:
        """The case's results across batches -> ``history_loaded``."""
        client = self.session.require_client()
        outcome = await self.call(client.case_history(case_id), busy=False)
        if isinstance(outcome, Ok):
            self.history_loaded.emit(case_id, outcome.value)

    def request_run(self, case_ids: list[int]) -> None:
        """Ask for a run of these cases; whoever owns runs listens to ``run_requested``."""
        if case_ids:
            self.run_requested.emit(list(case_ids))

    # ------------------------------------------------------- import / export

    @asyncSlot(str)
    @tracked
    async def import_file(self, path: str) -> None:
        """Read a case file and have the server check it (a dry run): nothing is written.

        ``import_previewed`` shows the column mapping; ``confirm_import`` then imports.
        """
        name = Path(path).name
        self.import_started.emit(name)
        self._pending_import = None
        try:
            content = await asyncio.to_thread(Path(path).read_bytes)
        except OSError as exc:
            self.import_failed.emit(f"{name}: {exc.strerror or exc}")
            return
        client = self.session.require_client()
        preview = await self.call(
            client.import_cases(name, content, dry_run=True), self.import_failed.emit, busy=False
        )
        if not isinstance(preview, Ok):
            return
        self._pending_import = (name, content)
        self.import_previewed.emit(preview.value)

    @asyncSlot()
    @tracked
    async def confirm_import(self) -> None:
        """Import the file last previewed; on success the list is reloaded."""
        pending, self._pending_import = self._pending_import, None
        if pending is None:
            return
        name, content = pending
        client = self.session.require_client()
        outcome = await self.call(
            client.import_cases(name, content), self.import_failed.emit, busy=False
        )
        if not isinstance(outcome, Ok):
            return
        self.imported.emit(outcome.value)
        self.reload()

    @asyncSlot(object)
    @tracked
    async def try_judge(self, request: JudgeRequest) -> None:
        """The server's judge on one SQL against a case's expectations (no bot asked)."""
        client = self.session.require_client()
        outcome = await self.call(client.judge(request), self.judge_failed.emit)
        if isinstance(outcome, Ok):
            self.judged.emit(outcome.value)

    def cancel_import(self) -> None:
        """Forget the previewed file (the dialog was closed without importing)."""
        self._pending_import = None

    @asyncSlot(str)
    @tracked
    async def export_to(self, path: str) -> None:
        """Write the cases matching the current filters to ``path`` as ``.xlsx``."""
        client = self.session.require_client()
        outcome = await self.call(
            client.export_cases(**self.filters.params()), self.export_failed.emit, busy=False
        )
        if not isinstance(outcome, Ok):
            return
        try:
            await save_bytes(path, outcome.value)
        except OSError as exc:
            self.export_failed.emit(f"{path}: {exc.strerror or exc}")
            return
        self.exported.emit(path)


def _clean(field: str, value: Any) -> Any:
    """Values as the server stores them: trimmed text, blank optional text as null."""
    if field == "is_active":
        return bool(value)
    text = "" if value is None else str(value).strip()
    if field in ("question", "expected_keywords"):
        return text
    return text or None
