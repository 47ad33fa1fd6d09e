"""``PreviewBox``: counts and first names of the metadata, and sample questions."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.generator import GeneratorState
from helix_desktop.ui.column_fit import ColumnFit
from helix_desktop.ui.message_label import MessageLabel
from server.contract.generator import PreviewResponse, SampleQuestion

__all__ = ["PreviewBox", "SampleQuestionsModel"]

Index = QModelIndex | QPersistentModelIndex


class SampleQuestionsModel(QAbstractTableModel):
    """Read-only: question, expected keywords, conditions, category."""

    FIELDS = ("question", "expected_keywords", "expected_conditions", "category")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[SampleQuestion] = []

    def set_items(self, items: list[SampleQuestion]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Sample question"),
                self.tr("Expected keywords"),
                self.tr("Conditions"),
                self.tr("Category"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        value = getattr(self.items[index.row()], self.FIELDS[index.column()])
        return value or ""


class PreviewBox(QGroupBox):
    """Shows ``state.preview``; a failure (e.g. database unreachable) is shown inline."""

    def __init__(self, state: GeneratorState, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Preview"), parent)
        self.state = state
        self.source = QLabel("—")
        self.source.setWordWrap(True)
        self.indicators = QLabel("—")
        self.indicators.setObjectName("indicatorCount")
        self.indicators.setWordWrap(True)
        self.companies = QLabel("—")
        self.companies.setObjectName("companyCount")
        self.companies.setWordWrap(True)
        self.message = MessageLabel()
        self.samples = SampleQuestionsModel(self)
        self.table = QTableView()
        self.table.setModel(self.samples)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # The sample question stretches; keywords, conditions and category stay in view.
        self.table_fit = ColumnFit(self.table)
        self.table_fit.set_widths({1: 160, 2: 80, 3: 70}, 0)
        form = QFormLayout()
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Indicators"), self.indicators)
        form.addRow(self.tr("Companies"), self.companies)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        state.preview_loaded.connect(self.show_preview)
        state.preview_failed.connect(self._on_failed)

    def show_preview(self, preview: PreviewResponse) -> None:
        self.message.clear_message()
        self.source.setText(preview.source.description)
        self.indicators.setText(self._names(preview.indicator_count, preview.sample_indicators))
        self.companies.setText(self._names(preview.company_count, preview.sample_companies))
        self.samples.set_items(preview.sample_questions)

    def _on_failed(self, detail: str) -> None:
        self.message.show_error(detail)
        self.samples.set_items([])
        for label in (self.indicators, self.companies):
            label.setText("—")

    def _names(self, count: int, names: list[str]) -> str:
        """The count in bold, then the first names (rich text, escaped)."""
        shown = self.tr(", ").join(html.escape(n) for n in names)
        more = "…" if count > len(names) else ""
        return f"<b>{count:,}</b>&nbsp;&nbsp;<span style='color:#808080'>{shown}{more}</span>"
