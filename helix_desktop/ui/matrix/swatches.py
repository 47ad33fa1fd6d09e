"""``ColorSwatches``: pick an experiment colour from the palette (the only colours offered)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from server.contract.experiments import PALETTE

__all__ = ["ColorSwatches"]


class ColorSwatches(QWidget):
    """Ten round swatches; ``color()`` is the checked one, or "" when none is."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colorSwatches")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.buttons: dict[str, QToolButton] = {}
        for color in PALETTE:
            button = QToolButton()
            button.setObjectName("swatch")
            button.setCheckable(True)
            button.setFixedSize(QSize(26, 26))
            button.setToolTip(color)
            button.setAccessibleName(color)
            button.setStyleSheet(
                f"QToolButton {{ background: {color}; border: 2px solid transparent;"
                " border-radius: 13px; }"
                f"QToolButton:hover {{ border-color: palette(mid); }}"
                f"QToolButton:checked {{ border: 3px solid palette(text); }}"
            )
            self.group.addButton(button)
            self.buttons[color] = button
            button.toggled.connect(lambda on, c=color: self._toggled(c, on))
            layout.addWidget(button)
        layout.addStretch(1)

    def _toggled(self, color: str, on: bool) -> None:
        if on:
            self.changed.emit(color)

    def color(self) -> str:
        for color, button in self.buttons.items():
            if button.isChecked():
                return color
        return ""

    def set_color(self, color: str) -> None:
        """Check the swatch of ``color``; a colour outside the palette checks none."""
        button = self.buttons.get(color.upper())
        if button is not None:
            button.setChecked(True)
            return
        self.group.setExclusive(False)
        for other in self.buttons.values():
            other.setChecked(False)
        self.group.setExclusive(True)
