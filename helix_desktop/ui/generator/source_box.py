"""``SourceBox``: where the generator reads indicators and entities (sample, database, workbook)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.generator import GeneratorState
from helix_desktop.ui.message_label import MessageLabel
from server.contract.generator import MetadataUploadResponse, PreviewResponse

__all__ = ["SourceBox"]

KINDS = ("sample", "database", "workbook")


class SourceBox(QGroupBox):
    """Radio buttons for the source; database fields; workbook upload by dialog or drop."""

    workbook_chosen = Signal(str)

    def __init__(self, state: GeneratorState, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Metadata source"), parent)
        self.state = state
        self.file_dialog: QFileDialog | None = None
        self.setAcceptDrops(True)
        self.buttons = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        labels = {
            "sample": self.tr("Built-in sample catalogue"),
            "database": self.tr("Database"),
            "workbook": self.tr("Uploaded workbook"),
        }
        row = QHBoxLayout()
        for index, kind in enumerate(KINDS):
            radio = QRadioButton(labels[kind])
            self.buttons.addButton(radio, index)
            self.radios[kind] = radio
            row.addWidget(radio)
        row.addStretch(1)
        self.radios["sample"].setChecked(True)

        self.db_url = QLineEdit()
        self.db_url.setPlaceholderText("postgresql://reader@db.example.com/metadata")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.indicator_query = QPlainTextEdit()
        self.indicator_query.setFont(mono)
        self.indicator_query.setFixedHeight(60)
        self.entity_query = QPlainTextEdit()
        self.entity_query.setFont(mono)
        self.entity_query.setFixedHeight(60)
        self.database = QWidget()
        form = QFormLayout(self.database)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("URL"), self.db_url)
        form.addRow(self.tr("Indicators query"), self.indicator_query)
        form.addRow(self.tr("Entities query"), self.entity_query)

        self.upload_button = QPushButton(self.tr("Upload workbook…"))
        drop_hint = QLabel(self.tr("or drop an .xlsx here (sheets: indicators and entities)"))
        drop_hint.setObjectName("hint")
        drop_hint.setWordWrap(True)
        self.workbook = QWidget()
        upload = QHBoxLayout(self.workbook)
        upload.setContentsMargins(0, 0, 0, 0)
        upload.addWidget(self.upload_button)
        upload.addWidget(drop_hint, 1)

        self.apply_button = QPushButton(self.tr("Use this source"))
        self.apply_button.setObjectName("applySource")
        self.message = MessageLabel()
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.message, 1)
        apply_row.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.database)
        layout.addWidget(self.workbook)
        layout.addLayout(apply_row)

        self.buttons.idToggled.connect(lambda *_: self._show_fields())
        self.apply_button.clicked.connect(self.apply)
        self.upload_button.clicked.connect(self.choose_workbook)
        self.workbook_chosen.connect(state.upload_workbook)
        state.source_loaded.connect(self.show_source)
        state.source_saved.connect(self._on_saved)
        state.source_unavailable.connect(self._on_unavailable)
        state.source_failed.connect(self.message.show_error)
        state.uploaded.connect(self._on_uploaded)
        state.preview_loaded.connect(self._on_preview)
        state.upload_failed.connect(self.message.show_error)
        self._show_fields()

    def kind(self) -> str:
        return KINDS[max(self.buttons.checkedId(), 0)]

    def _show_fields(self) -> None:
        kind = self.kind()
        self.database.setVisible(kind == "database")
        self.workbook.setVisible(kind == "workbook")
        self.apply_button.setVisible(
            kind != "workbook" and self.state.source_available is not False
        )

    def show_source(self, source: dict[str, Any]) -> None:
        kind = source.get("metadata_source") or "sample"
        self.radios.get(kind, self.radios["sample"]).setChecked(True)
        self.db_url.setText(source.get("metadata_db_url") or "")
        self.indicator_query.setPlainText(source.get("indicator_query") or "")
        self.entity_query.setPlainText(source.get("entity_query") or "")
        self._show_fields()

    def changes(self) -> dict[str, Any]:
        changes: dict[str, Any] = {"metadata_source": self.kind()}
        if self.kind() == "database":
            changes["metadata_db_url"] = self.db_url.text().strip() or None
            for key, edit in (
                ("indicator_query", self.indicator_query),
                ("entity_query", self.entity_query),
            ):
                if text := edit.toPlainText().strip():
                    changes[key] = text
        return changes

    def apply(self) -> None:
        if self.kind() == "database" and not self.db_url.text().strip():
            self.message.show_error(self.tr("Enter the database URL first."))
            return
        self.message.clear_message()
        self.state.save_source(self.changes())

    def _on_saved(self, source: dict[str, Any]) -> None:
        self.show_source(source)
        self.message.show_success(self.tr("Source saved; the preview is being refreshed."))

    def _on_preview(self, preview: PreviewResponse) -> None:
        if self.state.source_available is not True:  # the preview is all we know
            self.radios[preview.source.kind].setChecked(True)
            self._show_fields()

    def _on_unavailable(self, _detail: str) -> None:
        for radio in self.radios.values():
            radio.setEnabled(radio.isChecked())
        self.message.show_info(
            self.tr(
                "This server cannot change the source yet (no /config). An uploaded "
                "workbook still works: it becomes the source when uploaded."
            )
        )
        self._show_fields()

    def _on_uploaded(self, answer: MetadataUploadResponse) -> None:
        self.radios["workbook"].setChecked(True)
        if self.state.source_available is False:
            for kind, radio in self.radios.items():
                radio.setEnabled(kind == "workbook")
        self.message.show_success(answer.message)

    # ---------------------------------------------------------------- workbook

    def choose_workbook(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Upload metadata workbook"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Excel workbook (*.xlsx)"))
        dialog.fileSelected.connect(self.workbook_chosen)
        dialog.finished.connect(lambda *_: dialog.deleteLater())
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _workbook(event.mimeData().urls() if event.mimeData().hasUrls() else []):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _workbook(event.mimeData().urls() if event.mimeData().hasUrls() else [])
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.workbook_chosen.emit(path)


def _workbook(urls: list[Any]) -> str | None:
    local = [u.toLocalFile() for u in urls if u.isLocalFile()]
    if len(local) == 1 and Path(local[0]).suffix.lower() == ".xlsx":
        return local[0]
    return None
