"""The Generator page (an empty state until its issue fills it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from helix_desktop.ui.pages.empty_state import EmptyState

if TYPE_CHECKING:
    from helix_desktop.ui.pages import PageContext

__all__ = ["GeneratorPage", "build"]


class GeneratorPage(EmptyState):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.set_text(
            self.tr("Generator"),
            self.tr("Generate cases from indicator and entity metadata here."),
        )


def build(context: PageContext) -> QWidget:
    return GeneratorPage()
