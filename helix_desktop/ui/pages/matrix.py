"""The Experiment matrix page: customers/apps/templates against experiments, and their editing."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.matrix import MatrixEntry, MatrixState, RowKind
from helix_desktop.state.vocabulary import MatrixOp
from helix_desktop.ui.matrix.delete_prompt import delete_prompt
from helix_desktop.ui.matrix.experiment_dialog import ExperimentDialog
from helix_desktop.ui.matrix.labels import STATUSES, status_text
from helix_desktop.ui.matrix.model import HIERARCHY_COLUMNS, MatrixModel
from helix_desktop.ui.matrix.name_dialog import NameDialog
from helix_desktop.ui.matrix.new_experiment_dialog import NewExperimentDialog
from helix_desktop.ui.matrix.view import MatrixView
from helix_desktop.ui.message_label import MessageLabel
from helix_desktop.ui.pages.empty_state import EmptyState

if TYPE_CHECKING:
    from helix_desktop.ui.pages import PageContext

__all__ = ["MatrixPage", "build"]

# Failures the page reports itself (dialogs show their own, next to their fields).
PAGE_OPS = {
    MatrixOp.RELOAD,
    MatrixOp.EXPERIMENT_TOGGLE,
    MatrixOp.CUSTOMER_DELETE,
    MatrixOp.APP_DELETE,
    MatrixOp.TEMPLATE_DELETE,
}
LEVELS: tuple[RowKind, ...] = ("customer", "app", "template")


class MatrixPage(QWidget):
    """Toolbar (filter, status, edits), the frozen-header matrix, a summary; or an empty state."""

    def __init__(self, state: MatrixState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("matrixPage")
        self.model = MatrixModel(state, self)
        self.view = MatrixView(self.model)
        self.dialog: QDialog | QMessageBox | None = None

        self.filter = QLineEdit()
        self.filter.setObjectName("matrixFilter")
        self.filter.setPlaceholderText(self.tr("Filter customers, apps, templates, experiments"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(330)
        self.filter.textChanged.connect(self._apply_filter)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in STATUSES:
            self.status_filter.addItem(status_text(status), status)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("matrixToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_customer_action = self._action(
            self.tr("New customer…"), "Ctrl+Shift+C", lambda: self.add_item("customer")
        )
        self.add_app_action = self._action(
            self.tr("New app…"), "Ctrl+Shift+A", lambda: self.add_item("app")
        )
        self.add_template_action = self._action(
            self.tr("New template…"), "Ctrl+Shift+T", lambda: self.add_item("template")
        )
        self.rename_action = self._action(self.tr("Rename…"), "F2", self.rename_current)
        self.delete_action = self._action(self.tr("Delete…"), "Del", self.delete_current)
        self.new_experiment_action = self._action(
            self.tr("New experiment…"), "Ctrl+N", self.new_experiment
        )
        self.refresh_action = self._action(
            self.tr("Refresh"), QKeySequence.StandardKey.Refresh, self.refresh
        )
        focus_filter = self._action(
            self.tr("Filter"), QKeySequence.StandardKey.Find, self._focus_filter
        )
        for action in (self.add_customer_action, self.add_app_action, self.add_template_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.rename_action)
        self.toolbar.addAction(self.delete_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.new_experiment_action)
        self.toolbar.addAction(self.refresh_action)
        self.addAction(focus_filter)

        self.filter_bar = QWidget()
        filters = QHBoxLayout(self.filter_bar)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.filter)
        filters.addWidget(self.status_filter)
        filters.addStretch(1)

        self.empty = EmptyState(self.tr("Experiment matrix"), self.tr("Loading…"))
        self.empty_button = QPushButton(self.tr("Add the first customer"))
        self.empty_button.setObjectName("addFirstCustomer")
        self.empty_button.setMinimumSize(220, 36)
        self.empty_button.clicked.connect(lambda: self.add_item("customer"))
        self.empty_button.hide()
        empty_layout = self.empty.layout()
        assert isinstance(empty_layout, QVBoxLayout)
        empty_layout.insertWidget(3, self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.message = MessageLabel()
        filters.addWidget(self.summary)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.hint)

        self.view.toggle_requested.connect(self._toggle)
        self.view.experiment_requested.connect(self.open_experiment)
        self.view.rename_requested.connect(self._rename_at)
        self.view.menu_requested.connect(self._show_menu)
        state.loaded.connect(self._on_loaded)
        for signal in (state.rows_inserted, state.rows_removed, state.columns_inserted):
            signal.connect(self._sync)
        state.column_removed.connect(self._sync)
        state.done.connect(self._on_done)
        state.failed.connect(self._on_failed)
        self.message.clear_on_next_action(self)  # a stale banner goes with the next button
        if state.has_loaded:
            self._on_loaded()
        self._sync()

    def _action(
        self, text: str, shortcut: QKeySequence.StandardKey | str, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        sequence = QKeySequence(shortcut)
        action.setShortcut(sequence)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{text.rstrip('…')} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # ----------------------------------------------------------------- loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.state.has_loaded:
            self.state.reload()

    def refresh(self) -> None:
        self.message.clear_message()
        self.state.reload()

    def _on_loaded(self) -> None:
        self.view.fit_names()
        self._sync()

    def _apply_filter(self, *_: object) -> None:
        self.model.set_filter(self.filter.text(), str(self.status_filter.currentData() or ""))
        self._sync()

    def _focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def _sync(self, *_: object) -> None:
        """Empty state, guidance and counts follow the data."""
        state = self.state
        has_customers = bool(state.customers)
        self.stack.setCurrentWidget(self.view if has_customers else self.empty)
        if state.has_loaded and not has_customers:
            self.empty.set_text(
                self.tr("No customers yet"),
                self.tr(
                    "Start by adding a customer, then its apps and their templates. "
                    "Select templates to create an experiment from them."
                ),
            )
            self.empty_button.show()
        if not state.templates:
            hint = self.tr("Next: add an app to a customer, then templates to the app.")
        elif not state.experiments:
            hint = self.tr("Next: select template rows and press Ctrl+N to create an experiment.")
        else:
            hint = self.tr(
                "Double-click a cell or press Space to link or unlink; click a column header "
                "to edit its experiment."
            )
        self.hint.setText(hint if has_customers else "")
        self.hint.setVisible(has_customers)
        self.filter_bar.setVisible(has_customers)
        self.add_app_action.setEnabled(has_customers)
        self.add_template_action.setEnabled(bool(state.apps))
        self.rename_action.setEnabled(has_customers)
        self.delete_action.setEnabled(has_customers)
        self.new_experiment_action.setEnabled(bool(state.templates))
        counts = (
            self.tr("%1 customers · %2 apps · %3 templates · %4 experiments")
            .replace("%1", str(len(state.customers)))
            .replace("%2", str(len(state.apps)))
            .replace("%3", str(len(state.templates)))
            .replace("%4", str(len(state.experiments)))
        )
        if self.model.filtered:
            counts = (
                self.tr("Showing %1 of %2 rows, %3 of %4 experiments")
                .replace("%1", str(self.model.rowCount()))
                .replace("%2", str(len(state.rows)))
                .replace("%3", str(self.model.columnCount() - HIERARCHY_COLUMNS))
                .replace("%4", str(len(state.experiments)))
            )
        self.summary.setText(counts if state.has_loaded else "")

    # ----------------------------------------------------------------- results

    def _on_done(self, op: MatrixOp, result: object) -> None:
        if op.endswith(".create") or op.endswith(".rename"):
            self._select_created(op, result)
        if op.endswith(".delete") or op == MatrixOp.EXPERIMENT_TOGGLE:
            self.message.clear_message()
        self._sync()

    def _on_failed(self, op: MatrixOp, _status: int, text: str) -> None:
        if op in PAGE_OPS:
            self.message.show_error(text)

    def _select_created(self, op: str, result: object) -> None:
        kind = op.split(".")[0]
        item_id = getattr(result, "id", None)
        if kind == "experiment":
            column = self.model.column_of(int(item_id or 0))
            if column >= 0:
                self.view.scrollTo(self.model.index(0, column))
            return
        for row in range(self.model.rowCount()):
            entry = self.model.entry(row)
            if getattr(entry, f"{kind}_id") == item_id:
                self.view.selectRow(row)
                self.view.setCurrentIndex(self.model.index(row, LEVELS.index(kind)))
                return

    # --------------------------------------------------------------- targets

    def _current(self) -> tuple[MatrixEntry | None, int]:
        index = self.view.currentIndex()
        if not index.isValid():
            return None, -1
        return self.model.entry(index.row()), index.column()

    @staticmethod
    def _level(entry: MatrixEntry, column: int) -> RowKind:
        """The item a column points at on this row (the deepest that exists, for experiments)."""
        wanted = LEVELS[min(column, 2)]
        if wanted == "template" and entry.template_id is None:
            wanted = "app"
        if wanted == "app" and entry.app_id is None:
            wanted = "customer"
        return wanted

    @staticmethod
    def _item(entry: MatrixEntry, kind: RowKind) -> tuple[int, str]:
        if kind == "customer":
            return entry.customer_id, entry.customer_name
        if kind == "app":
            return int(entry.app_id or 0), entry.app_name
        return int(entry.template_id or 0), entry.template_name

    # ------------------------------------------------------------ hierarchy

    def _open(self, dialog: QDialog | QMessageBox) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda *_: dialog.deleteLater())
        dialog.open()

    def add_item(self, kind: RowKind, entry: MatrixEntry | None = None) -> NameDialog:
        """Open the add dialog; the parent defaults to the given (or current) row's."""
        if entry is None:
            entry, _ = self._current()
        state = self.state
        parents: list[tuple[str, int]] = []
        parent_id: int | None = None
        if kind == "app":
            parents = sorted(
                ((n, i) for i, n in state.customers.items()), key=lambda p: p[0].casefold()
            )
            parent_id = entry.customer_id if entry else None
        elif kind == "template":
            parents = sorted(
                ((f"{state.customers[c]} / {n}", i) for i, (c, n) in state.apps.items()),
                key=lambda p: p[0].casefold(),
            )
            parent_id = entry.app_id if entry else None
        dialog = NameDialog(state, kind, parents=parents, parent_id=parent_id, parent=self)
        self._open(dialog)
        return dialog

    def rename_current(self) -> NameDialog | None:
        entry, column = self._current()
        if entry is None:
            self.message.show_info(self.tr("Select a row first."))
            return None
        return self.rename_item(entry, self._level(entry, column))

    def _rename_at(self, row: int, column: int) -> None:
        entry = self.model.entry(row)
        self.rename_item(entry, self._level(entry, column))

    def rename_item(self, entry: MatrixEntry, kind: RowKind) -> NameDialog:
        item_id, name = self._item(entry, kind)
        dialog = NameDialog(self.state, kind, item_id=item_id, name=name, parent=self)
        self._open(dialog)
        return dialog

    def delete_current(self) -> QMessageBox | None:
        entry, column = self._current()
        if entry is None:
            self.message.show_info(self.tr("Select a row first."))
            return None
        return self.delete_item(entry, self._level(entry, column))

    def delete_item(self, entry: MatrixEntry, kind: RowKind) -> QMessageBox:
        item_id, name = self._item(entry, kind)
        box = delete_prompt(kind, name, self.state.cascade(kind, item_id), self)
        delete = {
            "customer": self.state.delete_customer,
            "app": self.state.delete_app,
            "template": self.state.delete_template,
        }[kind]
        box.accepted.connect(lambda: delete(item_id))
        self._open(box)
        return box

    # ----------------------------------------------------------- experiments

    def selected_template_ids(self) -> list[int]:
        ids = []
        for row in self.view.selected_rows():
            template_id = self.model.entry(row).template_id
            if template_id is not None:
                ids.append(template_id)
        return ids

    def new_experiment(self) -> NewExperimentDialog | None:
        template_ids = self.selected_template_ids()
        if not template_ids:
            self.message.show_info(
                self.tr("Select one or more template rows first (Shift or Ctrl+click for several).")
            )
            return None
        self.message.clear_message()
        dialog = NewExperimentDialog(self.state, template_ids, self)
        self._open(dialog)
        return dialog

    def open_experiment(self, experiment_id: int) -> ExperimentDialog:
        dialog = ExperimentDialog(self.state, experiment_id, self)
        self._open(dialog)
        return dialog

    def _toggle(self, row: int, column: int) -> None:
        entry = self.model.entry(row)
        experiment = self.model.experiment_at(column)
        if entry.template_id is None or experiment is None:
            return
        self.state.toggle_link(entry.template_id, experiment.id)

    # ------------------------------------------------------------------ menu

    def _show_menu(self, position: QPoint, index: QModelIndex) -> None:
        menu = self.build_menu(index)
        self.menu = menu
        menu.popup(position)

    def build_menu(self, index: QModelIndex) -> QMenu:
        """The context menu for a cell: links, experiments, then the hierarchy at that row."""
        menu = QMenu(self)
        menu.setObjectName("matrixMenu")
        entry = self.model.entry(index.row()) if index.isValid() else None
        experiment = self.model.experiment_at(index.column()) if index.isValid() else None
        if entry is not None and experiment is not None:
            if entry.template_id is not None:
                linked = experiment.id in entry.experiments
                text = self.tr("Unlink from “%1”") if linked else self.tr("Link to “%1”")
                menu.addAction(
                    text.replace("%1", experiment.name),
                    lambda: self._toggle(index.row(), index.column()),
                )
            menu.addAction(
                self.tr("Edit experiment “%1”…").replace("%1", experiment.name),
                lambda: self.open_experiment(experiment.id),
            )
        menu.addAction(self.new_experiment_action)
        menu.addSeparator()
        menu.addAction(self.add_customer_action)
        if entry is not None:
            menu.addAction(
                self.tr("New app in “%1”…").replace("%1", entry.customer_name),
                lambda: self.add_item("app", entry),
            )
            if entry.app_id is not None:
                menu.addAction(
                    self.tr("New template in “%1”…").replace("%1", entry.app_name),
                    lambda: self.add_item("template", entry),
                )
            menu.addSeparator()
            renames = {
                "customer": self.tr("Rename customer “%1”…"),
                "app": self.tr("Rename app “%1”…"),
                "template": self.tr("Rename template “%1”…"),
            }
            deletes = {
                "customer": self.tr("Delete customer “%1”…"),
                "app": self.tr("Delete app “%1”…"),
                "template": self.tr("Delete template “%1”…"),
            }
            for texts, handler in ((renames, self.rename_item), (deletes, self.delete_item)):
                for kind in LEVELS:
                    item_id, name = self._item(entry, kind)
                    if item_id:
                        menu.addAction(
                            texts[kind].replace("%1", name),
                            partial(handler, entry, kind),
                        )
        menu.addSeparator()
        menu.addAction(self.refresh_action)
        return menu


def build(context: PageContext) -> QWidget:
    return MatrixPage(context.matrix)
