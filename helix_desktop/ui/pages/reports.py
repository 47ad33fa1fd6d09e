"""The Reports page: batches, charts, one batch's results with the diff pane, export, compare."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.comparison import Comparison
from helix_desktop.state.reports import ReportsState
from helix_desktop.ui.message_label import MessageLabel
from helix_desktop.ui.reports.batches_model import BATCH_ID_ROLE, BatchesModel
from helix_desktop.ui.reports.charts import ResultChart, TrendChart
from helix_desktop.ui.reports.compare_view import CompareView
from helix_desktop.ui.reports.latency_chart import LatencyChart
from helix_desktop.ui.reports.results_model import ResultsModel
from helix_desktop.ui.row_filter import RowFilter
from helix_desktop.ui.run.diff_pane import DiffPane
from server.contract.autotest import BatchReportResponse, ReportResponse, ResultDetail

if TYPE_CHECKING:
    from helix_desktop.ui.pages import PageContext

__all__ = ["ReportsPage", "build"]


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


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
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportButton")
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deleteButton")
        self.count_label = QLabel()
        self.refresh_button.clicked.connect(lambda: state.reload())
        self.compare_button.clicked.connect(self.compare_selected)
        self.export_button.clicked.connect(self.ask_export)
        self.delete_button.clicked.connect(self.ask_delete)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(16)
        for button in (
            self.refresh_button,
            self.compare_button,
            self.export_button,
            self.delete_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        self.message = MessageLabel()

        self.batches_model = BatchesModel(state, self)
        self.batches = _table("batchesTable")
        self.batches.setModel(self.batches_model)
        self.batches.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.batches.horizontalHeader()
        header.setMinimumSectionSize(36)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((0, 72, 50, 44, 44, 44, 60, 60)):
            if column:
                header.resizeSection(column, width)
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
        self.results_filter = RowFilter(self._is_flaky_row, self)
        self.results_filter.setSourceModel(self.results_model)
        self.flaky_only.toggled.connect(self.results_filter.set_enabled)
        self.results = _table("resultsTable")
        self.results.setModel(self.results_filter)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.results.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((44, 52, 260, 64, 60)):
            header.resizeSection(column, width)
        self.results.selectionModel().currentRowChanged.connect(self._on_result_changed)
        self.diff = DiffPane()
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.failed_only)
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

        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(top)
        main.addWidget(self.tabs)
        main.setStretchFactor(0, 2)
        main.setStretchFactor(1, 3)
        main.setSizes([560, 840])
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
        state.exported.connect(self._on_exported)
        # Bound methods only: the state outlives this page (a lambda would keep it alive).
        state.deleted.connect(self._on_deleted)
        state.failed.connect(self.message.show_error)
        self._requested = False
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._requested and self.state.session.client is not None:
            self._requested = True
            self.state.reload()

    # ------------------------------------------------------------------ batches

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.batches.selectionModel().selectedRows()})
        return [self.state.reports[row].id for row in rows if row < len(self.state.reports)]

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
                    self.batches.setCurrentIndex(self.batches_model.index(row, 0))
                    break
        self._update_buttons()

    def _on_batch_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        batch_id = current.data(BATCH_ID_ROLE) if current.isValid() else None
        if batch_id and (self.state.current is None or self.state.current.id != batch_id):
            self.state.select(batch_id)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_current = self.state.current is not None
        self.compare_button.setEnabled(len(self.selected_ids()) == 2)
        self.export_button.setEnabled(has_current)
        self.delete_button.setEnabled(has_current)

    def _on_selected(self, report: ReportResponse | None) -> None:
        self.result_chart.show_report(report)
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

    def _is_flaky_row(self, row: int) -> bool:
        detail = self.results_model.detail_at(row)
        return detail is not None and self.state.is_flaky(detail.case_id)

    def _on_figures(self, figures: BatchReportResponse | None) -> None:
        self.latency_chart.show_figures(figures)
        self.results_filter.refresh()

    def _on_result_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.results_filter.source_row(current.row()) if current.isValid() else -1
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

    def compare_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 2:
            self.state.compare(ids[0], ids[1])

    def _on_compared(self, comparison: Comparison) -> None:
        labels = []
        for batch_id in (comparison.base_id, comparison.other_id):
            report = self.state.report(batch_id)
            labels.append(
                report.start_time.astimezone().strftime("%m-%d %H:%M:%S") if report else batch_id
            )
        self.compare_view.show_comparison(comparison, labels[0], labels[1])
        self.tabs.setCurrentWidget(self.compare_view)


def build(context: PageContext) -> QWidget:
    return ReportsPage(context.reports)
