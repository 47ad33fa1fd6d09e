"""``TimelineBar``: where one case's answers spent their time, one bar per ask.

Segments: waiting for the response headers, first byte to first event, thinking
(first event to the ANSWER event), the answer (to the end of the stream); a
retry is a red tick where the attempt was given up, and the time before the last
attempt's request (failed attempts, backoff) is hatched. All bars share one scale.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["SEGMENTS", "TimelineBar", "segments_of"]

ROW_HEIGHT = 18
ROW_GAP = 4
LABEL_WIDTH = 34
LEGEND_HEIGHT = 18
# (name, from milestone, to milestone, colour)
SEGMENTS = (
    ("wait", "request_ms", "headers_ms", "#9aa5b1"),
    ("first_byte", "headers_ms", "first_event_ms", "#5b9bd5"),
    ("thinking", "first_event_ms", "answer_ms", "#b38ad6"),
    ("answer", "answer_ms", "end_ms", "#4caf6e"),
)
RETRY_COLOR = "#d93025"


def segments_of(timeline: Mapping[str, Any]) -> list[tuple[str, float, float]]:
    """``(name, start_ms, end_ms)`` of the segments a timeline has both ends of."""
    found = []
    for name, start, end, _color in SEGMENTS:
        a, b = timeline.get(start), timeline.get(end)
        if isinstance(a, int | float) and isinstance(b, int | float) and b >= a:
            found.append((name, float(a), float(b)))
    return found


def _last_mark(timeline: Mapping[str, Any]) -> float:
    values = [v for k, v in timeline.items() if k.endswith("_ms") and isinstance(v, int | float)]
    values += [r.get("at_ms") or 0.0 for r in timeline.get("retries") or []]
    return max(values, default=0.0)


class TimelineBar(QWidget):
    """Paints the timelines given to ``show_asks`` (label, timeline dict or None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineBar")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.asks: list[tuple[str, Mapping[str, Any]]] = []
        self.scale_ms = 0.0
        self._names = {
            "wait": self.tr("Wait"),
            "first_byte": self.tr("First byte"),
            "thinking": self.tr("Thinking"),
            "answer": self.tr("Answer"),
        }
        self.setVisible(False)

    def show_asks(self, asks: Sequence[tuple[str, Mapping[str, Any] | None]]) -> None:
        """One bar per ask that has a timeline; hidden when none has."""
        self.asks = [(label, t) for label, t in asks if t]
        self.scale_ms = max((_last_mark(t) for _, t in self.asks), default=0.0)
        self.setToolTip("\n".join(self._describe(label, t) for label, t in self.asks))
        self.setVisible(bool(self.asks))
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.show_asks([])

    def _describe(self, label: str, timeline: Mapping[str, Any]) -> str:
        parts = [
            f"{self._names[name]} {end - start:.0f} ms"
            for name, start, end in segments_of(timeline)
        ]
        for retry in timeline.get("retries") or []:
            parts.append(
                self.tr("retry at %1 ms: %2")
                .replace("%1", f"{retry.get('at_ms') or 0:.0f}")
                .replace("%2", str(retry.get("reason", "")))
            )
        return f"{label}: " + ", ".join(parts)

    def sizeHint(self) -> QSize:
        rows = max(len(self.asks), 1)
        return QSize(320, rows * (ROW_HEIGHT + ROW_GAP) + LEGEND_HEIGHT + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        text = self.palette().text().color()
        width = max(self.width() - LABEL_WIDTH - 56, 10)
        scale = width / self.scale_ms if self.scale_ms > 0 else 0.0
        colors = {name: QColor(color) for name, _a, _b, color in SEGMENTS}
        for row, (label, timeline) in enumerate(self.asks):
            top = row * (ROW_HEIGHT + ROW_GAP)
            painter.setPen(text)
            painter.drawText(
                QRectF(0, top, LABEL_WIDTH - 4, ROW_HEIGHT),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            request = timeline.get("request_ms")
            if timeline.get("retries") and isinstance(request, int | float) and request > 0:
                painter.fillRect(
                    QRectF(LABEL_WIDTH, top + 3, request * scale, ROW_HEIGHT - 6),
                    QBrush(QColor(RETRY_COLOR), Qt.BrushStyle.BDiagPattern),
                )
            for name, start, end in segments_of(timeline):
                painter.fillRect(
                    QRectF(
                        LABEL_WIDTH + start * scale,
                        top,
                        max((end - start) * scale, 1.0),
                        ROW_HEIGHT,
                    ),
                    colors[name],
                )
            painter.setPen(QPen(QColor(RETRY_COLOR), 2))
            for retry in timeline.get("retries") or []:
                x = LABEL_WIDTH + (retry.get("at_ms") or 0.0) * scale
                painter.drawLine(int(x), top - 1, int(x), top + ROW_HEIGHT + 1)
            total = _last_mark(timeline)
            painter.setPen(text)
            painter.drawText(
                QRectF(LABEL_WIDTH + total * scale + 4, top, 56, ROW_HEIGHT),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                f"{total:.0f} ms",
            )
        self._paint_legend(painter, len(self.asks) * (ROW_HEIGHT + ROW_GAP) + 2, colors, text)
        painter.end()

    def _paint_legend(
        self, painter: QPainter, top: int, colors: dict[str, QColor], text: QColor
    ) -> None:
        x = float(LABEL_WIDTH)
        metrics = self.fontMetrics()
        entries = [(self._names[name], colors[name]) for name, *_ in SEGMENTS]
        entries.append((self.tr("Retry"), QColor(RETRY_COLOR)))
        for name, color in entries:
            painter.fillRect(QRectF(x, top + 4, 10, 10), color)
            painter.setPen(text)
            painter.drawText(
                QRectF(x + 14, top, metrics.horizontalAdvance(name) + 4, LEGEND_HEIGHT),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                name,
            )
            x += 14 + metrics.horizontalAdvance(name) + 14
