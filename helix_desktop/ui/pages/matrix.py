"""The Experiment matrix page (an empty state until its issue fills it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from helix_desktop.ui.pages.empty_state import EmptyState

if TYPE_CHECKING:
    from helix_desktop.ui.pages import PageContext

__all__ = ["MatrixPage", "build"]


class MatrixPage(EmptyState):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.set_text(
            self.tr("Experiment matrix"),
            self.tr("Customers, apps and templates against experiments will appear here."),
        )


def build(context: PageContext) -> QWidget:
    return MatrixPage()
