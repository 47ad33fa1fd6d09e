"""``ReportsState``: the list of batches, the selected batch's results, export, delete, compare."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QObject, Signal
from qasync import asyncSlot

from helix_desktop.state.comparison import Comparison, compare_results
from helix_desktop.state.saved_file import save_bytes
from helix_desktop.state.session import FAILED, Session
from server.contract.autotest import BatchReportResponse, ReportResponse, ResultDetail
from server.contract.stability import CaseStability
from server.contract.vocabulary import BatchStatus, ResultValue

__all__ = ["FAILED_RESULTS", "ReportsState"]

RECENT = 200
FAILED_RESULTS: list[str] = [ResultValue.FAIL, ResultValue.ERROR]


class ReportsState(QObject):
    """Batches newest first; the details of one; every failure reported through ``failed``."""

    about_to_reset = Signal()
    reset = Signal()  # ``reports`` replaced
    details_about_to_reset = Signal()
    details_reset = Signal()  # ``details`` replaced (another batch, or the filter)
    selected = Signal(object)  # ReportResponse | None
    figures_loaded = Signal(object)  # BatchReportResponse | None: latency and stability
    detail_loaded = Signal(object)  # ResultDetail with the raw answer
    exported = Signal(str)  # path written
    deleted = Signal(str)  # batch id
    compared = Signal(object)  # Comparison
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reports: list[ReportResponse] = []
        self.total = 0
        self.loaded = False
        self.current: ReportResponse | None = None
        self.details: list[ResultDetail] = []
        # The selected batch's latency and per-case stability (``GET /reports/{id}``).
        self.figures: BatchReportResponse | None = None
        self.stability: dict[int, CaseStability] = {}
        self.failed_only = False
        self.comparison: Comparison | None = None

    def report(self, batch_id: str) -> ReportResponse | None:
        return next((r for r in self.reports if r.id == batch_id), None)

    def trend(self, count: int = 30) -> list[ReportResponse]:
        """Recent batches that finished some case, oldest first (the pass-rate chart)."""
        done = [
            r for r in self.reports if r.completed_count > 0 and r.status != BatchStatus.RUNNING
        ]
        return list(reversed(done[:count]))

    # -------------------------------------------------------------------- list

    @asyncSlot()
    async def reload(self) -> None:
        """Load the newest batches again; the selection is kept when it still exists."""
        client = self.session.require_client()
        self.busy_changed.emit(True)
        try:
            page = await self.session.attempt(client.list_reports(limit=RECENT), self.failed.emit)
        finally:
            self.busy_changed.emit(False)
        if page is FAILED:
            return
        items, total = page
        self.about_to_reset.emit()
        self.reports = items
        self.total = total if total is not None else len(items)
        self.loaded = True
        self.reset.emit()
        if self.current is not None:
            fresh = self.report(self.current.id)
            if fresh is None:
                self._set_details(None, [])
            elif fresh != self.current:
                self.current = fresh
                self.selected.emit(fresh)

    def refresh_if_loaded(self) -> None:
        """A run ended or started: the list changed, if anyone is looking at it."""
        if self.loaded and self.session.client is not None:
            self.reload()

    # ----------------------------------------------------------------- details

    @asyncSlot(str)
    async def select(self, batch_id: str) -> None:
        """Show a batch: its summary and its results (only FAIL/ERROR with ``failed_only``)."""
        report = self.report(batch_id)
        if report is None:
            self._set_details(None, [])
            return
        self.current = report
        self.selected.emit(report)
        await asyncio.gather(self._load_figures(), self._load_details())

    async def _load_figures(self) -> None:
        report = self.current
        if report is None:
            return
        client = self.session.require_client()
        figures = await self.session.attempt(client.get_report(report.id), self.failed.emit)
        if figures is FAILED or self.current is not report:
            return
        self._set_figures(figures)

    def _set_figures(self, figures: BatchReportResponse | None) -> None:
        self.figures = figures
        self.stability = {s.case_id: s for s in figures.stability} if figures else {}
        self.figures_loaded.emit(figures)

    def is_flaky(self, case_id: int) -> bool:
        found = self.stability.get(case_id)
        return found is not None and found.flaky

    @asyncSlot(bool)
    async def set_failed_only(self, failed_only: bool) -> None:
        if failed_only != self.failed_only:
            self.failed_only = failed_only
            if self.current is not None:
                await self._load_details()

    async def _load_details(self) -> None:
        report = self.current
        if report is None:
            return
        client = self.session.require_client()
        results = FAILED_RESULTS if self.failed_only else None
        self.busy_changed.emit(True)
        try:
            details = await self.session.attempt(
                client.report_details(report.id, results=results), self.failed.emit
            )
        finally:
            self.busy_changed.emit(False)
        if details is not FAILED and self.current is report:
            self._set_details(report, details)

    def _set_details(self, report: ReportResponse | None, details: list[ResultDetail]) -> None:
        self.details_about_to_reset.emit()
        self.current = report
        self.details = details
        self.details_reset.emit()
        if report is None:
            self.selected.emit(None)
            self._set_figures(None)

    @asyncSlot(int)
    async def load_detail(self, row: int) -> None:
        """The raw bot answer of a results row -> ``detail_loaded``."""
        report = self.current
        if report is None or not 0 <= row < len(self.details):
            return
        case_id = self.details[row].case_id
        client = self.session.require_client()
        results = FAILED_RESULTS if self.failed_only else None
        found = await self.session.attempt(
            client.report_details(report.id, results=results, include_raw=True, skip=row, limit=1),
            self.failed.emit,
        )
        if found is FAILED:
            return
        wanted = self.details[row].repeat_index
        match = next((d for d in found if d.case_id == case_id and d.repeat_index == wanted), None)
        if match is not None:
            self.detail_loaded.emit(match)

    # ----------------------------------------------------------------- actions

    @asyncSlot(str, str)
    async def export(self, batch_id: str, path: str) -> None:
        """Write the batch's results (FAIL/ERROR only with ``failed_only``) as ``.xlsx``."""
        client = self.session.require_client()
        results = FAILED_RESULTS if self.failed_only else None
        self.busy_changed.emit(True)
        try:
            content = await self.session.attempt(
                client.export_report(batch_id, results=results), self.failed.emit
            )
            if content is FAILED:
                return
            try:
                await save_bytes(path, content)
            except OSError as exc:
                self.failed.emit(
                    self.tr("Could not write %1: %2")
                    .replace("%1", path)
                    .replace("%2", exc.strerror or str(exc))
                )
                return
        finally:
            self.busy_changed.emit(False)
        self.exported.emit(path)

    @asyncSlot(str)
    async def delete(self, batch_id: str) -> None:
        """Delete a finished batch; the server refuses (409) while it runs: its detail is shown."""
        client = self.session.require_client()
        answer = await self.session.attempt(client.delete_report(batch_id), self.failed.emit)
        if answer is FAILED:
            return
        self.about_to_reset.emit()
        self.reports = [r for r in self.reports if r.id != batch_id]
        self.total = max(self.total - 1, 0)
        self.reset.emit()
        if self.current is not None and self.current.id == batch_id:
            self._set_details(None, [])
        self.deleted.emit(batch_id)

    @asyncSlot(str, str)
    async def compare(self, first_id: str, second_id: str) -> None:
        """Compare two batches (the older one is the base), case by case."""
        first, second = self.report(first_id), self.report(second_id)
        if first is None or second is None:
            return
        base, other = sorted((first, second), key=lambda r: r.start_time)
        client = self.session.require_client()
        self.busy_changed.emit(True)
        try:
            lists = await self.session.attempt(
                asyncio.gather(client.report_details(base.id), client.report_details(other.id)),
                self.failed.emit,
            )
        finally:
            self.busy_changed.emit(False)
        if lists is FAILED:
            return
        self.comparison = compare_results(base.id, lists[0], other.id, lists[1])
        self.compared.emit(self.comparison)
