"""Report charts (QtCharts): the pass-rate trend of recent batches and one batch's results."""

from __future__ import annotations

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from helix_desktop.ui.run.result_colors import result_colors
from helix_desktop.ui.theme import is_dark
from server.contract.autotest import ReportResponse
from server.contract.vocabulary import ResultValue

__all__ = ["ResultChart", "TrendChart", "new_chart"]

_SLICE_COLORS = {
    ResultValue.PASS: "#2e9d4f",
    ResultValue.FAIL: "#d93b30",
    ResultValue.ERROR: "#e8900c",
}


def new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTheme(
        QChart.ChartTheme.ChartThemeDark if is_dark() else QChart.ChartTheme.ChartThemeLight
    )
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    return chart


class TrendChart(QChartView):
    """Pass rate (%) of the recent batches, oldest on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        self.line = QLineSeries()
        self.points = QScatterSeries()
        self.points.setMarkerSize(7)
        color = QColor(_SLICE_COLORS[ResultValue.PASS])
        self.line.setPen(QPen(color, 2))
        self.points.setColor(color)
        self.points.setBorderColor(color)
        chart = new_chart(self.tr("Pass rate of recent runs"))
        chart.addSeries(self.line)
        chart.addSeries(self.points)
        chart.legend().hide()
        self.x_axis = QValueAxis()
        self.x_axis.setLabelFormat("%d")
        self.x_axis.setTitleText(self.tr("Run (oldest to newest)"))
        self.y_axis = QValueAxis()
        self.y_axis.setRange(0, 100)
        self.y_axis.setLabelFormat("%d%%")
        self.y_axis.setTickCount(6)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.line, self.points):
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.setChart(chart)
        self.show_reports([])

    def show_reports(self, reports: list[ReportResponse]) -> None:
        """``reports`` oldest first."""
        values = [(i + 1, r.pass_rate * 100) for i, r in enumerate(reports)]
        self.line.clear()
        self.points.clear()
        for x, y in values:
            self.line.append(x, y)
            self.points.append(x, y)
        count = max(len(values), 2)
        self.x_axis.setRange(1, count)
        self.x_axis.setTickCount(min(count, 10))


class ResultChart(QChartView):
    """PASS / FAIL / ERROR of one batch as a doughnut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        self.series = QPieSeries()
        self.series.setHoleSize(0.45)
        chart = new_chart(self.tr("Results of the selected run"))
        chart.addSeries(self.series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setChart(chart)
        self.show_report(None)

    def show_report(self, report: ReportResponse | None) -> None:
        self.series.clear()
        if report is None:
            self.chart().setTitle(self.tr("Results of the selected run"))
            return
        self.chart().setTitle(
            self.tr("Results: %1 of %2 cases finished")
            .replace("%1", str(report.completed_count))
            .replace("%2", str(report.total_count))
        )
        dark = is_dark()
        for key, count in (
            (ResultValue.PASS, report.pass_count),
            (ResultValue.FAIL, report.fail_count),
            (ResultValue.ERROR, report.error_count),
        ):
            piece = self.series.append(f"{key} {count}", count)
            piece.setColor(QColor(_SLICE_COLORS[key]))
            piece.setBorderColor(result_colors(key, dark=dark)[0])
