"""``ExperimentHeader``: column headers that show each experiment's colour, name and status."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QHeaderView, QWidget

from helix_desktop.ui.matrix.labels import STATUS_COLORS, status_text
from helix_desktop.ui.matrix.model import HIERARCHY_COLUMNS, MatrixModel

__all__ = ["HEADER_HEIGHT", "ExperimentHeader"]

HEADER_HEIGHT = 58
COLUMN_WIDTH = 104
STRIPE = 5


class ExperimentHeader(QHeaderView):
    """A colour stripe, the name (elided, full in the tooltip) and a status chip per column."""

    def __init__(self, parent: QWidget | None = None, *, names: bool = False) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.names = names  # the frozen header: customer / app / template titles
        self.setObjectName("experimentHeader")
        self.setSectionsClickable(not names)
        self.setHighlightSections(False)
        self.setFixedHeight(HEADER_HEIGHT)
        self.setDefaultSectionSize(COLUMN_WIDTH)
        self.setMinimumSectionSize(48)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if not names:
            self.setMouseTracking(True)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._hover = -1
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if logical < HIERARCHY_COLUMNS:
            if self.names:  # else covered by the frozen columns' own header
                self._paint_name_section(painter, rect, logical)
            return
        model = self.model()
        name = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
        color = QColor(str(model.headerData(logical, self.orientation(), MatrixModel.ColorRole)))
        status = str(model.headerData(logical, self.orientation(), MatrixModel.StatusRole) or "")
        palette = self.palette()
        painter.save()
        background = palette.color(QPalette.ColorRole.Button)
        if logical == self._hover:
            background = background.darker(106)
        painter.fillRect(rect, background)
        painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), STRIPE), color)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        painter.setFont(self._bold)
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        name_rect = QRect(rect.left() + 6, rect.top() + STRIPE + 4, rect.width() - 12, 20)
        elided = painter.fontMetrics().elidedText(
            name, Qt.TextElideMode.ElideRight, name_rect.width()
        )
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignCenter, elided)

        painter.setFont(self._small)
        chip_text = status_text(status)
        rate = model.headerData(logical, self.orientation(), MatrixModel.PassRateRole)
        if isinstance(rate, float):
            # The newest tagged AutoTest run: the experiment's quality at a glance.
            chip_text += f" · {rate:.0%}"
        metrics = painter.fontMetrics()
        chip_width = min(rect.width() - 12, metrics.horizontalAdvance(chip_text) + 14)
        chip = QRect(
            rect.left() + (rect.width() - chip_width) // 2, rect.bottom() - 22, chip_width, 17
        )
        chip_color = QColor(STATUS_COLORS.get(status, "#8A8F98"))
        fill = QColor(chip_color)
        fill.setAlpha(38)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(chip, 8, 8)
        painter.setPen(chip_color)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, chip_text)
        painter.restore()

    def _paint_name_section(self, painter: QPainter, rect: QRect, logical: int) -> None:
        palette = self.palette()
        title = str(self.model().headerData(logical, Qt.Orientation.Horizontal) or "")
        painter.save()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Button))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.setFont(self._bold)
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        painter.drawText(
            rect.adjusted(8, 0, -6, -8),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            title,
        )
        painter.restore()

    # Hover feedback: the columns open the experiment dialog when clicked.

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._set_hover(self.logicalIndexAt(event.position().toPoint()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hover(-1)
        super().leaveEvent(event)

    def _set_hover(self, logical: int) -> None:
        if logical != self._hover:
            old, self._hover = self._hover, logical
            for section in (old, logical):
                if section >= 0:
                    x = self.sectionViewportPosition(section)
                    self.viewport().update(
                        QRect(QPoint(x, 0), self.viewport().rect().bottomRight())
                    )
