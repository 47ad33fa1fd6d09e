"""``LatencyChart`` (QtCharts): one batch's asks by duration, with p50/p90/p99 in the title."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from helix_desktop.ui.reports.charts import themed_chart
from server.contract.autotest import BatchReportResponse

__all__ = ["LatencyChart"]

_BAR_COLOR = "#5b9bd5"


def _seconds(value: float | None) -> str:
    return f"{value:.2f} s" if value is not None else "–"


class LatencyChart(QChartView):
    """A histogram of the selected batch's answer times (``latency.histogram``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("latencyChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        self.series = QBarSeries()
        self.series.setBarWidth(0.95)
        self.bars = QBarSet(self.tr("Asks"))
        self.bars.setColor(QColor(_BAR_COLOR))
        self.bars.setBorderColor(QColor(_BAR_COLOR))
        self.series.append(self.bars)
        chart = themed_chart(self.tr("Answer time of the selected run"))
        chart.addSeries(self.series)
        chart.legend().hide()
        self.x_axis = QBarCategoryAxis()
        # Twenty bin labels would be elided at any width: the title gives the range.
        self.x_axis.setLabelsVisible(False)
        self.x_axis.setTitleText(self.tr("Seconds"))
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%d")
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.x_axis)
        self.series.attachAxis(self.y_axis)
        self.setChart(chart)
        self.counts: list[int] = []
        self.show_figures(None)

    def show_figures(self, figures: BatchReportResponse | None) -> None:
        bins = figures.latency.histogram if figures is not None else []
        self.counts = [b.count for b in bins]
        self.bars.remove(0, self.bars.count())
        self.bars.append([float(c) for c in self.counts])
        self.x_axis.clear()
        self.x_axis.append([f"{b.start:.3f}-{b.end:.3f}" for b in bins])
        self.x_axis.setTitleText(
            self.tr("Seconds (0 to %1)").replace("%1", f"{bins[-1].end:.2f}")
            if bins
            else self.tr("Seconds")
        )
        # Whole-number ticks only: "%d" on ticks at 0.25 would label them 0, 0, 0, 0, 1.
        top = max(self.counts, default=0) or 1
        steps = min(top, 4)
        top = -(-top // steps) * steps
        self.y_axis.setRange(0, top)
        self.y_axis.setTickCount(steps + 1)
        if figures is None:
            self.chart().setTitle(self.tr("Answer time of the selected run"))
            return
        total, to_sql = figures.latency.total, figures.latency.time_to_sql
        self.chart().setTitle(
            self.tr("Answer time: p50 %1 · p90 %2 · p99 %3 (time to SQL: p50 %4)")
            .replace("%1", _seconds(total.p50))
            .replace("%2", _seconds(total.p90))
            .replace("%3", _seconds(total.p99))
            .replace("%4", _seconds(to_sql.p50))
        )
