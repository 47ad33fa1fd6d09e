"""``NameDialog``: add or rename a customer, app or template (the parent is chosen when adding)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from helix_desktop.state.matrix import MatrixState, RowKind
from helix_desktop.state.vocabulary import MatrixOp
from helix_desktop.ui.matrix.form import StateForm

__all__ = ["NameDialog"]


class NameDialog(StateForm):
    """One name field (with its error right under it) and, when adding an app/template, a parent."""

    def __init__(
        self,
        state: MatrixState,
        kind: RowKind,
        *,
        item_id: int | None = None,
        name: str = "",
        parents: list[tuple[str, int]] | None = None,
        parent_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        op = MatrixOp(f"{kind}.{'rename' if item_id is not None else 'create'}")
        super().__init__(state, op, parent)
        self.kind = kind
        self.item_id = item_id
        self.setObjectName("nameDialog")
        self.setMinimumWidth(420)
        titles = {
            ("customer", False): self.tr("New customer"),
            ("app", False): self.tr("New app"),
            ("template", False): self.tr("New template"),
            ("customer", True): self.tr("Rename customer"),
            ("app", True): self.tr("Rename app"),
            ("template", True): self.tr("Rename template"),
        }
        self.setWindowTitle(titles[(kind, item_id is not None)])
        labels = {
            "customer": self.tr("Customer name"),
            "app": self.tr("App name"),
            "template": self.tr("Template name"),
        }
        self.name = QLineEdit(name)
        self.name.setObjectName("nameField")
        self.name.selectAll()
        self.parent_choice = QComboBox()
        self.parent_choice.setObjectName("parentChoice")
        for text, value in parents or []:
            self.parent_choice.addItem(text, value)
        if parent_id is not None:
            self.parent_choice.setCurrentIndex(max(0, self.parent_choice.findData(parent_id)))
        form = QFormLayout()
        if item_id is None and kind != "customer":
            form.addRow(
                self.tr("Customer") if kind == "app" else self.tr("App"), self.parent_choice
            )
        else:
            self.parent_choice.hide()
        form.addRow(labels[kind], self.name)
        form.addRow("", self.name_error)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.ok_button.setText(self.tr("Save") if item_id is not None else self.tr("Add"))
        self.ok_button.setObjectName("okButton")
        self.name.setFocus()

    def _submit(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.name_error.show_error(self.tr("Enter a name."))
            return
        if self.item_id is None and self.kind != "customer" and self.parent_choice.count() == 0:
            self.message.show_error(
                self.tr("Add a customer first.")
                if self.kind == "app"
                else self.tr("Add an app first.")
            )
            return
        self.start()
        state = self.state
        if self.item_id is not None:
            rename = {
                "customer": state.rename_customer,
                "app": state.rename_app,
                "template": state.rename_template,
            }[self.kind]
            rename(self.item_id, name)
        elif self.kind == "customer":
            state.create_customer(name)
        elif self.kind == "app":
            state.create_app(int(self.parent_choice.currentData()), name)
        else:
            state.create_template(int(self.parent_choice.currentData()), name)
