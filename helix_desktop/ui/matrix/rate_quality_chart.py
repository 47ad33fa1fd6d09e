"""``RateQualityChart``: the groups' bitrate against VMAF, one line per encoder family."""

from __future__ import annotations

from PySide6.QtCharts import QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from helix_desktop.state.rate_quality import RateQuality
from helix_desktop.ui.reports.charts import themed_chart

__all__ = ["RateQualityChart"]

# Distinct on light and dark backgrounds; a family keeps its colour while the dialog is open.
FAMILY_COLORS = ("#2F80ED", "#EB5757", "#27AE60", "#F2994A", "#9B51E0", "#56CCF2", "#A0785A")


class RateQualityChart(QChartView):
    """Encoders compared at a glance: further up and left is better."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rateQualityChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        chart = themed_chart(self.tr("Bitrate vs VMAF"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.x_axis = QValueAxis()
        self.x_axis.setTitleText(self.tr("Bitrate (kbit/s)"))
        self.x_axis.setLabelFormat("%d")
        self.y_axis = QValueAxis()
        self.y_axis.setTitleText("VMAF")
        self.y_axis.setLabelFormat("%.0f")
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.setChart(chart)
        self.series_by_family: dict[str, tuple[QLineSeries, QScatterSeries]] = {}
        self.colors: dict[str, QColor] = {}

    def _color(self, family: str) -> QColor:
        if family not in self.colors:
            self.colors[family] = QColor(FAMILY_COLORS[len(self.colors) % len(FAMILY_COLORS)])
        return self.colors[family]

    def show_curves(self, curves: RateQuality) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        self.series_by_family = {}
        points = [p for family in curves.families.values() for p in family]
        for family in sorted(curves.families):
            color = self._color(family)
            line = QLineSeries()
            line.setName(family or self.tr("(no encoder)"))
            line.setPen(QPen(color, 2))
            dots = QScatterSeries()
            dots.setMarkerSize(8)
            dots.setColor(color)
            dots.setBorderColor(color)
            for point in curves.families[family]:
                line.append(point.bitrate, point.vmaf)
                dots.append(point.bitrate, point.vmaf)
            for series in (line, dots):
                chart.addSeries(series)
                series.attachAxis(self.x_axis)
                series.attachAxis(self.y_axis)
            chart.legend().markers(dots)[0].setVisible(False)  # one legend entry per family
            self.series_by_family[family] = (line, dots)
        if points:
            low = min(p.bitrate for p in points)
            high = max(p.bitrate for p in points)
            margin = max((high - low) * 0.05, 1.0)
            self.x_axis.setRange(max(low - margin, 0.0), high + margin)
            self.x_axis.applyNiceNumbers()  # round ticks (1000, 2000, ...), not 540, 1970
            bottom = min(p.vmaf for p in points)
            self.y_axis.setRange(max(min(bottom - 2, 100.0), 0.0) // 5 * 5, 100)
        else:
            self.x_axis.setRange(0, 1000)
            self.y_axis.setRange(0, 100)
        title = self.tr("Bitrate vs VMAF")
        self.chart().setTitle(title if points else self.tr("Bitrate vs VMAF: no metrics yet"))
