"""The Run page: start or stop a batch, follow every case live, see the selected one's diff."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.run import FINAL, RunState, status_name
from helix_desktop.state.targets import TargetsState
from helix_desktop.state.vocabulary import StreamConnection
from helix_desktop.ui.case_menu import CaseRow, case_menu
from helix_desktop.ui.column_fit import ColumnFit
from helix_desktop.ui.message_label import MessageLabel
from helix_desktop.ui.reports.latency_chart import LatencyChart
from helix_desktop.ui.rerun_prompt import ask_rerun
from helix_desktop.ui.run.diff_pane import DiffPane
from helix_desktop.ui.run.progress_strip import ProgressStrip
from helix_desktop.ui.run.table_model import RunTableModel
from helix_desktop.ui.run.target_picker import TargetPicker
from helix_desktop.ui.table_proxy import TableProxy, sortable
from server.contract.autotest import ReportResponse
from server.contract.stability import REPEAT_MAX

if TYPE_CHECKING:
    from helix_desktop.ui.pages import PageContext

__all__ = ["RunPage", "build"]

LOG_LINES = 2000


class RunPage(QWidget):
    """A view over ``RunState``: buttons, progress strip, live table, diff pane, log."""

    def __init__(
        self, state: RunState, targets: TargetsState | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.targets = targets
        self.setObjectName("runPage")
        title = QLabel(self.tr("Run"))
        title.setObjectName("pageTitle")
        self.run_all_button = QPushButton(self.tr("Run all active cases"))
        self.run_all_button.setObjectName("runAllButton")
        self.rerun_button = QPushButton(self.tr("Rerun failed of last full run…"))
        self.rerun_button.setToolTip(
            self.tr("The last finished run of all active cases; other runs: the Reports page")
        )
        self.rerun_box: QMessageBox | None = None
        self.rerun_button.setObjectName("rerunButton")
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stopButton")
        self.resume_button = QPushButton(self.tr("Resume"))
        self.resume_button.setObjectName("resumeButton")
        self.resume_button.setToolTip(
            self.tr("Run the cases this stopped or interrupted run has not run yet")
        )
        self.repeat_box = QSpinBox()
        self.repeat_box.setObjectName("repeatBox")
        self.repeat_box.setRange(1, REPEAT_MAX)
        self.repeat_box.setValue(state.repeat_choice)
        self.repeat_box.setPrefix(self.tr("Asks per case: "))
        self.repeat_box.setToolTip(
            self.tr("Ask every case this many times (each with its own chat id) to find flaky ones")
        )
        self.repeat_box.valueChanged.connect(self._on_repeat)
        self.flaky_only = QCheckBox(self.tr("Flaky only"))
        self.flaky_only.setObjectName("runFlakyOnly")
        self.flaky_only.setToolTip(self.tr("Only cases that passed some asks and not others"))
        self.status_label = QLabel()
        self.status_label.setObjectName("runStatus")
        self.run_all_button.clicked.connect(lambda: state.start_all())
        self.rerun_button.clicked.connect(lambda: state.offer_rerun())
        state.rerun_offered.connect(self._ask_rerun)
        self.stop_button.clicked.connect(lambda: state.stop())
        self.resume_button.clicked.connect(lambda: state.resume())
        buttons = QHBoxLayout()
        buttons.addWidget(title)
        buttons.addSpacing(16)
        buttons.addWidget(self.run_all_button)
        buttons.addWidget(self.repeat_box)
        buttons.addWidget(self.rerun_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.resume_button)
        buttons.addStretch(1)
        buttons.addWidget(self.flaky_only)
        buttons.addWidget(self.status_label)

        self.message = MessageLabel()
        self.target_picker = TargetPicker(targets, state) if targets is not None else None
        self.progress = ProgressStrip(state)
        self.model = RunTableModel(state, self)
        self.proxy = TableProxy(self.model, self)
        self.flaky_only.toggled.connect(self._on_flaky_only)
        self.table = QTableView()
        self.table.setObjectName("runTable")
        self.table.setModel(self.proxy)
        sortable(self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_case_menu)
        self.case_menu: QMenu | None = None
        self.progress.counters_box.filter_changed.connect(self._on_filter)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights and column widths: nothing is measured per row, at any size.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # The question takes what is left; at 1100 px every column stays in view.
        self.table_fit = ColumnFit(self.table)
        self.table_fit.set_widths({0: 44, 1: 52, 3: 76, 4: 64, 5: 60, 6: 220}, 2)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.diff = DiffPane()
        self.log = QPlainTextEdit()
        self.log.setObjectName("runLog")
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(LOG_LINES)
        self.log.setPlaceholderText(self.tr("What happens during the run is logged here."))

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.table)
        top.addWidget(self.diff)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setSizes([660, 440])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.latency_chart = LatencyChart()
        self.latency_chart.setMinimumHeight(120)
        self.bottom_tabs = QTabWidget()
        self.bottom_tabs.setObjectName("runBottomTabs")
        self.bottom_tabs.addTab(self.log, self.tr("Log"))
        self.bottom_tabs.addTab(self.latency_chart, self.tr("Answer times"))
        self.splitter.addWidget(self.bottom_tabs)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([540, 160])

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        if self.target_picker is not None:
            layout.addWidget(self.target_picker)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.splitter, 1)

        self.message.clear_on_next_action(self)
        state.progress_changed.connect(self._on_progress)
        # Bound methods only: the state outlives this page (a lambda would keep it alive).
        state.connection_changed.connect(self._on_connection)
        state.busy_changed.connect(self._on_busy)
        state.started.connect(self._on_started)
        state.failed.connect(self.message.show_error)
        state.log_appended.connect(self._on_log)
        state.rows_changed.connect(self._on_rows_changed)
        state.rows_reset.connect(self._show_current)
        state.detail_loaded.connect(self._on_detail)
        state.figures_loaded.connect(self.latency_chart.show_figures)
        self._busy = False
        self._on_progress()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Runs may be going on that this window never started (another client, a restart).
        if not self.state.running and self.state.session.client is not None:
            self.state.load_active()
        if self.targets is not None and not self.targets.loaded:
            self.targets.reload()

    # ---------------------------------------------------------------- updates

    def _ask_rerun(self, report: ReportResponse) -> None:
        self.rerun_box = ask_rerun(self, report, self.state.rerun_failed)

    def _on_flaky_only(self, on: bool) -> None:
        self.proxy.set_keep(self._is_flaky if on else None)

    def _is_flaky(self, row: int) -> bool:
        found = self.state.row_at(row)
        return found is not None and found.flaky

    def _on_repeat(self, value: int) -> None:
        self.state.repeat_choice = value

    def _on_connection(self, _connection: str) -> None:
        self._on_progress()

    def _on_busy(self, busy: bool) -> None:
        self._busy = busy
        self._on_progress()

    def _on_started(self, _batch_id: str) -> None:
        self.message.clear_message()
        self.diff.clear()
        self.latency_chart.show_figures(None)

    def _on_progress(self) -> None:
        state = self.state
        self.run_all_button.setEnabled(not self._busy)
        self.rerun_button.setEnabled(not self._busy)
        self.stop_button.setEnabled(state.running and not state.stopping)
        self.resume_button.setEnabled(state.resumable and not self._busy)
        self.resume_button.setVisible(state.resumable)
        self.status_label.setText(self._status_text())

    def _status_text(self) -> str:
        state = self.state
        if state.batch_id is None:
            return self.tr("No run yet")
        if state.connection == StreamConnection.RECONNECTING:
            return self.tr("Reconnecting…")
        if state.connection == StreamConnection.LOST:
            return self.tr("Connection lost")
        if state.stopping:
            return self.tr("Stopping…")
        return status_name(state.status)

    def _on_log(self, lines: list[str]) -> None:
        stamp = datetime.now().strftime("%H:%M:%S")
        self.log.appendPlainText("\n".join(f"{stamp}  {line}" for line in lines))

    # -------------------------------------------------------------- selection

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()

    def _show_case_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        row = self.state.row_at(self.proxy.source_row(index.row())) if index.isValid() else None
        if row is None:
            return
        result = row.result or {}
        target = CaseRow(
            row.case_id, row.question, result.get("actual_sql"), result.get("expected_sql")
        )
        self.case_menu = case_menu(
            self,
            target,
            open_case=self.state.open_case_requested.emit,
            run_case=self.state.start_cases,
        )
        self.case_menu.popup(self.table.viewport().mapToGlobal(pos))

    def _on_filter(self, statuses: list[str]) -> None:
        self.proxy.set_results(statuses or None)

    def state_row(self) -> int:
        """The state's row of the table's current row (sorted or filtered views map)."""
        return self.proxy.source_row(self.table.currentIndex().row())

    def select_state_row(self, row: int) -> None:
        self.table.selectRow(self.proxy.proxy_row(row))

    def _show_current(self) -> None:
        row = self.state.row_at(self.state_row())
        if row is None:
            self.diff.clear()
            return
        if row.result is not None:
            self.diff.show_result(row.result)
            # Every ask of the case so far, on one scale.
            self.diff.timeline.show_asks(
                [(f"#{i + 1}", ask.get("timeline")) for i, ask in sorted(row.asks.items())]
            )
            self.state.load_detail(row.case_id)
        else:
            self.diff.show_result({"case_id": row.case_id, "question": row.question})
            self.diff.raw.setPlainText(self.tr("The case has not finished yet."))

    def _on_rows_changed(self, first: int, last: int) -> None:
        self.proxy.refresh()
        # The selected case finished while selected: show its result now.
        current = self.state_row()
        row = self.state.row_at(current)
        if (
            first <= current <= last
            and row is not None
            and row.status in FINAL
            and self.diff.case_id == row.case_id
            and not self.diff.result.text()
        ):
            self._show_current()

    def _on_detail(self, detail: object) -> None:
        data = detail.model_dump()  # type: ignore[attr-defined]
        if data.get("case_id") == self.diff.case_id:
            self.diff.set_raw(data.get("raw_answer") or "")


def build(context: PageContext) -> QWidget:
    return RunPage(context.run, context.targets)
