"""The Generator page: metadata source, preview, question templates, and generating cases."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.generator import GeneratorState
from helix_desktop.ui.generator.preview_box import PreviewBox
from helix_desktop.ui.generator.source_box import SourceBox
from helix_desktop.ui.generator.templates_box import TemplatesBox
from helix_desktop.ui.message_label import MessageLabel
from server.contract.generator import GenerateResponse, PreviewResponse

if TYPE_CHECKING:
    from helix_desktop.ui.pages import PageContext

__all__ = ["GeneratorPage", "build"]


class GeneratorPage(QWidget):
    """A view over ``GeneratorState``; the source and preview load when first shown."""

    def __init__(self, state: GeneratorState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("generatorPage")
        self.source = SourceBox(state)
        self.preview = PreviewBox(state)
        self.templates = TemplatesBox(state)

        self.count = QSpinBox()
        self.count.setRange(1, 10)
        self.count.setValue(2)
        self.count.setSuffix(self.tr(" per indicator"))
        self.seed = QLineEdit()
        self.seed.setValidator(QIntValidator(0, 2_000_000_000, self.seed))
        self.seed.setPlaceholderText(self.tr("random"))
        self.seed.setToolTip(self.tr("The same seed gives the same questions"))
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), "")
        self.generate_button = QPushButton(self.tr("Generate cases"))
        self.generate_button.setObjectName("generateButton")
        self.generate_button.setDefault(True)
        self.show_cases_button = QPushButton(self.tr("Show new cases"))
        self.show_cases_button.setEnabled(False)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(10)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.result = MessageLabel()
        generate = QGroupBox(self.tr("Generate"))
        form = QFormLayout()
        form.addRow(self.tr("Questions"), self.count)
        form.addRow(self.tr("Seed"), self.seed)
        form.addRow(self.tr("Category"), self.category)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.show_cases_button)
        buttons.addStretch(1)
        box = QVBoxLayout(generate)
        box.addLayout(form)
        box.addLayout(buttons)
        box.addWidget(self.busy)
        box.addWidget(self.result)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.source)
        left_layout.addWidget(generate)
        left_layout.addStretch(1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.preview)
        right.addWidget(self.templates)
        right.setSizes([330, 300])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.generate_button.clicked.connect(self.generate)
        self.show_cases_button.clicked.connect(state.request_show_cases)
        state.busy_changed.connect(self.busy.setVisible)
        # Bound methods, never lambdas, on long-lived states: Qt drops the connection when
        # this page goes (language switch, re-login); a lambda would outlive it.
        state.busy_changed.connect(self._on_busy)
        state.generated.connect(self._on_generated)
        state.generate_failed.connect(self._on_generate_failed)
        state.preview_loaded.connect(self._on_preview)
        # Stale banners (here and in the boxes) go with the next button pressed on the page.
        for label in (
            self.result,
            self.source.message,
            self.preview.message,
            self.templates.message,
        ):
            label.clear_on_next_action(self)

    def _on_busy(self, busy: bool) -> None:
        self.generate_button.setEnabled(not busy)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.state.ensure_loaded()

    def generate(self) -> None:
        self.result.clear_message()
        seed = int(self.seed.text()) if self.seed.text().strip() else None
        self.state.generate(self.count.value(), seed, self.category.currentData() or "")

    def _on_generated(self, answer: GenerateResponse) -> None:
        text = self.tr("Skipped %1 (asked for %2).").replace("%1", str(answer.skipped))
        text = text.replace("%2", str(answer.requested))
        line = f"{answer.message}\n{text}"
        if answer.generated:
            self.result.show_success(line)
        else:
            self.result.show_info(line)
        self.show_cases_button.setEnabled(answer.generated > 0)

    def _on_generate_failed(self, detail: str) -> None:
        self.result.show_error(detail)
        self.show_cases_button.setEnabled(False)

    def _on_preview(self, preview: PreviewResponse) -> None:
        current = self.category.currentData()
        self.category.clear()
        self.category.addItem(self.tr("All categories"), "")
        for name in preview.categories:
            self.category.addItem(name, name)
        index = self.category.findData(current)
        self.category.setCurrentIndex(max(index, 0))


def build(context: PageContext) -> QWidget:
    return GeneratorPage(context.generator)
