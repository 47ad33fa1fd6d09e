"""The Targets page: the bot targets a run can ask; edit, duplicate, delete, paste a cURL, test."""

from __future__ import annotations

from collections.abc import Callable
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
from helix_desktop.ui.unsaved_guard import EditableForm, ask_before_leaving, dirty_title
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
    Whatever would replace the form's unsaved edits (another target, New, Paste cURL,
    Duplicate, Refresh, another page, closing) asks first: save, discard or cancel.
    """

    def __init__(self, state: TargetsState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("targetsPage")
        self.editing = 0
        self.curl_dialog: PasteCurlDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.unsaved_box: QMessageBox | None = None
        # The form's values when it was filled, to tell an edit from what was shown.
        self._shown: dict[str, Any] | None = None
        self._shown_fields: dict[str, Any] = {}
        # A pasted cURL fills a new target the user has not saved: unsaved work.
        self._proposal = False
        # Bumped whenever the user moves the form to another target; a save that ends
        # after that must not pull the form back to the target saved.
        self._generation = 0
        self._save_generation: int | None = None

        self.title = QLabel(self.tr("Bot targets"))
        self.title.setObjectName("pageTitle")
        title = self.title
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
        self.refresh_button.clicked.connect(self.reload)
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
        self.form.edited.connect(self._on_edited)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveTargetButton")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(lambda: self.save())
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
        self.message.clear_on_next_action(self)  # a stale banner goes with the next button
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
        if row >= 0 and self.is_dirty():
            self._select_row(row)  # the list changed; the edits in the form stay
            return
        if not self.state.targets:
            return
        row = max(row, 0)
        self._select_row(row)
        target = self.state.targets[row]
        self._edit(target.id, target.model_dump())

    def _select_row(self, row: int) -> None:
        """Select ``row`` (-1: none) without acting on it as a user's choice."""
        self.list.blockSignals(True)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)

    def _on_current_changed(self, current: QListWidgetItem | None, *_: Any) -> None:
        if current is None:
            return
        target_id = int(current.data(Qt.ItemDataRole.UserRole))
        if target_id == self.editing:
            return
        # Keep the edited target selected until the user has answered.
        self._select_row(self.state.row_of(self.editing) if self.editing else -1)
        self._leave(lambda: self._open(target_id))

    def _leave(self, proceed: Callable[[], None]) -> None:
        """Run ``proceed`` (which replaces the form) once unsaved edits are saved or dropped."""
        self.unsaved_box = ask_before_leaving(self, self, proceed)

    def _open(self, target_id: int) -> None:
        target = self.state.target(target_id)
        if target is None:
            return
        self._generation += 1
        self._select_row(self.state.row_of(target_id))
        self._edit(target.id, target.model_dump())

    def _edit(self, target_id: int, fields: dict[str, Any], *, proposal: bool = False) -> None:
        self.editing = target_id
        self.form.show_target(fields)
        self._shown_fields = fields
        self._shown = self.form.values()
        self._proposal = proposal
        if target_id:
            self.editing_label.setText(self.tr("Editing: %1").replace("%1", fields["name"]))
        else:
            self.editing_label.setText(self.tr("New target (not saved yet)"))
        self._update_buttons()
        self._on_edited()

    def _on_edited(self) -> None:
        dirty = self.is_dirty()
        self.setProperty("dirty", dirty)
        self.title.setText(dirty_title(self.tr("Bot targets"), dirty))

    # ------------------------------------------------- EditableForm (unsaved edits)

    def editable_form(self) -> EditableForm:
        return self

    def is_dirty(self) -> bool:
        if self._shown is None and not self._shown_fields:
            return False  # nothing shown yet
        return self._proposal or self.form.values() != self._shown

    def discard(self) -> None:
        self._edit(self.editing, self._shown_fields)
        self.message.clear_message()

    def form_name(self) -> str:
        if self.editing == 0:
            return self.tr("the new target")
        return self.tr("the target %1").replace("%1", self._shown_fields.get("name", ""))

    def _update_buttons(self) -> None:
        target = self.state.target(self.editing) if self.editing else None
        self.duplicate_button.setEnabled(target is not None)
        self.delete_button.setEnabled(target is not None and not target.is_default)

    def _on_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

    # ----------------------------------------------------------------- actions

    def reload(self) -> None:
        """Fetch the targets again (asks first about unsaved edits)."""
        self._leave(lambda: self.state.reload())

    def new_target(self) -> None:
        self._leave(self._new_target)

    def _new_target(self) -> None:
        self._generation += 1
        self.list.clearSelection()
        self._select_row(-1)
        self._edit(0, dict(NEW_TARGET))
        self.message.clear_message()

    def duplicate_current(self) -> None:
        if self.editing:
            target_id = self.editing
            self._leave(lambda: self.state.duplicate(target_id))

    def _fields(self) -> dict[str, Any] | None:
        try:
            return self.form.read()
        except ValueError as exc:
            self.message.show_error(self.tr("%1: not a valid JSON object.").replace("%1", str(exc)))
            return None

    def save(self) -> bool:
        """Start saving the form; False (and why, in the message line) if it is not valid."""
        fields = self._fields()
        if fields is None:
            return False
        self._save_generation = self._generation
        self.state.save(self.editing, fields)
        return True

    def test_template(self) -> dict[str, Any]:
        """The form as shown for ``/templates/debug`` (a saved one with its id: masked secrets)."""
        fields = self.form.read()
        if self.editing:
            fields["id"] = self.editing
        return fields

    def _on_saved(self, target: TargetResponse) -> None:
        started, self._save_generation = self._save_generation, None
        # Saved on the way to another target (the unsaved-edits question): stay there.
        if started is None or started == self._generation:
            self._select_row(self.state.row_of(target.id))
            self._edit(target.id, target.model_dump())
        self.message.show_success(self.tr("Target saved: %1").replace("%1", target.name))

    def ask_curl(self) -> None:
        self._leave(self._open_curl_dialog)

    def _open_curl_dialog(self) -> None:
        dialog = PasteCurlDialog(self)
        dialog.accepted.connect(
            lambda: self.state.parse_curl(dialog.command_text(), dialog.sample_question())
        )
        dialog.finished.connect(lambda *_: dialog.deleteLater())
        self.curl_dialog = dialog
        dialog.open()

    def _on_proposed(self, parsed: ParseCurlResponse) -> None:
        self._generation += 1
        self._select_row(-1)
        fields = parsed.target.model_dump()
        self._edit(0, fields, proposal=True)
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
