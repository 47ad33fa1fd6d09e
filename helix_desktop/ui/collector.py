"""``MainThreadCollector``: run Python's cyclic GC on the GUI thread only.

The local backend is a child process, but this process still has other threads
(an in-process server or demo bot in tools and tests, executor workers). Left
automatic, the cyclic garbage collector runs on whichever thread happens to
allocate, and may then destroy Qt objects (dialogs, timers of the qasync loop)
from that thread, which crashes Qt later. So automatic GC is switched off and a timer on the GUI
thread collects instead, generation by generation, as the thresholds say.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

__all__ = ["MainThreadCollector"]


class MainThreadCollector(QObject):
    """Disables automatic GC and collects from a GUI-thread timer."""

    def __init__(self, interval_ms: int = 200, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def check(self) -> None:
        """Collect the oldest generation whose count passed its threshold."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return
