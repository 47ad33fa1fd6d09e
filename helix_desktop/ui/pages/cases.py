"""The Cases page: the case table (paged as it scrolls), filters, bulk actions, import/export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.cases import CaseFilters, CasesState
from helix_desktop.ui.case_menu import CaseRow, case_menu
from helix_desktop.ui.cases.delegate import CaseDelegate
from helix_desktop.ui.cases.detail_pane import CaseDetailPane
from helix_desktop.ui.cases.import_dialog import ImportDialog
from helix_desktop.ui.cases.model import COLUMNS, CasesModel
from helix_desktop.ui.cases.table_view import CasesTable
from helix_desktop.ui.message_label import MessageLabel
from helix_desktop.ui.unsaved_guard import EditableForm, ask_before_leaving
from server.contract.autotest import CaseResponse

if TYPE_CHECKING:
    from helix_desktop.ui.pages import PageContext

__all__ = ["CasesPage", "build"]

SEARCH_DELAY_MS = 300
# Ideal widths; the question column stretches over the rest (see ``CasesTable.fit_columns``).
_WIDTHS = {"id": 52, "expected_keywords": 170, "expected_conditions": 110}
_WIDTHS |= {"expected_sql": 240, "category": 70, "is_active": 44, "last_result": 64}


class CasesPage(QWidget):
    """A view over ``CasesState``; every server call goes through the state."""

    def __init__(self, state: CasesState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("casesPage")
        self.file_dialog: QFileDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.unsaved_box: QMessageBox | None = None
        self._moving_back = False  # putting the old row back while the user is asked
        self.import_dialog: ImportDialog | None = None

        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search question, keywords, category (Ctrl+F)"))
        self.active_filter = QComboBox()
        self.active_filter.addItem(self.tr("All states"), None)
        self.active_filter.addItem(self.tr("Active only"), True)
        self.active_filter.addItem(self.tr("Inactive only"), False)
        self.last_filter = QComboBox()
        self.last_filter.setObjectName("lastResultFilter")
        self.last_filter.addItem(self.tr("Any last result"), None)
        for value in ("PASS", "FAIL", "ERROR"):
            self.last_filter.addItem(self.tr("Last: %1").replace("%1", value), value)
        self.last_filter.addItem(self.tr("Never run"), "NONE")
        self.category_filter = QComboBox()
        self.category_filter.setEditable(True)
        self.category_filter.setMinimumWidth(130)
        self.category_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category_filter.addItem(self.tr("All categories"))
        category_edit = self.category_filter.lineEdit()
        assert category_edit is not None  # editable
        category_edit.setPlaceholderText(self.tr("Category"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import cases from Excel or CSV (Ctrl+I)"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Export the listed cases to Excel (Ctrl+E)"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Reload from the server (F5)"))
        self.new_button = QPushButton(self.tr("New case"))
        self.new_button.setObjectName("newCase")
        self.new_button.setToolTip(self.tr("Add a case by hand (Ctrl+N)"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.setObjectName("duplicateCase")
        self.duplicate_button.setToolTip(self.tr("A new case copied from the current one (Ctrl+D)"))

        self.selection_label = QLabel()
        self.activate_button = QPushButton(self.tr("Activate"))
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected cases (Del)"))
        self.run_button = QPushButton(self.tr("Run selected"))
        self.run_button.setObjectName("runSelected")

        self.model = CasesModel(state, self)
        self.table = CasesTable()
        self.table.setModel(self.model)
        self.delegate = CaseDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.fit_columns(
            {COLUMNS.index(c): w for c, w in _WIDTHS.items()}, COLUMNS.index("question")
        )
        self.detail = CaseDetailPane(state)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([700, 300])

        self.total_label = QLabel()
        self.total_label.setObjectName("caseTotal")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(90)
        self.busy.setMaximumHeight(12)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = MessageLabel()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.active_filter)
        filters.addWidget(self.last_filter)
        filters.addWidget(self.category_filter)
        filters.addSpacing(12)
        filters.addWidget(self.new_button)
        filters.addWidget(self.duplicate_button)
        filters.addWidget(self.import_button)
        filters.addWidget(self.export_button)
        filters.addWidget(self.refresh_button)
        selection = QHBoxLayout()
        selection.addWidget(self.selection_label)
        selection.addStretch(1)
        for button in (
            self.activate_button,
            self.deactivate_button,
            self.delete_button,
            self.run_button,
        ):
            selection.addWidget(button)
        status = QHBoxLayout()
        status.addWidget(self.total_label)
        status.addWidget(self.busy)
        status.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(selection)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(status)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        self.active_filter.currentIndexChanged.connect(self.apply_filters)
        self.last_filter.currentIndexChanged.connect(self.apply_filters)
        self.category_filter.activated.connect(self.apply_filters)
        category_edit.editingFinished.connect(self.apply_filters)
        self.import_button.clicked.connect(self.choose_import_file)
        self.export_button.clicked.connect(self.choose_export_file)
        self.refresh_button.clicked.connect(self.refresh)
        self.new_button.clicked.connect(self.new_case)
        self.duplicate_button.clicked.connect(self.duplicate_case)
        self.activate_button.clicked.connect(lambda: self.set_selected_active(True))
        self.deactivate_button.clicked.connect(lambda: self.set_selected_active(False))
        self.delete_button.clicked.connect(self.confirm_delete)
        self.run_button.clicked.connect(self.run_selected)
        self.table.file_dropped.connect(self.import_path)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_case_menu)
        self.case_menu: QMenu | None = None
        self.delegate.refused.connect(self.message.show_error)
        self.message.clear_on_next_action(self)
        self._build_actions()

        state.reset.connect(self._on_reset)
        state.total_changed.connect(self._show_total)
        state.appended.connect(self._show_total)
        state.busy_changed.connect(self.busy.setVisible)
        state.failed.connect(self.message.show_error)
        state.invalid.connect(self.message.show_error)
        state.save_failed.connect(self._on_save_failed)
        state.saved.connect(self.message.clear_message)  # a lambda would outlive the page
        state.notice.connect(self.message.show_success)
        state.created.connect(self._on_created)
        state.opened.connect(self._on_opened)
        state.exported.connect(self._on_exported)
        state.export_failed.connect(self.message.show_error)
        self._show_total()
        self._on_selection_changed()
        self._update_duplicate()

    def _build_actions(self) -> None:
        def action(keys: QKeySequence.StandardKey | str, slot: Callable[[], object]) -> QAction:
            act = QAction(self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.find_action = action(QKeySequence.StandardKey.Find, self.focus_search)
        self.delete_action = action(QKeySequence.StandardKey.Delete, self.confirm_delete)
        self.import_action = action("Ctrl+I", self.choose_import_file)
        self.export_action = action("Ctrl+E", self.choose_export_file)
        self.new_action = action("Ctrl+N", self.new_case)
        self.duplicate_action = action("Ctrl+D", self.duplicate_case)
        self.refresh_action = action(QKeySequence.StandardKey.Refresh, self.refresh)
        if self.refresh_action.shortcut() != QKeySequence("F5"):
            self.refresh_action.setShortcuts([self.refresh_action.shortcut(), QKeySequence("F5")])

    # ---------------------------------------------------------------- showing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.state.ensure_loaded()

    def refresh(self) -> None:
        self.state.reload()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def filters(self) -> CaseFilters:
        category = self.category_filter.currentText().strip()
        if category == self.category_filter.itemText(0):  # "All categories"
            category = ""
        return CaseFilters(
            q=self.search.text().strip(),
            is_active=self.active_filter.currentData(),
            last_result=self.last_filter.currentData(),
            category=category or None,
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.state.set_filters(self.filters())

    def _on_reset(self) -> None:
        self.table.scrollToTop()  # a new list starts at its top (and fetches nothing more)
        self._show_total()
        current = self.category_filter.currentText()
        known = sorted(self.state.categories)
        items = [self.category_filter.itemText(i) for i in range(1, self.category_filter.count())]
        if items != known:
            self.category_filter.blockSignals(True)
            while self.category_filter.count() > 1:
                self.category_filter.removeItem(1)
            self.category_filter.addItems(known)
            self.category_filter.setEditText(current)
            self.category_filter.blockSignals(False)
        self._on_selection_changed()

    def _show_total(self, *_: object) -> None:
        total, loaded = self.state.total, len(self.state.cases)
        if loaded < total:
            text = self.tr("%1 cases (%2 loaded)").replace("%1", f"{total:,}")
            text = text.replace("%2", f"{loaded:,}")
        else:
            text = self.tr("%1 cases").replace("%1", f"{total:,}")
        unfiltered = self.state.filters == CaseFilters()
        if self.state.loaded_once and total == 0 and unfiltered:
            # A first start: say what to do, in the order it works.
            text = self.tr(
                "No cases yet. First set up the bot (Settings), then import cases "
                "(Ctrl+I) or add one (Ctrl+N)."
            )
        self.total_label.setText(text)

    # -------------------------------------------------------------- selection

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [case.id for row in rows if (case := self.model.case_at(row)) is not None]

    def _on_selection_changed(self, *_: QItemSelection) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.selection_label.setText(
            self.tr("%1 selected").replace("%1", str(count))
            if count
            else self.tr("Select rows to activate, deactivate, delete or run them")
        )
        for button in (
            self.activate_button,
            self.deactivate_button,
            self.delete_button,
            self.run_button,
        ):
            button.setEnabled(count > 0)

    def editable_form(self) -> EditableForm:
        return self.detail

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._moving_back:
            return
        case = self.model.case_at(current.row())
        shown = self.detail.case
        same = shown is not None and case is not None and case.id == shown.id
        if same and not self.detail.creating:
            return
        if not self.detail.is_dirty():
            self.detail.show_case(case)
            self._update_duplicate()
            return
        # Unsaved edits: stay on the edited row until the user has answered (after the
        # click that moved away is handled: the view selects the clicked row last).
        back = previous.row()
        QTimer.singleShot(0, self, lambda: self._select_row(back))
        self.unsaved_box = ask_before_leaving(self, self.detail, lambda: self._go_to(case))

    def _select_row(self, row: int) -> None:
        self._moving_back = True
        try:
            if row < 0:
                self.table.selectionModel().clear()
            else:
                self.table.selectRow(row)
        finally:
            self._moving_back = False

    def _go_to(self, case: CaseResponse | None) -> None:
        self.unsaved_box = None
        row = self.state.row_of(case.id) if case is not None else -1
        self._select_row(row)
        self.detail.show_case(case if row >= 0 else None)
        self._update_duplicate()

    def new_case(self) -> None:
        """An empty form in the detail pane; Save adds the case (asks first about edits)."""
        self.unsaved_box = ask_before_leaving(self, self.detail, self._start_new)

    def duplicate_case(self) -> None:
        """The detail pane's form, filled with a copy of the current case."""
        template = self.detail.case
        if template is None:
            return
        self.unsaved_box = ask_before_leaving(self, self.detail, lambda: self._start_new(template))

    def _start_new(self, template: CaseResponse | None = None) -> None:
        self.unsaved_box = None
        self._select_row(-1)
        self.detail.start_new(template)
        self._update_duplicate()

    def _on_created(self, case: CaseResponse) -> None:
        self.message.show_success(self.tr("Case %1 added.").replace("%1", str(case.id)))
        if not self.detail.creating:
            return
        row = self.state.row_of(case.id)
        self._select_row(row)
        self.detail.show_case(case)
        if row >= 0:
            self.table.scrollTo(self.model.index(row, 0))
        self._update_duplicate()

    def show_case_id(self, case_id: int) -> None:
        """Select that case (asks first about unsaved edits); fetched if not loaded."""
        row = self.state.row_of(case_id)
        if row >= 0:
            case = self.state.cases[row]
            self.unsaved_box = ask_before_leaving(self, self.detail, lambda: self._go_to(case))
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.state.open_case(case_id)

    def _on_opened(self, case: CaseResponse) -> None:
        self.unsaved_box = ask_before_leaving(self, self.detail, lambda: self._show_alone(case))

    def _show_alone(self, case: CaseResponse) -> None:
        """A case not among the loaded rows: in the detail pane, no row selected."""
        self.unsaved_box = None
        self._select_row(-1)
        self.detail.show_case(case)
        self._update_duplicate()

    def _update_duplicate(self) -> None:
        self.duplicate_button.setEnabled(self.detail.case is not None)

    def set_selected_active(self, active: bool) -> None:
        self.state.set_active(self.selected_ids(), active)

    def _show_case_menu(self, pos: QPoint) -> None:
        """Right-click: copy the question or the expected SQL, run this case."""
        case = self.model.case_at(self.table.indexAt(pos).row())
        if case is None:
            return
        row = CaseRow(case.id, case.question, expected_sql=case.expected_sql)
        self.case_menu = case_menu(self, row, open_case=None, run_case=self.state.request_run)
        self.case_menu.popup(self.table.viewport().mapToGlobal(pos))

    def run_selected(self) -> None:
        self.state.request_run(self.selected_ids())

    def confirm_delete(self) -> QMessageBox | None:
        """Ask before deleting; the box says how many (opened with ``open()``)."""
        ids = self.selected_ids()
        if not ids:
            return None
        box = QMessageBox(self)
        box.setObjectName("confirmDelete")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete cases"))
        box.setText(self.tr("Delete %1 selected case(s)?").replace("%1", str(len(ids))))
        box.setInformativeText(self.tr("Reports keep their copy; the cases themselves are gone."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.accepted.connect(lambda: self.state.delete(ids))
        box.finished.connect(lambda *_: box.deleteLater())
        self.confirm_box = box
        box.open()
        return box

    # -------------------------------------------------------- import / export

    def _file_dialog(self, caption: str, mode: QFileDialog.AcceptMode) -> QFileDialog:
        dialog = QFileDialog(self, caption)
        # Qt's own dialog: the same everywhere, and tests can drive it.
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(mode)
        dialog.finished.connect(lambda *_: dialog.deleteLater())
        self.file_dialog = dialog
        return dialog

    def choose_import_file(self) -> QFileDialog:
        dialog = self._file_dialog(self.tr("Import cases"), QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Spreadsheets (*.xlsx *.csv)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(self.import_path)
        dialog.open()
        return dialog

    def choose_export_file(self) -> QFileDialog:
        dialog = self._file_dialog(self.tr("Export cases"), QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Excel workbook (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        dialog.selectFile("cases.xlsx")
        dialog.fileSelected.connect(self.state.export_to)
        dialog.open()
        return dialog

    def import_path(self, path: str) -> ImportDialog:
        """Import ``path`` (chosen or dropped) with a dialog that shows the outcome."""
        dialog = ImportDialog(self.state, Path(path).name, self)
        dialog.finished.connect(lambda *_: dialog.deleteLater())
        self.import_dialog = dialog
        dialog.open()
        self.state.import_file(path)
        return dialog

    def _on_exported(self, path: str) -> None:
        self.message.show_success(self.tr("Exported to %1").replace("%1", path))

    def _on_save_failed(self, case_id: int, detail: str) -> None:
        text = self.tr("Case %1 was not saved: %2").replace("%1", str(case_id))
        self.message.show_error(text.replace("%2", detail))
        self.detail.show_save_failed(case_id)


def build(context: PageContext) -> QWidget:
    return CasesPage(context.cases)
