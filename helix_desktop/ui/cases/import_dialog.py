"""``ImportDialog``: what the file's columns map to, then, once confirmed, what was imported.

The server checks the file first (a dry run) and nothing is written until the user
has seen which column feeds which field, which columns are ignored and how many
cases would have no expectation (a misspelled header turns a whole suite into
cases that can never pass).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.cases import CasesState
from helix_desktop.ui.message_label import MessageLabel
from server.contract.autotest import ImportResponse

__all__ = ["ImportDialog"]


def _field_labels() -> dict[str, str]:
    return {
        "question": QCoreApplication.translate("CaseField", "Question"),
        "expected_keywords": QCoreApplication.translate("CaseField", "Expected keywords"),
        "expected_conditions": QCoreApplication.translate("CaseField", "Expected conditions"),
        "expected_sql": QCoreApplication.translate("CaseField", "Expected SQL"),
        "category": QCoreApplication.translate("CaseField", "Category"),
        "is_active": QCoreApplication.translate("CaseField", "Active"),
    }


class ImportDialog(QDialog):
    """Follows one import of ``state``: check, show the mapping, import on confirmation."""

    def __init__(self, state: CasesState, filename: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import cases"))
        self.setMinimumWidth(480)
        self.heading = QLabel(self.tr("Checking %1…").replace("%1", filename))
        self.heading.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the server reports no progress while it parses
        self.progress.setTextVisible(False)

        self.mapping_box = QGroupBox(self.tr("Columns of the file"))
        self.mapping_form = QFormLayout(self.mapping_box)
        self.mapping: dict[str, QLabel] = {}
        for field, label in _field_labels().items():
            value = QLabel("—")
            value.setObjectName(f"mapping_{field}")
            self.mapping[field] = value
            self.mapping_form.addRow(label, value)
        self.unmapped = QLabel("")
        self.unmapped.setWordWrap(True)
        self.mapping_form.addRow(self.tr("Ignored columns"), self.unmapped)
        self.mapping_box.hide()

        self.imported = QLabel("—")
        self.skipped_blank = QLabel("—")
        self.skipped_duplicate = QLabel("—")
        self.total_rows = QLabel("—")
        self.without_expectations = QLabel("—")
        self.summary = QWidget()
        form = QFormLayout(self.summary)
        form.setContentsMargins(0, 0, 0, 0)
        self.imported_label = QLabel(self.tr("To import"))
        form.addRow(self.imported_label, self.imported)
        form.addRow(self.tr("Skipped: blank question"), self.skipped_blank)
        form.addRow(self.tr("Skipped: question exists already"), self.skipped_duplicate)
        form.addRow(self.tr("Rows read"), self.total_rows)
        form.addRow(self.tr("Cases without any expectation"), self.without_expectations)
        self.summary.hide()
        self.message = MessageLabel()

        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("confirmImport")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.hide()
        self.import_button.clicked.connect(self._confirm)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        self.close_button.hide()
        self._finished = False

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        state.import_previewed.connect(self._on_previewed)
        state.imported.connect(self._on_imported)
        state.import_failed.connect(self._on_failed)
        self.rejected.connect(self._on_rejected)

    @property
    def is_done(self) -> bool:
        """The import is over (imported or failed): only Close is left.

        Not ``done``: that is QDialog's virtual done(int), which Qt calls on accept/reject.
        """
        return self._finished

    @property
    def previewed(self) -> bool:
        """The mapping is shown and the user may confirm."""
        return self.import_button.isVisible() and self.import_button.isEnabled()

    def _show_counts(self, result: ImportResponse) -> None:
        self.imported.setText(str(result.imported))
        self.skipped_blank.setText(str(result.skipped_blank))
        self.skipped_duplicate.setText(str(result.skipped_duplicate))
        self.total_rows.setText(str(result.total_rows))
        self.without_expectations.setText(str(result.without_expectations))
        self.summary.show()

    def _on_previewed(self, result: ImportResponse) -> None:
        missing = self.tr("— not in the file —")
        for field, label in self.mapping.items():
            header = result.columns.get(field)
            label.setText(header if header else missing)
            label.setProperty("missing", header is None)
        self.unmapped.setText(", ".join(result.unmapped_columns) or self.tr("none"))
        self.mapping_box.show()
        self._show_counts(result)
        self.heading.setText(self.tr("Check the columns, then import"))
        self.progress.hide()
        if result.warnings:
            self.message.show_error("\n".join(result.warnings))
        else:
            self.message.show_info(result.message)
        self.import_button.show()
        self.import_button.setEnabled(result.imported > 0)
        self.import_button.setDefault(True)
        self.adjustSize()

    def _confirm(self) -> None:
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.heading.setText(self.tr("Importing…"))
        self.progress.show()
        self.state.confirm_import()

    def _finish(self, heading: str) -> None:
        self._finished = True
        self.state.import_previewed.disconnect(self._on_previewed)
        self.state.imported.disconnect(self._on_imported)
        self.state.import_failed.disconnect(self._on_failed)
        self.heading.setText(heading)
        self.progress.hide()
        self.import_button.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.adjustSize()

    def _on_imported(self, result: ImportResponse) -> None:
        self.imported_label.setText(self.tr("Imported"))
        self._show_counts(result)
        if result.imported and not result.warnings:
            self.message.show_success(result.message)
        elif result.warnings:
            self.message.show_error(result.message)
        else:
            self.message.show_info(result.message)
        self._finish(self.tr("Import finished"))

    def _on_failed(self, detail: str) -> None:
        self.message.show_error(detail)
        self._finish(self.tr("Nothing was imported"))

    def _on_rejected(self) -> None:
        if not self._finished:
            self.state.cancel_import()
            self._finished = True
            self.state.import_previewed.disconnect(self._on_previewed)
            self.state.imported.disconnect(self._on_imported)
            self.state.import_failed.disconnect(self._on_failed)
