"""``TemplateDetailsPanel``: per linked template, its notes and versions in this experiment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.experiment_details import ExperimentDetailsState
from helix_desktop.ui.matrix.delete_prompt import confirm_delete
from helix_desktop.ui.message_label import MessageLabel
from server.contract.transcoding import VersionResponse, VersionUpdate

__all__ = ["TemplateDetailsPanel"]

ID_ROLE = Qt.ItemDataRole.UserRole


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


class TemplateDetailsPanel(QWidget):
    """Templates on the left; the chosen one's notes, versions and version editor on the right."""

    def __init__(
        self,
        state: ExperimentDetailsState,
        templates: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("templateDetails")
        self.template_id: int | None = None

        self.templates = QListWidget()
        self.templates.setObjectName("detailTemplates")
        for template_id, label in templates:
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, template_id)
            self.templates.addItem(item)
        self.templates.currentItemChanged.connect(self._on_template)

        self.notes = QPlainTextEdit()
        self.notes.setObjectName("linkNotes")
        self.notes.setPlaceholderText(self.tr("Notes on this template in this experiment"))
        self.save_notes_button = QPushButton(self.tr("Save notes"))
        self.save_notes_button.setObjectName("saveNotes")
        self.save_notes_button.clicked.connect(self._save_notes)

        self.versions = QListWidget()
        self.versions.setObjectName("versionsList")
        self.versions.currentItemChanged.connect(self._on_version)
        self.new_version_button = QPushButton(self.tr("New version"))
        self.new_version_button.setObjectName("newVersion")
        self.new_version_button.clicked.connect(self._new_version)
        self.delete_version_button = QPushButton(self.tr("Delete version"))
        self.delete_version_button.setObjectName("deleteVersion")
        self.delete_version_button.clicked.connect(self._confirm_delete_version)

        self.version_name = QLineEdit()
        self.version_name.setObjectName("versionName")
        self.version_notes = QLineEdit()
        self.version_notes.setObjectName("versionNotes")
        self.version_content = QPlainTextEdit()
        self.version_content.setObjectName("versionContent")
        self.version_content.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.version_content.setPlaceholderText(self.tr("The template's content in this version"))
        self.save_version_button = QPushButton(self.tr("Save version"))
        self.save_version_button.setObjectName("saveVersion")
        self.save_version_button.clicked.connect(self._save_version)
        self.message = MessageLabel()

        for button in (
            self.save_notes_button,
            self.new_version_button,
            self.delete_version_button,
            self.save_version_button,
        ):
            button.setAutoDefault(False)

        notes_row = QHBoxLayout()
        notes_row.addWidget(_title(self.tr("Notes")))
        notes_row.addStretch(1)
        notes_row.addWidget(self.save_notes_button)
        versions_row = QHBoxLayout()
        versions_row.addWidget(_title(self.tr("Versions")))
        versions_row.addStretch(1)
        versions_row.addWidget(self.new_version_button)
        versions_row.addWidget(self.delete_version_button)
        editor = QFormLayout()
        editor.addRow(self.tr("Version name"), self.version_name)
        editor.addRow(self.tr("Version notes"), self.version_notes)
        editor.addRow(self.tr("Content"), self.version_content)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_version_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(notes_row)
        right_layout.addWidget(self.notes, 1)
        right_layout.addLayout(versions_row)
        right_layout.addWidget(self.versions, 1)
        right_layout.addLayout(editor, 2)
        right_layout.addLayout(save_row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.templates)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        state.link_loaded.connect(self._on_loaded)
        state.notes_saved.connect(self._on_notes_saved)
        state.versions_changed.connect(self._on_versions)
        state.failed.connect(self.message.show_error)
        self._enable_editor(False)
        if self.templates.count():
            self.templates.setCurrentRow(0)

    # Template choice

    def _enable_editor(self, on: bool) -> None:
        for widget in (
            self.notes,
            self.save_notes_button,
            self.versions,
            self.new_version_button,
            self.version_name,
            self.version_notes,
            self.version_content,
            self.save_version_button,
        ):
            widget.setEnabled(on)
        self.delete_version_button.setEnabled(on and self.version_id() is not None)

    def _on_template(self, current: QListWidgetItem | None, _: object = None) -> None:
        self.template_id = int(current.data(ID_ROLE)) if current is not None else None
        self._enable_editor(False)
        self.message.clear_message()
        if self.template_id is not None:
            self.state.load_link(self.template_id)

    def _on_loaded(self, template_id: int) -> None:
        if template_id != self.template_id:
            return
        self.notes.setPlainText(self.state.notes.get(template_id, ""))
        self._enable_editor(True)
        self._on_versions(template_id, 0)

    # Notes

    def _save_notes(self) -> None:
        self.message.clear_message()
        if self.template_id is not None:
            self.state.save_notes(self.template_id, self.notes.toPlainText())

    def _on_notes_saved(self, template_id: int) -> None:
        if template_id == self.template_id:
            self.message.show_success(self.tr("Notes saved."))

    # Versions

    def version_id(self) -> int | None:
        item = self.versions.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def _on_versions(self, template_id: int, select: int) -> None:
        if template_id != self.template_id:
            return
        self.versions.blockSignals(True)
        self.versions.clear()
        for version in self.state.versions.get(template_id, []):
            item = QListWidgetItem(f"{version.order_index + 1}. {version.name}")
            item.setData(ID_ROLE, version.id)
            self.versions.addItem(item)
            if version.id == select:
                self.versions.setCurrentItem(item)
        self.versions.blockSignals(False)
        if select:
            self.message.show_success(self.tr("Version saved."))
        self._on_version()

    def _current_version(self) -> VersionResponse | None:
        version_id = self.version_id()
        if self.template_id is None or version_id is None:
            return None
        return self.state.version(self.template_id, version_id)

    def _on_version(self, *_: object) -> None:
        version = self._current_version()
        self.version_name.setText(version.name if version else "")
        self.version_notes.setText(version.notes or "" if version else "")
        self.version_content.setPlainText(version.template_content or "" if version else "")
        self.delete_version_button.setEnabled(version is not None)
        self.save_version_button.setText(
            self.tr("Save version") if version else self.tr("Add version")
        )

    def _new_version(self) -> None:
        self.versions.setCurrentRow(-1)
        self._on_version()
        self.version_name.setFocus()

    def _save_version(self) -> None:
        self.message.clear_message()
        if self.template_id is None:
            return
        name = self.version_name.text().strip()
        if not name:
            self.message.show_error(self.tr("Enter a version name."))
            return
        notes, content = self.version_notes.text(), self.version_content.toPlainText()
        version = self._current_version()
        if version is None:
            self.state.add_version(self.template_id, name, notes, content)
            return
        changes = {
            key: value
            for key, value, before in (
                ("name", name, version.name),
                ("notes", notes or None, version.notes),
                ("template_content", content or None, version.template_content),
            )
            if value != before
        }
        if changes:
            self.state.save_version(
                self.template_id, version.id, VersionUpdate.model_validate(changes)
            )

    def _confirm_delete_version(self) -> None:
        version = self._current_version()
        if version is None or self.template_id is None:
            return
        template_id = self.template_id
        answer = confirm_delete(
            self,
            title=self.tr("Delete version"),
            text=self.tr("Delete version “%1”?").replace("%1", version.name),
            object_name="confirmDeleteVersion",
        )
        answer.accepted.connect(lambda: self.state.delete_version(template_id, version.id))
        self.confirm_box = answer
        answer.open()
