"""``ResultCounters``: PASS / FAIL / ERROR (and "still running") counts that filter on a click."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from helix_desktop.ui.run.result_colors import result_colors
from helix_desktop.ui.theme import is_dark

__all__ = ["ResultCounters"]


class ResultCounters(QWidget):
    """One coloured button per result; checking one shows only those rows, again all."""

    # The results (or statuses) to show; empty: all. "RUNNING" stands for queued or running.
    filter_changed = Signal(list)

    def __init__(self, keys: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        dark = is_dark()
        for key in keys:
            button = QToolButton()
            button.setObjectName(f"count{key.title()}")
            button.setCheckable(True)
            background, foreground = result_colors(key, dark=dark)
            button.setStyleSheet(
                f"QToolButton{{background:{background.name()};color:{foreground.name()};"
                "border:2px solid transparent;border-radius:3px;padding:1px 8px;"
                "font-weight:bold;}"
                f"QToolButton:checked{{border-color:{foreground.name()};}}"
            )
            button.setToolTip(self.tr("Click to show only these cases; again to show all"))
            button.toggled.connect(self._on_toggled)
            self.buttons[key] = button
            layout.addWidget(button)

    def _names(self) -> dict[str, str]:
        return {
            "PASS": self.tr("Pass"),
            "FAIL": self.tr("Fail"),
            "ERROR": self.tr("Error"),
            "RUNNING": self.tr("Still running"),
        }

    def set_counts(self, counts: Mapping[str, int]) -> None:
        names = self._names()
        for key, button in self.buttons.items():
            button.setText(f"{names[key]} {counts.get(key, 0):,}")

    def clear_filter(self) -> None:
        for button in self.buttons.values():
            button.setChecked(False)

    def _on_toggled(self, _checked: bool = False) -> None:
        sender = self.sender()
        if isinstance(sender, QToolButton) and sender.isChecked():
            for button in self.buttons.values():  # one filter at a time
                if button is not sender:
                    button.blockSignals(True)
                    button.setChecked(False)
                    button.blockSignals(False)
        shown = [key for key, button in self.buttons.items() if button.isChecked()]
        if shown == ["RUNNING"]:
            shown = ["QUEUED", "RUNNING"]
        self.filter_changed.emit(shown)
