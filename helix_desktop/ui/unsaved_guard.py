"""Unsaved edits: one question (save / discard / cancel) before a form's edits would be lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

__all__ = ["EditableForm", "HasEditableForm", "ask_before_leaving", "dirty_title"]


@runtime_checkable
class EditableForm(Protocol):
    """A form with edits that are not saved yet (case detail, settings, targets)."""

    def is_dirty(self) -> bool: ...

    def save(self) -> bool:
        """Start saving; False when the edits were refused (the form says why)."""
        ...

    def discard(self) -> None: ...

    def form_name(self) -> str:
        """What the question names, e.g. "case 12" or "the bot settings"."""
        ...


@runtime_checkable
class HasEditableForm(Protocol):
    """A page whose edits are guarded when the user leaves it."""

    def editable_form(self) -> EditableForm | None: ...


def dirty_title(title: str, dirty: bool) -> str:
    """A title with the dirty mark of unsaved forms."""
    return f"{title} ●" if dirty else title


def ask_before_leaving(
    parent: QWidget, form: EditableForm | None, proceed: Callable[[], None]
) -> QMessageBox | None:
    """Run ``proceed`` at once when nothing is unsaved; otherwise ask first (non-modal).

    Save saves, then proceeds (not if the form refused its edits); Discard drops the
    edits, then proceeds; Cancel stays. Returns the open question (for tests), if any.
    """
    if form is None or not form.is_dirty():
        proceed()
        return None
    box = QMessageBox(parent)
    box.setObjectName("unsavedBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("UnsavedGuard", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate("UnsavedGuard", "Save the changes to %1?").replace(
            "%1", form.form_name()
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("UnsavedGuard", "Your changes are lost if you don't save them.")
    )
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    box.button(buttons.Save).setText(QCoreApplication.translate("UnsavedGuard", "Save"))
    box.button(buttons.Discard).setText(QCoreApplication.translate("UnsavedGuard", "Discard"))
    box.button(buttons.Cancel).setText(QCoreApplication.translate("UnsavedGuard", "Cancel"))

    def answered(button: int) -> None:
        box.deleteLater()
        if button == buttons.Save.value:
            if form.save():
                proceed()
        elif button == buttons.Discard.value:
            form.discard()
            proceed()

    box.finished.connect(answered)
    box.open()
    return box
