"""``CasePairView``: a summary line, a table of cases, and the selected case's two SQLs."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from helix_desktop.ui.reports.row_table import row_table
from helix_desktop.ui.reports.sql_pair import SqlPair

__all__ = ["CasePairView"]


class CasePairView(QWidget):
    """The layout the compare and A/B views share; subclasses fill ``show_case``."""

    def __init__(self, name: str, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}View")
        model.setParent(self)
        self.summary = QLabel()
        self.summary.setObjectName(f"{name}Summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = row_table(f"{name}Table", model)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.sql_pair = SqlPair()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.sql_pair)
        splitter.setSizes([300, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self.show_case(current.row()):
            self.sql_pair.clear()

    def show_case(self, row: int) -> bool:
        """Show the SQLs of the case in ``row``; False when there is none to show."""
        raise NotImplementedError
