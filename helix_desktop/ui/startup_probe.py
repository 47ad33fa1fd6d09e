"""Start-up measurement (``helix --startup-probe`` / ``HELIX_EXIT_AFTER_LOGIN_SHOWN=1``).

Prints how long after the *process* started the login window was first painted,
and when the local server answered (the login button can be used), then quits.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QEvent, QObject

if TYPE_CHECKING:
    from helix_desktop.app import HelixApp

__all__ = ["StartupProbe", "process_age"]


def _linux_process_age() -> float | None:
    """Seconds since this process was created, from /proc (includes interpreter start-up)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            # Field 22 (starttime, in clock ticks since boot), counted after the ")" of comm.
            fields = handle.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
    except (OSError, IndexError, ValueError):
        return None
    return uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")


_IMPORTED_AT = time.perf_counter()
_AGE_AT_IMPORT = _linux_process_age()


def process_age() -> float:
    """Seconds since the process started (Linux), else since this module was imported."""
    base = _AGE_AT_IMPORT if _AGE_AT_IMPORT is not None else 0.0
    return base + time.perf_counter() - _IMPORTED_AT


class StartupProbe(QObject):
    """Watches the login dialog's first paint and the first server connection, then quits."""

    def __init__(self, helix: HelixApp, stream: TextIO | None = None) -> None:
        super().__init__(helix)
        self.helix = helix
        self.stream = stream or sys.stdout
        self.shown_after: float | None = None
        self.ready_after: float | None = None
        self.failed: str | None = None
        dialog = helix.login_dialog
        if dialog is None:
            raise RuntimeError("the probe watches the login dialog: call it after start()")
        dialog.installEventFilter(self)
        helix.session.connected.connect(self._on_connected)
        helix.session.connect_failed.connect(self._on_connect_failed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.shown_after is None:
            self.shown_after = process_age()
            self._finish_when_done()
        return False

    def _on_connected(self, _url: str) -> None:
        if self.ready_after is None:
            self.ready_after = process_age()
            self._finish_when_done()

    def _on_connect_failed(self, message: str) -> None:
        self.failed = message
        self.ready_after = process_age()
        self._finish_when_done()

    def _finish_when_done(self) -> None:
        if self.shown_after is None or self.ready_after is None:
            return
        line = f"startup: login window shown after {self.shown_after:.2f} s; "
        if self.failed is None:
            line += f"server ready after {self.ready_after:.2f} s"
        else:
            line += f"server failed after {self.ready_after:.2f} s: {self.failed}"
        print(line, file=self.stream, flush=True)
        self.helix.quit()
