"""``delete_prompt``: confirm deleting a customer/app/template, saying what goes with it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from helix_desktop.state.matrix import Cascade, RowKind

__all__ = ["cascade_text", "delete_prompt"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeletePrompt", text)


def cascade_text(kind: RowKind, cascade: Cascade) -> str:
    """E.g. "This also deletes 3 apps and 12 templates. Links in 4 experiments are removed ..."."""
    parts: list[str] = []
    if kind == "customer":
        parts.append(
            _tr("This also deletes %1 apps and %2 templates.")
            .replace("%1", str(cascade.apps))
            .replace("%2", str(cascade.templates))
        )
    elif kind == "app":
        parts.append(_tr("This also deletes %1 templates.").replace("%1", str(cascade.templates)))
    if cascade.experiments:
        parts.append(
            _tr("%1 links in %2 experiments are removed; the experiments themselves stay.")
            .replace("%1", str(cascade.links))
            .replace("%2", str(cascade.experiments))
        )
    else:
        parts.append(_tr("No experiment links are affected."))
    parts.append(_tr("This cannot be undone."))
    return "\n".join(parts)


def delete_prompt(kind: RowKind, name: str, cascade: Cascade, parent: QWidget) -> QMessageBox:
    """A warning box (not yet shown: ``open()`` it) whose Yes button reads "Delete"."""
    questions = {
        "customer": _tr("Delete customer “%1”?"),
        "app": _tr("Delete app “%1”?"),
        "template": _tr("Delete template “%1”?"),
    }
    box = QMessageBox(parent)
    box.setObjectName("confirmDelete")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Confirm delete"))
    box.setText(questions[kind].replace("%1", name))
    box.setInformativeText(cascade_text(kind, cascade))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(_tr("Delete"))
    box.button(QMessageBox.StandardButton.Cancel).setText(_tr("Cancel"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setStyleSheet("QLabel { min-width: 380px; }")  # else it wraps every few words
    return box
