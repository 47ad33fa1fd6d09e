"""``ProgressStrip``: done/total bar, PASS/FAIL/ERROR counters, elapsed, ETA, cases per second."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from helix_desktop.state.run import RunState
from helix_desktop.ui.result_counters import ResultCounters

__all__ = ["ProgressStrip", "format_seconds"]


def format_seconds(seconds: float | None) -> str:
    """``75`` -> ``1:15``; ``3700`` -> ``1:01:40``; unknown -> ``—``."""
    if seconds is None:
        return "—"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class ProgressStrip(QWidget):
    """Reads the state on ``progress_changed`` (at most a few times a second).

    Its counters filter the run table on a click (``counters_box.filter_changed``).
    """

    def __init__(self, state: RunState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.bar = QProgressBar()
        self.bar.setObjectName("runProgress")
        self.bar.setFormat("%v / %m")
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.counters_box = ResultCounters(("PASS", "FAIL", "ERROR", "RUNNING"))
        self.counters: dict[str, QToolButton] = self.counters_box.buttons
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.counters_box)
        self.timing = QLabel()
        self.timing.setObjectName("runTiming")
        layout.addWidget(self.timing)
        state.progress_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        state = self.state
        total = state.total
        # QProgressBar.setValue repaints synchronously (tens of ms with a big window):
        # with updates off it only records the value; turning them on schedules one paint.
        self.bar.setUpdatesEnabled(False)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(state.completed, max(total, 1)) if total else 0)
        self.bar.setUpdatesEnabled(True)
        unfinished = max(total - state.completed, 0)
        self.counters_box.set_counts({**state.counts, "RUNNING": unfinished})
        rate = state.rate()
        text = self.tr("Elapsed %1 · ETA %2 · %3 cases/s")
        text = text.replace("%1", format_seconds(state.elapsed()))
        text = text.replace("%2", format_seconds(state.eta()))
        self.timing.setText(text.replace("%3", f"{rate:.1f}" if rate else "—"))
