"""``TemplateDialog``: add or edit one question template; the server's refusal shown inline."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.generator import GeneratorState
from helix_desktop.ui.message_label import MessageLabel
from server.contract.generator import QuestionTemplateResponse

__all__ = ["TemplateDialog"]


class TemplateDialog(QDialog):
    """Stays open until the state reports the template saved; errors appear in the form."""

    def __init__(
        self,
        state: GeneratorState,
        template: QuestionTemplateResponse | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.template = template
        self.setObjectName("templateDialog")
        self.setWindowTitle(self.tr("Edit template") if template else self.tr("New template"))
        self.setMinimumWidth(480)
        self.text = QLineEdit(template.text if template else "")
        self.text.setPlaceholderText("{company}的{indicator}是多少")
        self.conditions = QLineEdit(", ".join(template.expected_conditions) if template else "")
        self.conditions.setPlaceholderText(self.tr("e.g. ORDER BY, LIMIT 1"))
        self.enabled = QCheckBox(self.tr("Use this template when generating"))
        self.enabled.setChecked(template.enabled if template else True)
        hint = QLabel(
            self.tr(
                "Placeholders: {company} and {indicator}. Conditions are what the SQL must "
                "contain, separated by commas."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Question template"), self.text)
        form.addRow(self.tr("Expected conditions"), self.conditions)
        form.addRow("", self.enabled)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        state.template_saved.connect(self._on_saved)
        state.template_failed.connect(self._on_failed)
        self._listening = True

    def submit(self) -> None:
        if not self.text.text().strip():
            self.message.show_error(self.tr("The template text is required."))
            return
        self.message.clear_message()
        self.buttons.setEnabled(False)
        self.state.save_template(
            self.template.id if self.template else 0,
            self.text.text(),
            self.conditions.text(),
            self.enabled.isChecked(),
        )

    def _on_saved(self, template: QuestionTemplateResponse) -> None:
        if not self.buttons.isEnabled():  # our request, not another dialog's
            self._disconnect()
            self.accept()

    def _on_failed(self, detail: str) -> None:
        if not self.buttons.isEnabled():
            self.buttons.setEnabled(True)
            self.message.show_error(detail)

    def _disconnect(self) -> None:
        if self._listening:
            self._listening = False
            self.state.template_saved.disconnect(self._on_saved)
            self.state.template_failed.disconnect(self._on_failed)

    def reject(self) -> None:
        self._disconnect()
        super().reject()
