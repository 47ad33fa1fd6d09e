"""``ReportsState``: the list of batches, the selected batch's results, export, delete, compare."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QObject, Signal
from qasync import asyncSlot

from helix_desktop.state.base import Ok, StateBase
from helix_desktop.state.comparison import Comparison, comparison_of
from helix_desktop.state.group_comparison import GroupComparison, group_comparison
from helix_desktop.state.pending import tracked
from helix_desktop.state.saved_file import save_bytes
from helix_desktop.state.session import Session
from server.contract.autotest import BatchReportResponse, ReportResponse, ResultDetail
from server.contract.stability import CaseStability
from server.contract.vocabulary import BatchStatus, ResultValue

__all__ = ["FAILED_RESULTS", "ReportsState"]

RECENT = 200
FAILED_RESULTS: list[str] = [ResultValue.FAIL, ResultValue.ERROR]


class ReportsState(StateBase):
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
    group_loaded = Signal(object)  # GroupComparison
    open_case_requested = Signal(int)  # case id to show on the Cases page
    run_requested = Signal(list)  # case ids to run (whoever owns runs starts them)
    rerun_requested = Signal(str)  # batch id whose failed cases the user wants run again

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
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
        self.group: GroupComparison | None = None

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
    @tracked
    async def reload(self) -> None:
        """Load the newest batches again; the selection is kept when it still exists."""
        client = self.session.require_client()
        outcome = await self.call(client.list_reports(limit=RECENT))
        if not isinstance(outcome, Ok):
            return
        items, total = outcome.value
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

    def forget(self) -> None:
        """Logged out: nothing of the last user's runs stays on screen."""
        self.about_to_reset.emit()
        self.reports = []
        self.total = 0
        self.loaded = False
        self.reset.emit()
        self._set_details(None, [])

    def request_rerun(self, batch_id: str) -> None:
        """Ask for a rerun of that batch's failures; whoever owns runs listens."""
        self.rerun_requested.emit(batch_id)

    def refresh_if_loaded(self) -> None:
        """A run ended or started: the list changed, if anyone is looking at it."""
        if self.loaded and self.session.client is not None:
            self.reload()

    # ----------------------------------------------------------------- details

    @asyncSlot(str)
    @tracked
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
        # 404: the batch was deleted meanwhile (the list says so; no error to show).
        outcome = await self.call(client.get_report(report.id), quiet=(404,))
        if not isinstance(outcome, Ok) or self.current is not report:
            return
        self._set_figures(outcome.value)

    def _set_figures(self, figures: BatchReportResponse | None) -> None:
        self.figures = figures
        self.stability = {s.case_id: s for s in figures.stability} if figures else {}
        self.figures_loaded.emit(figures)

    def is_flaky(self, case_id: int) -> bool:
        found = self.stability.get(case_id)
        return found is not None and found.flaky

    @asyncSlot(bool)
    @tracked
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
        outcome = await self.call(client.report_details(report.id, results=results), quiet=(404,))
        if isinstance(outcome, Ok) and self.current is report:
            self._set_details(report, outcome.value)

    def _set_details(self, report: ReportResponse | None, details: list[ResultDetail]) -> None:
        self.details_about_to_reset.emit()
        self.current = report
        self.details = details
        self.details_reset.emit()
        if report is None:
            self.selected.emit(None)
            self._set_figures(None)

    @asyncSlot(int)
    @tracked
    async def load_detail(self, row: int) -> None:
        """The raw bot answer of a results row -> ``detail_loaded``."""
        report = self.current
        if report is None or not 0 <= row < len(self.details):
            return
        case_id = self.details[row].case_id
        client = self.session.require_client()
        results = FAILED_RESULTS if self.failed_only else None
        outcome = await self.call(
            client.report_details(report.id, results=results, include_raw=True, skip=row, limit=1),
            busy=False,
        )
        if not isinstance(outcome, Ok):
            return
        wanted = self.details[row].repeat_index
        match = next(
            (d for d in outcome.value if d.case_id == case_id and d.repeat_index == wanted), None
        )
        if match is not None:
            self.detail_loaded.emit(match)

    # ----------------------------------------------------------------- actions

    @asyncSlot(str, str)
    @tracked
    async def export(self, batch_id: str, path: str) -> None:
        """Write the batch's results (FAIL/ERROR only with ``failed_only``) as ``.xlsx``."""
        client = self.session.require_client()
        results = FAILED_RESULTS if self.failed_only else None
        self._set_busy(1)  # until the file is written, not only until the answer
        try:
            outcome = await self.call(client.export_report(batch_id, results=results))
            if not isinstance(outcome, Ok):
                return
            try:
                await save_bytes(path, outcome.value)
            except OSError as exc:
                self.failed.emit(
                    self.tr("Could not write %1: %2")
                    .replace("%1", path)
                    .replace("%2", exc.strerror or str(exc))
                )
                return
        finally:
            self._set_busy(-1)
        self.exported.emit(path)

    @asyncSlot(str)
    @tracked
    async def delete(self, batch_id: str) -> None:
        """Delete a finished batch; the server refuses (409) while it runs: its detail is shown."""
        client = self.session.require_client()
        outcome = await self.call(client.delete_report(batch_id), busy=False)
        if not isinstance(outcome, Ok):
            return
        self.about_to_reset.emit()
        self.reports = [r for r in self.reports if r.id != batch_id]
        self.total = max(self.total - 1, 0)
        self.reset.emit()
        if self.current is not None and self.current.id == batch_id:
            self._set_details(None, [])
        self.deleted.emit(batch_id)

    @asyncSlot(str, str)
    @tracked
    async def compare(self, first_id: str, second_id: str) -> None:
        """Compare two batches (the older one is the base), case by case."""
        first, second = self.report(first_id), self.report(second_id)
        if first is None or second is None:
            return
        base, other = sorted((first, second), key=lambda r: r.start_time)
        client = self.session.require_client()
        outcome = await self.call(client.compare_reports(base.id, other.id))
        if not isinstance(outcome, Ok):
            return
        self.comparison = comparison_of(outcome.value)
        self.compared.emit(self.comparison)

    @asyncSlot(str)
    @tracked
    async def load_group(self, group_id: str) -> None:
        """The batches of one run against several targets, case by case (A/B view)."""
        client = self.session.require_client()
        page = await self.call(client.list_reports(limit=1000, group_id=group_id))
        if not isinstance(page, Ok):
            return
        reports = page.value[0]
        details = await self.call(asyncio.gather(*(client.report_details(r.id) for r in reports)))
        if not isinstance(details, Ok):
            return
        self.group = group_comparison(group_id, reports, list(details.value))
        self.group_loaded.emit(self.group)
