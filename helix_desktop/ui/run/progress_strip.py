"""``ProgressStrip``: done/total bar, PASS/FAIL/ERROR counters, elapsed, ETA, cases per second."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from helix_desktop.state.run import RunState
from helix_desktop.ui.run.result_colors import result_colors
from helix_desktop.ui.theme import is_dark
from server.contract.vocabulary import ResultValue

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
    """Reads the state on ``progress_changed`` (at most a few times a second)."""

    def __init__(self, state: RunState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.bar = QProgressBar()
        self.bar.setObjectName("runProgress")
        self.bar.setFormat("%v / %m")
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.counters: dict[str, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        dark = is_dark()
        for key in (ResultValue.PASS, ResultValue.FAIL, ResultValue.ERROR):
            label = QLabel()
            label.setObjectName(f"count{key.title()}")
            background, foreground = result_colors(key, dark=dark)
            label.setStyleSheet(
                f"background:{background.name()};color:{foreground.name()};"
                "border-radius:3px;padding:2px 8px;font-weight:bold;"
            )
            self.counters[key] = label
            layout.addWidget(label)
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
        names: dict[str, str] = {
            ResultValue.PASS: self.tr("Pass"),
            ResultValue.FAIL: self.tr("Fail"),
            ResultValue.ERROR: self.tr("Error"),
        }
        for key, label in self.counters.items():
            label.setText(f"{names[key]} {state.counts[key]}")
        rate = state.rate()
        text = self.tr("Elapsed %1 · ETA %2 · %3 cases/s")
        text = text.replace("%1", format_seconds(state.elapsed()))
        text = text.replace("%2", format_seconds(state.eta()))
        self.timing.setText(text.replace("%3", f"{rate:.1f}" if rate else "—"))
