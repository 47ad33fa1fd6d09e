"""Painting of matrix cells: a coloured dot (and tint) where a template is linked."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from helix_desktop.ui.matrix.model import HIERARCHY_COLUMNS, MatrixModel

__all__ = ["HierarchyDelegate", "LinkDelegate"]

Index = QModelIndex | QPersistentModelIndex
SEPARATOR = QColor(0, 0, 0, 60)
DOT_RADIUS = 5.5


class LinkDelegate(QStyledItemDelegate):
    """Experiment cells, painted directly (no style round trips): the view shows 300 columns."""

    def __init__(self, model: MatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._colors: dict[str, tuple[QColor, QColor]] = {}

    def _pair(self, color: str) -> tuple[QColor, QColor]:
        pair = self._colors.get(color)
        if pair is None:
            solid = QColor(color)
            tint = QColor(solid)
            tint.setAlpha(56)
            pair = self._colors[color] = (tint, solid)
        return pair

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        column = index.column()
        if column < HIERARCHY_COLUMNS:
            return  # under the frozen columns
        row = index.row()
        model = self.model
        rect = option.rect
        state = option.state
        if state & QStyle.StateFlag.State_Selected:
            highlight = QColor(option.palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(70)
            painter.fillRect(rect, highlight)
        if model.starts_group(row):
            painter.fillRect(rect.x(), rect.y(), rect.width(), 1, SEPARATOR)
        entry = model.entry(row)
        experiment = model.experiment_at(column)
        if experiment is not None and experiment.id in entry.experiments:
            tint, solid = self._pair(experiment.color)
            painter.fillRect(rect.adjusted(1, 1, -1, -1), tint)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            selected = bool(state & QStyle.StateFlag.State_Selected)
            painter.setPen(QColor("white") if selected else solid.darker(125))
            painter.setBrush(solid)
            painter.drawEllipse(QPointF(rect.center()) + QPointF(0.5, 0.5), DOT_RADIUS, DOT_RADIUS)
            painter.restore()
        if state & QStyle.StateFlag.State_HasFocus:
            painter.save()
            painter.setPen(option.palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            painter.restore()


class HierarchyDelegate(QStyledItemDelegate):
    """Names as usual, plus a line above the first row of each customer."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if index.data(MatrixModel.GroupStartRole):
            rect = option.rect
            painter.fillRect(rect.x(), rect.y(), rect.width(), 1, SEPARATOR)
