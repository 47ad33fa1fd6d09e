"""The Targets page: the bot targets a run can ask; edit, duplicate, delete, paste a cURL, test."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.targets import TargetsState
from helix_desktop.ui.message_label import MessageLabel
from helix_desktop.ui.targets.curl_dialog import PasteCurlDialog
from helix_desktop.ui.targets.target_form import TargetForm
from helix_desktop.ui.targets.test_panel import TargetTestPanel
from server.contract.target_tools import ParseCurlResponse
from server.contract.targets import TargetResponse

if TYPE_CHECKING:
    from helix_desktop.ui.pages import PageContext

__all__ = ["TargetsPage", "build"]

NEW_TARGET: dict[str, Any] = {
    "name": "",
    "code": "",
    "description": "",
    "base_url": "http://127.0.0.1:8050",
    "endpoint": "/brain/faq/session/ask",
    "method": "POST",
    "headers": "{}",
    "body_template": '{"user_input": "{question}", "chatId": "{chat_id}"}',
    "auth_type": "none",
    "auth_config": {},
    "timeout": 120.0,
    "response_mode": "auto",
    "sql_paths": ["content.visual.sql", "visual.sql", "data.sql", "sql"],
    "connect_timeout": 5.0,
    "first_byte_timeout": 30.0,
    "max_retries": 2,
    "retry_backoff": 0.5,
}


class TargetsPage(QWidget):
    """The list on the left; the form, Save and the test panel of the selected one on the right.

    ``editing`` is the id of the target in the form, 0 for a new one (not saved yet).
    """

    def __init__(self, state: TargetsState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("targetsPage")
        self.editing = 0
        self.curl_dialog: PasteCurlDialog | None = None
        self.confirm_box: QMessageBox | None = None

        title = QLabel(self.tr("Bot targets"))
        title.setObjectName("pageTitle")
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.setObjectName("newTargetButton")
        self.curl_button = QPushButton(self.tr("Paste cURL…"))
        self.curl_button.setObjectName("pasteCurlButton")
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.setObjectName("duplicateTargetButton")
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deleteTargetButton")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.new_button.clicked.connect(self.new_target)
        self.curl_button.clicked.connect(self.ask_curl)
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.delete_button.clicked.connect(self.ask_delete)
        self.refresh_button.clicked.connect(lambda: state.reload())
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(16)
        for button in (
            self.new_button,
            self.curl_button,
            self.duplicate_button,
            self.delete_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)

        self.list = QListWidget()
        self.list.setObjectName("targetList")
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.form = TargetForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveTargetButton")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.editing_label = QLabel()
        self.editing_label.setObjectName("editingLabel")
        form_column = QWidget()
        form_layout = QVBoxLayout(form_column)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.editing_label)
        form_layout.addWidget(scroll, 1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form_layout.addLayout(save_row)
        self.test_panel = TargetTestPanel(state, self.test_template)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(form_column)
        splitter.addWidget(self.test_panel)
        splitter.setSizes([220, 520, 420])
        self.message = MessageLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        state.reset.connect(self._on_reset)
        state.saved.connect(self._on_saved)
        state.deleted.connect(self._on_deleted)
        state.proposed.connect(self._on_proposed)
        state.failed.connect(self.message.show_error)
        state.busy_changed.connect(self._on_busy)
        self._requested = False
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._requested:
            self._requested = True
            self.state.reload()

    # -------------------------------------------------------------------- list

    def _label(self, target: TargetResponse) -> str:
        name = (
            self.tr("%1 (default)").replace("%1", target.name) if target.is_default else target.name
        )
        return f"{name}\n{target.code} · {target.bot_url}"

    def _on_reset(self) -> None:
        keep = self.editing
        self.list.blockSignals(True)
        self.list.clear()
        for target in self.state.targets:
            item = QListWidgetItem(self._label(target))
            item.setData(Qt.ItemDataRole.UserRole, target.id)
            item.setToolTip(target.bot_url)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = self.state.row_of(keep) if keep else -1
        if row < 0 and self.editing == 0 and self.form.fields["name"].read():
            return  # a new, unsaved target stays in the form
        self.list.setCurrentRow(row if row >= 0 else 0)

    def _on_current_changed(self, current: QListWidgetItem | None, *_: Any) -> None:
        if current is None:
            return
        target = self.state.target(int(current.data(Qt.ItemDataRole.UserRole)))
        if target is not None:
            self._edit(target.id, target.model_dump())

    def _edit(self, target_id: int, fields: dict[str, Any]) -> None:
        self.editing = target_id
        self.form.show_target(fields)
        if target_id:
            self.editing_label.setText(self.tr("Editing: %1").replace("%1", fields["name"]))
        else:
            self.editing_label.setText(self.tr("New target (not saved yet)"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        target = self.state.target(self.editing) if self.editing else None
        self.duplicate_button.setEnabled(target is not None)
        self.delete_button.setEnabled(target is not None and not target.is_default)

    def _on_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

    # ----------------------------------------------------------------- actions

    def new_target(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self._edit(0, dict(NEW_TARGET))
        self.message.clear_message()

    def duplicate_current(self) -> None:
        if self.editing:
            self.state.duplicate(self.editing)

    def _fields(self) -> dict[str, Any] | None:
        try:
            return self.form.read()
        except ValueError as exc:
            self.message.show_error(self.tr("%1: not a valid JSON object.").replace("%1", str(exc)))
            return None

    def save(self) -> None:
        fields = self._fields()
        if fields is not None:
            self.state.save(self.editing, fields)

    def test_template(self) -> dict[str, Any]:
        """The form as shown for ``/templates/debug`` (a saved one with its id: masked secrets)."""
        fields = self.form.read()
        if self.editing:
            fields["id"] = self.editing
        return fields

    def _on_saved(self, target: TargetResponse) -> None:
        self.editing = target.id
        row = self.state.row_of(target.id)
        if row >= 0:
            self.list.setCurrentRow(row)
        self._edit(target.id, target.model_dump())
        self.message.show_success(self.tr("Target saved: %1").replace("%1", target.name))

    def ask_curl(self) -> PasteCurlDialog:
        dialog = PasteCurlDialog(self)
        dialog.accepted.connect(
            lambda: self.state.parse_curl(dialog.command_text(), dialog.sample_question())
        )
        dialog.finished.connect(lambda *_: dialog.deleteLater())
        self.curl_dialog = dialog
        dialog.open()
        return dialog

    def _on_proposed(self, parsed: ParseCurlResponse) -> None:
        self.list.setCurrentRow(-1)
        fields = parsed.target.model_dump()
        self._edit(0, fields)
        notes = " ".join(parsed.warnings)
        self.message.show_info(
            self.tr("Read a %1 %2 request to %3; check the fields and save.")
            .replace("%1", parsed.shell)
            .replace("%2", parsed.method)
            .replace("%3", parsed.url)
            + (f" {notes}" if notes else "")
        )

    def ask_delete(self) -> QMessageBox | None:
        target = self.state.target(self.editing) if self.editing else None
        if target is None or target.is_default:
            return None
        box = QMessageBox(self)
        box.setObjectName("confirmDeleteTarget")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete target"))
        box.setText(
            self.tr("Delete the target %1? Its reports keep its name.").replace("%1", target.name)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(
            lambda button, target_id=target.id: (
                self.state.delete(target_id) if button is yes else None
            )
        )
        box.finished.connect(lambda *_: box.deleteLater())
        self.confirm_box = box
        box.open()
        return box

    def _on_deleted(self, _target_id: int) -> None:
        self.message.show_success(self.tr("Target deleted."))


def build(context: PageContext) -> QWidget:
    return TargetsPage(context.targets)
