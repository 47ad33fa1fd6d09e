"""``delete_prompt``: confirm deleting a customer/app/template, saying what goes with it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from helix_desktop.state.matrix import Cascade, RowKind

__all__ = ["cascade_text", "confirm_delete", "delete_prompt"]


def cascade_text(kind: RowKind, cascade: Cascade) -> str:
    """E.g. "This also deletes 3 apps and 12 templates. Links in 4 experiments are removed ..."."""
    parts: list[str] = []
    if kind == "customer":
        parts.append(
            QCoreApplication.translate(
                "DeletePrompt", "This also deletes %1 apps and %2 templates."
            )
            .replace("%1", str(cascade.apps))
            .replace("%2", str(cascade.templates))
        )
    elif kind == "app":
        parts.append(
            QCoreApplication.translate("DeletePrompt", "This also deletes %1 templates.").replace(
                "%1", str(cascade.templates)
            )
        )
    if cascade.experiments:
        parts.append(
            QCoreApplication.translate(
                "DeletePrompt",
                "%1 links in %2 experiments are removed; the experiments themselves stay.",
            )
            .replace("%1", str(cascade.links))
            .replace("%2", str(cascade.experiments))
        )
    else:
        parts.append(
            QCoreApplication.translate("DeletePrompt", "No experiment links are affected.")
        )
    parts.append(QCoreApplication.translate("DeletePrompt", "This cannot be undone."))
    return "\n".join(parts)


def delete_prompt(kind: RowKind, name: str, cascade: Cascade, parent: QWidget) -> QMessageBox:
    """A warning box (not yet shown: ``open()`` it) whose Yes button reads "Delete"."""
    questions = {
        "customer": QCoreApplication.translate("DeletePrompt", "Delete customer “%1”?"),
        "app": QCoreApplication.translate("DeletePrompt", "Delete app “%1”?"),
        "template": QCoreApplication.translate("DeletePrompt", "Delete template “%1”?"),
    }
    box = confirm_delete(
        parent,
        title=QCoreApplication.translate("DeletePrompt", "Confirm delete"),
        text=questions[kind].replace("%1", name),
        informative=cascade_text(kind, cascade),
    )
    # Else the text wraps every few words (Qt's own names for the two text labels).
    box.setStyleSheet(
        "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 360px; }"
    )
    return box


def confirm_delete(
    parent: QWidget,
    *,
    title: str,
    text: str,
    informative: str = "",
    object_name: str = "confirmDelete",
) -> QMessageBox:
    """A warning box (not yet shown: ``open()`` it): Delete or Cancel, Cancel the default."""
    box = QMessageBox(parent)
    box.setObjectName(object_name)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("DeletePrompt", "Delete")
    )
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("DeletePrompt", "Cancel")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box
