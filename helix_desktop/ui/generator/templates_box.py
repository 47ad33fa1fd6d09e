"""``TemplatesBox``: the question templates as a table, with add, edit and delete."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.generator import GeneratorState
from helix_desktop.ui.generator.template_dialog import TemplateDialog
from helix_desktop.ui.generator.templates_model import TemplatesModel
from helix_desktop.ui.message_label import MessageLabel
from server.contract.generator import QuestionTemplateResponse

__all__ = ["TemplatesBox"]


class TemplatesBox(QGroupBox):
    """Double-click or Edit opens the form; the checkbox turns a template on or off."""

    def __init__(self, state: GeneratorState, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Question templates"), parent)
        self.state = state
        self.dialog: TemplateDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.model = TemplatesModel(state, self)
        self.table = QTableView()
        self.table.setObjectName("templatesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.message = MessageLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(lambda: self.open_editor(self.selected()))
        self.delete_button.clicked.connect(self.confirm_delete)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        state.templates_failed.connect(self.message.show_error)
        state.templates_loaded.connect(self.message.clear_message)  # not a lambda: see pages
        self._update_buttons()

    def selected(self) -> QuestionTemplateResponse | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.template_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.column() != 2:
            self.open_editor(self.model.template_at(index.row()))

    def open_editor(self, template: QuestionTemplateResponse | None) -> TemplateDialog:
        dialog = TemplateDialog(self.state, template, self)
        dialog.finished.connect(lambda *_: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def confirm_delete(self) -> QMessageBox | None:
        template = self.selected()
        if template is None:
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete template"))
        box.setText(self.tr("Delete the template “%1”?").replace("%1", template.text))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.accepted.connect(lambda: self.state.delete_template(template.id))
        box.finished.connect(lambda *_: box.deleteLater())
        self.confirm_box = box
        box.open()
        return box
