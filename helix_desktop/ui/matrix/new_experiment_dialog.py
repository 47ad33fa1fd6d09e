"""``NewExperimentDialog``: create an experiment from the selected templates."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.matrix import MatrixState
from helix_desktop.state.vocabulary import MatrixOp
from helix_desktop.ui.matrix.form import StateForm
from helix_desktop.ui.matrix.labels import REFERENCE_TYPES, reference_text

__all__ = ["NewExperimentDialog"]


class NewExperimentDialog(StateForm):
    """Name and reference type; the templates come from the matrix selection."""

    def __init__(
        self,
        state: MatrixState,
        template_ids: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(state, MatrixOp.EXPERIMENT_CREATE, parent)
        self.template_ids = template_ids
        self.setObjectName("newExperimentDialog")
        self.setWindowTitle(self.tr("New experiment"))
        self.setMinimumWidth(460)
        self.name = QLineEdit()
        self.name.setObjectName("experimentName")
        self.name.setPlaceholderText(self.tr("e.g. Regression May"))
        self.reference = QComboBox()
        self.reference.setObjectName("referenceType")
        for reference in REFERENCE_TYPES:
            self.reference.addItem(reference_text(reference), reference)
        summary = QLabel(self.tr("%1 templates selected:").replace("%1", str(len(template_ids))))
        summary.setObjectName("hint")
        self.templates = QListView()
        self.templates.setObjectName("selectedTemplates")
        self.templates.setModel(
            QStringListModel([state.template_path(t) for t in template_ids], self)
        )
        self.templates.setMaximumHeight(150)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("Reference type"), self.reference)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(summary)
        layout.addWidget(self.templates)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.ok_button.setText(self.tr("Create"))
        self.ok_button.setObjectName("createExperiment")
        self.name.setFocus()

    def _submit(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.name_error.show_error(self.tr("Enter a name."))
            return
        self.start()
        self.state.create_experiment(name, str(self.reference.currentData()), self.template_ids)
