"""``MatrixView``: the matrix table with the customer/app/template columns frozen on the left.

The frozen part is a second ``QTableView`` over the same model and selection
model, laid over the left of the main view (Qt's "Frozen Column" example):
experiment columns scroll under it while the names stay put.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from helix_desktop.ui.matrix.delegates import HierarchyDelegate, LinkDelegate
from helix_desktop.ui.matrix.header import ExperimentHeader
from helix_desktop.ui.matrix.model import HIERARCHY_COLUMNS, MatrixModel

__all__ = ["MatrixView"]

ROW_HEIGHT = 28
NAME_WIDTHS = (150, 150, 170)
MAX_NAME_WIDTH = 280

Action = QAbstractItemView.CursorAction


class MatrixView(QTableView):
    """Rows are templates; double-click or Space on a cell toggles, a header click opens."""

    toggle_requested = Signal(int, int)  # row, column (an experiment column)
    experiment_requested = Signal(int)  # experiment id
    rename_requested = Signal(int, int)  # row, column (a hierarchy column)
    menu_requested = Signal(QPoint, QModelIndex)  # global position, index (may be invalid)

    def __init__(self, model: MatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixView")
        self.setHorizontalHeader(ExperimentHeader(self))
        self.setModel(model)
        self.matrix = model
        self._configure(self)
        self.setItemDelegate(LinkDelegate(model, self))
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.frozen = QTableView(self)
        self.frozen.setObjectName("matrixFrozen")
        self.frozen.setHorizontalHeader(ExperimentHeader(self.frozen, names=True))
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        self._configure(self.frozen)
        self.frozen.setItemDelegate(HierarchyDelegate(self.frozen))
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen_header = self.frozen.horizontalHeader()
        self.viewport().stackUnder(self.frozen)
        # A soft shadow on the frozen edge: experiment columns slide under it.
        self.edge = QWidget(self)
        self.edge.setObjectName("frozenEdge")
        self.edge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.edge.setStyleSheet(
            "background: qlineargradient(x1:0, y1:0, x2:1, y2:0,"
            " stop:0 rgba(0, 0, 0, 70), stop:1 rgba(0, 0, 0, 0));"
        )

        # One vertical position for both parts.
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        # The user resizes name columns on the frozen header; the hidden ones follow.
        frozen_header.sectionResized.connect(self._on_frozen_resized)
        self.horizontalHeader().sectionClicked.connect(self._on_header_clicked)
        self.doubleClicked.connect(self._on_double_clicked)
        self.frozen.doubleClicked.connect(self._on_double_clicked)
        for view in (self, self.frozen):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda pos, v=view: self.menu_requested.emit(
                    v.viewport().mapToGlobal(pos), v.indexAt(pos)
                )
            )
        model.modelReset.connect(self._on_reset)
        model.columnsInserted.connect(self._on_columns_inserted)
        self._name_widths = list(NAME_WIDTHS)
        self._on_reset()
        self.frozen.show()
        self.edge.hide()
        self.horizontalScrollBar().valueChanged.connect(lambda v: self.edge.setVisible(v > 0))

    @staticmethod
    def _configure(view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setWordWrap(False)
        view.setCornerButtonEnabled(False)
        view.verticalHeader().hide()
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        view.setShowGrid(True)

    # ------------------------------------------------------------- geometry

    def fit_names(self) -> None:
        """Name columns as wide as their longest name (measured, not ResizeToContents)."""
        metrics = self.fontMetrics()
        widths = list(NAME_WIDTHS)
        names: list[set[str]] = [set(), set(), set()]
        for entry in self.matrix.state.rows:
            names[0].add(entry.customer_name)
            names[1].add(entry.app_name)
            names[2].add(entry.template_name)
        for column, values in enumerate(names):
            if values:
                longest = max(metrics.horizontalAdvance(v) for v in values) + 28
                widths[column] = max(100, min(MAX_NAME_WIDTH, longest))
        self._name_widths = widths
        self._apply_name_widths()

    def _apply_name_widths(self) -> None:
        header = self.frozen.horizontalHeader()
        blocked = header.blockSignals(True)
        for column, width in enumerate(self._name_widths):
            self.frozen.setColumnWidth(column, width)
            self.setColumnWidth(column, width)
        header.blockSignals(blocked)
        self._place_frozen()

    def _on_frozen_resized(self, column: int, _old: int, new: int) -> None:
        if column < HIERARCHY_COLUMNS:
            self._name_widths[column] = new
            self.setColumnWidth(column, new)
            self._place_frozen()

    def _on_reset(self) -> None:
        columns = self.matrix.columnCount()
        for column in range(columns):
            self.frozen.setColumnHidden(column, column >= HIERARCHY_COLUMNS)
        self._apply_name_widths()

    def _on_columns_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        for column in range(first, last + 1):
            self.frozen.setColumnHidden(column, column >= HIERARCHY_COLUMNS)

    def frozen_width(self) -> int:
        return sum(self._name_widths)

    def _place_frozen(self) -> None:
        left = self.verticalHeader().width() + self.frameWidth()
        height = self.viewport().height() + self.horizontalHeader().height()
        self.frozen.setGeometry(left, self.frameWidth(), self.frozen_width() + 1, height)
        self.edge.setGeometry(left + self.frozen_width() + 1, self.frameWidth(), 5, height)
        self.edge.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_frozen()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if hasattr(self, "edge"):
            self._place_frozen()

    # ------------------------------------------------- keeping cells visible

    def moveCursor(self, action: Action, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        current = super().moveCursor(action, modifiers)
        if (
            action == Action.MoveLeft
            and current.column() >= HIERARCHY_COLUMNS
            and self.visualRect(current).left() < self.frozen_width()
        ):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + self.visualRect(current).left() - self.frozen_width())
        return current

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        bar = self.horizontalScrollBar()
        kept = bar.value()
        super().scrollTo(index, hint)
        if index.column() < HIERARCHY_COLUMNS:
            bar.setValue(kept)  # names are always visible: only scroll vertically
        elif self.visualRect(index).left() < self.frozen_width():
            bar.setValue(bar.value() + self.visualRect(index).left() - self.frozen_width())

    # ---------------------------------------------------------------- input

    def _on_header_clicked(self, column: int) -> None:
        experiment = self.matrix.experiment_at(column)
        if experiment is not None:
            self.experiment_requested.emit(experiment.id)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.column() >= HIERARCHY_COLUMNS:
            self.toggle_requested.emit(index.row(), index.column())
        else:
            self.rename_requested.emit(index.row(), index.column())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        key = event.key()
        if (
            current.isValid()
            and key == Qt.Key.Key_Space
            and not event.modifiers()
            and current.column() >= HIERARCHY_COLUMNS
        ):
            self.toggle_requested.emit(current.row(), current.column())
            return
        if current.isValid() and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            experiment = self.matrix.experiment_at(current.column())
            if experiment is not None:
                self.experiment_requested.emit(experiment.id)
            else:
                self.rename_requested.emit(current.row(), current.column())
            return
        super().keyPressEvent(event)

    def selected_rows(self) -> list[int]:
        """Rows with any selected range (cheap: ranges, not indexes)."""
        rows: set[int] = set()
        # PySide6's stubs miss that QItemSelection (a QList) is iterable.
        for selection_range in self.selectionModel().selection():  # type: ignore[attr-defined]
            rows.update(range(selection_range.top(), selection_range.bottom() + 1))
        return sorted(rows)
