"""``ImportDialog``: a busy bar while a case file uploads, then what was imported and skipped."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.cases import CasesState
from helix_desktop.ui.message_label import MessageLabel
from server.contract.autotest import ImportResponse

__all__ = ["ImportDialog"]


class ImportDialog(QDialog):
    """Follows one import of ``state``; closes with its button once the result is shown."""

    def __init__(self, state: CasesState, filename: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import cases"))
        self.setMinimumWidth(460)
        self.heading = QLabel(self.tr("Importing %1…").replace("%1", filename))
        self.heading.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the server reports no progress while it parses
        self.progress.setTextVisible(False)
        self.imported = QLabel("—")
        self.skipped_blank = QLabel("—")
        self.skipped_duplicate = QLabel("—")
        self.total_rows = QLabel("—")
        self.summary = QWidget()
        form = QFormLayout(self.summary)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Imported"), self.imported)
        form.addRow(self.tr("Skipped: blank question"), self.skipped_blank)
        form.addRow(self.tr("Skipped: question exists already"), self.skipped_duplicate)
        form.addRow(self.tr("Rows read"), self.total_rows)
        self.summary.hide()
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        state.imported.connect(self._on_imported)
        state.import_failed.connect(self._on_failed)

    @property
    def is_done(self) -> bool:
        # Not ``done``: that is QDialog's virtual done(int), which Qt calls on accept/reject.
        return self.buttons.isEnabled()

    def _finish(self, heading: str) -> None:
        self.state.imported.disconnect(self._on_imported)
        self.state.import_failed.disconnect(self._on_failed)
        self.heading.setText(heading)
        self.progress.hide()
        self.buttons.setEnabled(True)
        self.adjustSize()

    def _on_imported(self, result: ImportResponse) -> None:
        self.imported.setText(str(result.imported))
        self.skipped_blank.setText(str(result.skipped_blank))
        self.skipped_duplicate.setText(str(result.skipped_duplicate))
        self.total_rows.setText(str(result.total_rows))
        self.summary.show()
        if result.imported:
            self.message.show_success(result.message)
        else:
            self.message.show_info(result.message)
        self._finish(self.tr("Import finished"))

    def _on_failed(self, detail: str) -> None:
        self.message.show_error(detail)
        self._finish(self.tr("Nothing was imported"))
