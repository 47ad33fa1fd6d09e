"""``TagRunBox``: tag a recent AutoTest run with an experiment; its pass rate heads the column."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from helix_desktop.state.matrix import MatrixState
from helix_desktop.state.vocabulary import MatrixOp
from server.contract.autotest import ReportResponse

__all__ = ["TagRunBox", "run_label"]


def run_label(report: ReportResponse) -> str:
    """``12-01 00:53 · 77.5% of 40`` (start time, pass rate, asks finished)."""
    started = report.start_time.astimezone().strftime("%m-%d %H:%M")
    return f"{started} · {report.pass_rate:.1%} / {report.completed_count}"


class TagRunBox(QWidget):
    """A list of recent runs and a button that tags the chosen one with the experiment."""

    def __init__(
        self, state: MatrixState, experiment_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.experiment_id = experiment_id
        self.setObjectName("tagRunBox")
        self.runs = QComboBox()
        self.runs.setObjectName("tagRunChoice")
        self.runs.setMinimumWidth(220)
        self.tag_button = QPushButton(self.tr("Tag run"))
        self.tag_button.setObjectName("tagRunButton")
        self.tag_button.setAutoDefault(False)
        self.tag_button.setToolTip(
            self.tr("Record that this run measured the experiment (with all its templates)")
        )
        self.tag_button.setEnabled(False)
        self.latest = QLabel()
        self.latest.setObjectName("hint")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("AutoTest run")))
        row.addWidget(self.runs, 1)
        row.addWidget(self.tag_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.latest)
        self.tag_button.clicked.connect(self._tag)
        state.done.connect(self._on_done)
        self._show_latest()
        state.load_runs()

    def _tag(self) -> None:
        batch_id = self.runs.currentData()
        if batch_id:
            self.tag_button.setEnabled(False)
            self.state.tag_run(batch_id, self.experiment_id)

    def _on_done(self, op: MatrixOp, answer: object) -> None:
        if op == MatrixOp.RUNS_LOAD and isinstance(answer, list):
            self.runs.clear()
            for report in answer:
                self.runs.addItem(run_label(report), report.id)
            self.tag_button.setEnabled(bool(answer))
            if not answer:
                self.runs.addItem(self.tr("No finished run yet"))
        elif op == MatrixOp.RUN_TAG:
            self.tag_button.setEnabled(self.runs.count() > 0)
            self._show_latest()

    def _show_latest(self) -> None:
        column = self.state.experiment(self.experiment_id)
        rate = column.latest_pass_rate if column is not None else None
        if column is None or column.latest_batch_id is None:
            self.latest.setText(self.tr("No run is tagged with this experiment yet."))
        elif rate is None:
            self.latest.setText(self.tr("Latest tagged run: nothing finished"))
        else:
            self.latest.setText(
                self.tr("Latest tagged run: %1 passed").replace("%1", f"{rate:.1%}")
            )
