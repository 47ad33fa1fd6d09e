"""``MessageLabel``: an inline message (error, info, success) shown inside a form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

__all__ = ["MessageLabel"]


class MessageLabel(QLabel):
    """Word-wrapped, selectable, hidden when empty; styled by its ``kind`` property (QSS)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setObjectName("message")
        self.hide()

    def _show(self, text: str, kind: str) -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        self._show(text, "error")

    def show_info(self, text: str) -> None:
        self._show(text, "info")

    def show_success(self, text: str) -> None:
        self._show(text, "success")

    def clear_on_next_action(self, container: QWidget) -> None:
        """Stale messages go when the user presses any button of ``container``.

        On *press*: the action runs on release, so a message it shows stays.
        """
        for button in container.findChildren(QAbstractButton):
            button.pressed.connect(self.clear_message)

    def clear_message(self) -> None:
        self.setText("")
        self.hide()

    @property
    def kind(self) -> str:
        return str(self.property("kind") or "")
