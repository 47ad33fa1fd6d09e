"""Form fields shared by the settings and target forms: a widget, how to show and read it."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

__all__ = [
    "Field",
    "choice",
    "edited_signals",
    "flags",
    "fraction",
    "integer",
    "json_object",
    "line",
    "lines",
    "optional_line",
    "seconds",
    "switch",
]


class Field:
    """One form field: how to show a value and how to read it back (``ValueError`` if bad)."""

    def __init__(
        self, widget: QWidget, show: Callable[[Any], None], read: Callable[[], Any]
    ) -> None:
        self.widget = widget
        self.show = show
        self.read = read


def edited_signals(widget: QWidget) -> list[Any]:
    """The signals a field's widget sends when the user changes its value."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentTextChanged]
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return [widget.valueChanged]
    if isinstance(widget, QCheckBox):
        return [widget.toggled]
    # A group of check boxes (``flags``).
    return [check.toggled for check in widget.findChildren(QCheckBox)]


def line(secret: bool = False) -> Field:
    edit = QLineEdit()
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return Field(edit, lambda v: edit.setText("" if v is None else str(v)), edit.text)


def optional_line() -> Field:
    edit = QLineEdit()
    return Field(
        edit,
        lambda v: edit.setText("" if v is None else str(v)),
        lambda: edit.text().strip() or None,
    )


def choice(values: tuple[str, ...]) -> Field:
    combo = QComboBox()
    combo.addItems(list(values))
    return Field(combo, lambda v: combo.setCurrentText(str(v)), combo.currentText)


def integer(low: int, high: int) -> Field:
    spin = QSpinBox()
    spin.setRange(low, high)
    return Field(spin, lambda v: spin.setValue(int(v)), spin.value)


def seconds(low: float, high: float) -> Field:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(1)
    spin.setSuffix(" s")
    return Field(spin, lambda v: spin.setValue(float(v)), lambda: round(spin.value(), 3))


def json_object() -> Field:
    edit = QPlainTextEdit()
    edit.setFixedHeight(90)

    def read() -> Any:
        text = edit.toPlainText().strip() or "{}"
        value = json.loads(text)
        if not isinstance(value, dict):
            raise ValueError("not an object")
        return value

    return Field(
        edit, lambda v: edit.setPlainText(json.dumps(v or {}, ensure_ascii=False, indent=2)), read
    )


def lines() -> Field:
    edit = QPlainTextEdit()
    edit.setFixedHeight(80)
    return Field(
        edit,
        lambda v: edit.setPlainText("\n".join(v or [])),
        lambda: [line.strip() for line in edit.toPlainText().splitlines() if line.strip()],
    )


def flags(names: dict[str, str]) -> Field:
    """Check boxes over a list of names (which judge checks apply)."""
    box = QWidget()
    # Two to a row: four names side by side would widen the form past a 1100 px window.
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    boxes = {name: QCheckBox(text) for name, text in names.items()}
    for index, (name, check) in enumerate(boxes.items()):
        check.setObjectName(f"flag_{name}")
        grid.addWidget(check, index // 2, index % 2)
    grid.setColumnStretch(2, 1)

    def show(value: Any) -> None:
        for name, check in boxes.items():
            check.setChecked(name in (value or []))

    return Field(box, show, lambda: [n for n, c in boxes.items() if c.isChecked()])


def switch(text: str) -> Field:
    check = QCheckBox(text)
    return Field(check, lambda v: check.setChecked(bool(v)), check.isChecked)


def fraction(low: float, high: float) -> Field:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(9)
    spin.setSingleStep(1e-6)
    return Field(spin, lambda v: spin.setValue(float(v)), lambda: round(spin.value(), 9))
