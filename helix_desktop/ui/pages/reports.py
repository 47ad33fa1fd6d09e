"""The Reports page: batches, charts, one batch's results with the diff pane, export, compare."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.comparison import Comparison
from helix_desktop.state.group_comparison import GroupComparison
from helix_desktop.state.reports import ReportsState
from helix_desktop.ui.case_menu import CaseRow, case_menu
from helix_desktop.ui.column_fit import ColumnFit
from helix_desktop.ui.message_label import MessageLabel
from helix_desktop.ui.reports.batches_model import BATCH_ID_ROLE, BatchesModel
from helix_desktop.ui.reports.charts import ResultChart, TrendChart
from helix_desktop.ui.reports.compare_view import CompareView
from helix_desktop.ui.reports.group_view import GroupView
from helix_desktop.ui.reports.latency_chart import LatencyChart
from helix_desktop.ui.reports.results_model import ResultsModel
from helix_desktop.ui.reports.row_table import row_table
from helix_desktop.ui.rerun_prompt import ask_rerun
from helix_desktop.ui.result_counters import ResultCounters
from helix_desktop.ui.run.diff_pane import DiffPane
from helix_desktop.ui.table_proxy import TableProxy, sortable
from server.contract.autotest import BatchReportResponse, ReportResponse, ResultDetail
from server.contract.vocabulary import BatchStatus

if TYPE_CHECKING:
    from helix_desktop.ui.pages import PageContext

__all__ = ["ReportsPage", "build"]


class ReportsPage(QWidget):
    """A view over ``ReportsState``; dialogs are opened with ``open()`` and kept for tests."""

    def __init__(self, state: ReportsState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("reportsPage")
        self.export_dialog: QFileDialog | None = None
        self.confirm_box: QMessageBox | None = None

        title = QLabel(self.tr("Reports"))
        title.setObjectName("pageTitle")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setObjectName("compareButton")
        self.compare_button.setToolTip(self.tr("Select two runs to compare them case by case."))
        self.group_button = QPushButton(self.tr("A/B view"))
        self.group_button.setObjectName("groupButton")
        self.group_button.setToolTip(
            self.tr("The runs started together against several targets, side by side.")
        )
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportButton")
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deleteButton")
        self.rerun_button = QPushButton(self.tr("Rerun failed…"))
        self.rerun_button.setObjectName("rerunButton")
        self.rerun_button.setToolTip(self.tr("Run the FAIL and ERROR cases of this run again"))
        self.rerun_box: QMessageBox | None = None
        self.count_label = QLabel()
        self.refresh_button.clicked.connect(lambda: state.reload())
        self.compare_button.clicked.connect(self.compare_selected)
        self.group_button.clicked.connect(self.show_group)
        self.export_button.clicked.connect(self.ask_export)
        self.delete_button.clicked.connect(self.ask_delete)
        self.rerun_button.clicked.connect(self.ask_rerun)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(16)
        for button in (
            self.refresh_button,
            self.compare_button,
            self.group_button,
            self.rerun_button,
            self.export_button,
            self.delete_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        self.message = MessageLabel()

        self.batches_model = BatchesModel(state, self)
        self.batches_proxy = TableProxy(self.batches_model, self)
        self.batches = row_table("batchesTable")
        self.batches.setModel(self.batches_proxy)
        sortable(self.batches)
        self.batches.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.batches.horizontalHeader()
        header.setMinimumSectionSize(36)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((0, 72, 50, 44, 44, 44, 60, 60)):
            if column:
                header.resizeSection(column, width)
        # The status ("Completed (rerun)") as wide as its text, never cut.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.batches.selectionModel().currentRowChanged.connect(self._on_batch_changed)
        self.batches.selectionModel().selectionChanged.connect(self._on_selection)
        self.trend = TrendChart()
        self.result_chart = ResultChart()
        self.latency_chart = LatencyChart()
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.trend)
        charts.addWidget(self.result_chart)
        top = QSplitter(Qt.Orientation.Vertical)
        top.addWidget(self.batches)
        top.addWidget(charts)
        top.addWidget(self.latency_chart)
        top.setSizes([300, 260, 220])

        self.failed_only = QCheckBox(self.tr("Failed only (FAIL and ERROR)"))
        self.failed_only.setObjectName("failedOnly")
        self.failed_only.toggled.connect(lambda on: state.set_failed_only(on))
        self.flaky_only = QCheckBox(self.tr("Flaky only"))
        self.flaky_only.setObjectName("reportsFlakyOnly")
        self.flaky_only.setToolTip(self.tr("Only cases that passed some asks and not others"))
        self.details_label = QLabel()
        self.results_model = ResultsModel(state, self)
        self.results_proxy = TableProxy(self.results_model, self)
        self.flaky_only.toggled.connect(self._on_flaky_only)
        self.results = row_table("resultsTable")
        self.results.setModel(self.results_proxy)
        sortable(self.results)
        self.counters = ResultCounters(("PASS", "FAIL", "ERROR"))
        self.counters.filter_changed.connect(self._on_result_filter)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.results.customContextMenuRequested.connect(self._show_case_menu)
        self.case_menu: QMenu | None = None
        # The question stretches; every column stays in view on a small window.
        self.results_fit = ColumnFit(self.results)
        self.results_fit.set_widths({0: 44, 1: 52, 3: 64, 4: 60, 5: 70, 6: 72, 7: 220}, 2)
        self.results.selectionModel().currentRowChanged.connect(self._on_result_changed)
        self.diff = DiffPane()
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.failed_only)
        filter_row.addWidget(self.counters)
        filter_row.addWidget(self.flaky_only)
        filter_row.addStretch(1)
        filter_row.addWidget(self.details_label)
        details_layout.addLayout(filter_row)
        details_layout.addWidget(self.results, 1)
        details_split = QSplitter(Qt.Orientation.Vertical)
        details_split.addWidget(details)
        details_split.addWidget(self.diff)
        details_split.setSizes([300, 500])
        self.compare_view = CompareView()
        self.tabs = QTabWidget()
        self.tabs.addTab(details_split, self.tr("Results"))
        self.tabs.addTab(self.compare_view, self.tr("Compare"))
        self.group_view = GroupView()
        self.tabs.addTab(self.group_view, self.tr("A/B"))

        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(top)
        main.addWidget(self.tabs)
        main.setStretchFactor(0, 2)
        main.setStretchFactor(1, 3)
        # The runs list gets room for every column (status included) at 1100 px.
        main.setSizes([640, 760])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(main, 1)

        state.reset.connect(self._on_reset)
        state.selected.connect(self._on_selected)
        state.details_reset.connect(self._on_details_reset)
        state.detail_loaded.connect(self._on_detail)
        state.figures_loaded.connect(self._on_figures)
        state.compared.connect(self._on_compared)
        state.group_loaded.connect(self._on_group_loaded)
        state.exported.connect(self._on_exported)
        # Bound methods only: the state outlives this page (a lambda would keep it alive).
        state.deleted.connect(self._on_deleted)
        state.failed.connect(self.message.show_error)
        self.message.clear_on_next_action(self)
        self._requested = False
        self._on_selected(state.current)  # a page built again (language) shows the counts
        self.latency_chart.show_figures(state.figures)  # and the answer times

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._requested and self.state.session.client is not None:
            self._requested = True
            self.state.reload()

    # ------------------------------------------------------------------ batches

    def selected_ids(self) -> list[str]:
        selected = self.batches.selectionModel().selectedRows()
        rows = sorted({self.batches_proxy.mapToSource(index).row() for index in selected})
        return [self.state.reports[row].id for row in rows if 0 <= row < len(self.state.reports)]

    def _on_reset(self) -> None:
        self.trend.show_reports(self.state.trend())
        shown = len(self.state.reports)
        text = self.tr("%1 runs").replace("%1", str(self.state.total))
        if shown < self.state.total:
            text = self.tr("newest %1 of %2 runs").replace("%1", str(shown))
            text = text.replace("%2", str(self.state.total))
        self.count_label.setText(text)
        current = self.state.current
        if current is not None:
            for row, report in enumerate(self.state.reports):
                if report.id == current.id:
                    row = self.batches_proxy.proxy_row(row)
                    self.batches.setCurrentIndex(self.batches_proxy.index(row, 0))
                    break
        self._update_buttons()

    def _on_batch_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        batch_id = current.data(BATCH_ID_ROLE) if current.isValid() else None
        if batch_id and (self.state.current is None or self.state.current.id != batch_id):
            self.state.select(batch_id)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        current = self.state.current
        has_current = current is not None
        self.compare_button.setEnabled(len(self.selected_ids()) == 2)
        self.group_button.setEnabled(current is not None and current.group_id is not None)
        self.export_button.setEnabled(has_current)
        self.delete_button.setEnabled(has_current)
        self.rerun_button.setEnabled(current is not None and current.status != BatchStatus.RUNNING)

    def _on_selected(self, report: ReportResponse | None) -> None:
        self.result_chart.show_report(report)
        counts: dict[str, int] = {}
        if report is not None:
            counts = {"PASS": report.pass_count, "FAIL": report.fail_count}
            counts["ERROR"] = report.error_count
        self.counters.set_counts(counts)
        self.counters.clear_filter()
        self._update_buttons()

    def _on_result_filter(self, results: list[str]) -> None:
        self.results_proxy.set_results(results or None)
        self._update_buttons()

    # ------------------------------------------------------------------ details

    def _on_details_reset(self) -> None:
        self.diff.clear()
        report = self.state.current
        if report is None:
            self.details_label.setText("")
        else:
            self.details_label.setText(
                self.tr("%1 results shown").replace("%1", str(len(self.state.details)))
            )
        self._update_buttons()

    def _on_flaky_only(self, on: bool) -> None:
        self.results_proxy.set_keep(self._is_flaky_row if on else None)

    def _is_flaky_row(self, row: int) -> bool:
        detail = self.results_model.detail_at(row)
        return detail is not None and self.state.is_flaky(detail.case_id)

    def _on_figures(self, figures: BatchReportResponse | None) -> None:
        self.latency_chart.show_figures(figures)
        self.results_proxy.refresh()

    def _on_result_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.results_proxy.source_row(current.row()) if current.isValid() else -1
        detail = self.results_model.detail_at(row)
        if detail is None:
            self.diff.clear()
            return
        self.diff.show_result(detail.model_dump())
        self.state.load_detail(row)

    def _on_detail(self, detail: ResultDetail) -> None:
        if detail.case_id == self.diff.case_id and detail.repeat_index == self.diff.repeat_index:
            self.diff.set_raw(detail.raw_answer or "")

    # ------------------------------------------------------------------ actions

    def ask_export(self) -> QFileDialog | None:
        """A save dialog (non-native, so tests can drive it); the state writes the file."""
        report = self.state.current
        if report is None:
            return None
        suffix = "-failed" if self.state.failed_only else ""
        dialog = QFileDialog(self, self.tr("Export report"), f"report-{report.id[:8]}{suffix}.xlsx")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Excel workbook (*.xlsx)")])
        dialog.setDefaultSuffix("xlsx")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(
            lambda path, batch_id=report.id: self.state.export(batch_id, path)
        )
        dialog.finished.connect(lambda *_: dialog.deleteLater())
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _on_exported(self, path: str) -> None:
        self.message.show_success(self.tr("Exported to %1").replace("%1", path))

    def _on_deleted(self, _batch_id: str) -> None:
        self.message.show_success(self.tr("Report deleted."))

    def ask_delete(self) -> QMessageBox | None:
        report = self.state.current
        if report is None:
            return None
        box = QMessageBox(self)
        box.setObjectName("confirmDelete")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete report"))
        started = report.start_time.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        box.setText(
            self.tr("Delete the run of %1 and its %2 results?")
            .replace("%1", started)
            .replace("%2", str(report.completed_count))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(
            lambda button, batch_id=report.id: (
                self.state.delete(batch_id) if button is yes else None
            )
        )
        box.finished.connect(lambda *_: box.deleteLater())
        self.confirm_box = box
        box.open()
        return box

    def _show_case_menu(self, pos: QPoint) -> None:
        index = self.results.indexAt(pos)
        row = self.results_proxy.source_row(index.row()) if index.isValid() else -1
        detail = self.results_model.detail_at(row)
        if detail is None:
            return
        target = CaseRow(detail.case_id, detail.question, detail.actual_sql, detail.expected_sql)
        self.case_menu = case_menu(
            self,
            target,
            open_case=self.state.open_case_requested.emit,
            run_case=self.state.run_requested.emit,
        )
        self.case_menu.popup(self.results.viewport().mapToGlobal(pos))

    def ask_rerun(self) -> QMessageBox | None:
        """The count of failed cases first; "Rerun" starts them in a new batch."""
        report = self.state.current
        if report is None:
            return None
        self.rerun_box = ask_rerun(self, report, self.state.request_rerun)
        return self.rerun_box

    def compare_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 2:
            self.state.compare(ids[0], ids[1])

    def _on_compared(self, comparison: Comparison) -> None:
        labels = []
        for batch_id in (comparison.base_id, comparison.other_id):
            report = self.state.report(batch_id)
            if report is None:
                labels.append(batch_id)
                continue
            started = report.start_time.astimezone().strftime("%m-%d %H:%M:%S")
            labels.append(f"{report.target_name} {started}" if report.target_name else started)
        self.compare_view.show_comparison(comparison, labels[0], labels[1])
        self.tabs.setCurrentWidget(self.compare_view)

    def show_group(self) -> None:
        report = self.state.current
        if report is not None and report.group_id is not None:
            self.state.load_group(report.group_id)

    def _on_group_loaded(self, group: GroupComparison) -> None:
        self.group_view.show_group(group)
        self.tabs.setCurrentWidget(self.group_view)


def build(context: PageContext) -> QWidget:
    return ReportsPage(context.reports)
