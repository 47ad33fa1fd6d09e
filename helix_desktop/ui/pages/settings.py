"""The Settings page: the bot connection from ``/config`` (shared by everyone on the server)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.config import ConfigState
from helix_desktop.ui.connection_test import ConnectionTestPanel
from helix_desktop.ui.message_label import MessageLabel
from server.contract.config import ConfigResponse

if TYPE_CHECKING:
    from helix_desktop.ui.pages import PageContext

__all__ = ["SettingsPage", "build"]


class _Field:
    """One config field: how to show a value and how to read it back (``ValueError`` if bad)."""

    def __init__(
        self, widget: QWidget, show: Callable[[Any], None], read: Callable[[], Any]
    ) -> None:
        self.widget = widget
        self.show = show
        self.read = read


def _line(secret: bool = False) -> _Field:
    edit = QLineEdit()
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return _Field(edit, lambda v: edit.setText("" if v is None else str(v)), edit.text)


def _optional_line() -> _Field:
    edit = QLineEdit()
    return _Field(
        edit,
        lambda v: edit.setText("" if v is None else str(v)),
        lambda: edit.text().strip() or None,
    )


def _choice(values: tuple[str, ...]) -> _Field:
    combo = QComboBox()
    combo.addItems(list(values))
    return _Field(combo, lambda v: combo.setCurrentText(str(v)), combo.currentText)


def _integer(low: int, high: int) -> _Field:
    spin = QSpinBox()
    spin.setRange(low, high)
    return _Field(spin, lambda v: spin.setValue(int(v)), spin.value)


def _seconds(low: float, high: float) -> _Field:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(1)
    spin.setSuffix(" s")
    return _Field(spin, lambda v: spin.setValue(float(v)), lambda: round(spin.value(), 3))


def _json_object() -> _Field:
    edit = QPlainTextEdit()
    edit.setFixedHeight(90)

    def read() -> Any:
        text = edit.toPlainText().strip() or "{}"
        value = json.loads(text)
        if not isinstance(value, dict):
            raise ValueError("not an object")
        return value

    return _Field(
        edit, lambda v: edit.setPlainText(json.dumps(v or {}, ensure_ascii=False, indent=2)), read
    )


def _lines() -> _Field:
    edit = QPlainTextEdit()
    edit.setFixedHeight(80)
    return _Field(
        edit,
        lambda v: edit.setPlainText("\n".join(v or [])),
        lambda: [line.strip() for line in edit.toPlainText().splitlines() if line.strip()],
    )


class SettingsPage(QWidget):
    """A form over ``ConfigState``; sends only what changed; copes with servers lacking /config."""

    def __init__(self, state: ConfigState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("settingsPage")
        self.fields: dict[str, _Field] = {
            "bot_url": _line(),
            "bot_method": _choice(("POST", "GET")),
            "body_template": _json_object(),
            "user_token": _line(secret=True),
            "token_mode": _choice(("raw", "bearer", "header")),
            "token_header": _line(),
            "headers": _json_object(),
            "response_mode": _choice(("auto", "sse", "json")),
            "sql_paths": _lines(),
            "connect_timeout": _seconds(0.1, 60),
            "first_byte_timeout": _seconds(0.1, 600),
            "total_timeout": _seconds(0.1, 3600),
            "max_retries": _integer(0, 10),
            "retry_backoff": _seconds(0, 60),
            "max_workers": _integer(1, 64),
            "validation_db_url": _optional_line(),
        }
        for name, field in self.fields.items():
            field.widget.setObjectName(name)
        labels = {
            "bot_url": self.tr("Bot URL"),
            "bot_method": self.tr("HTTP method"),
            "body_template": self.tr("Request body template"),
            "user_token": self.tr("Token"),
            "token_mode": self.tr("Token sent as"),
            "token_header": self.tr("Token header"),
            "headers": self.tr("Extra headers (JSON)"),
            "response_mode": self.tr("Answer format"),
            "sql_paths": self.tr("SQL paths (one per line)"),
            "connect_timeout": self.tr("Connect timeout"),
            "first_byte_timeout": self.tr("First byte timeout"),
            "total_timeout": self.tr("Total timeout"),
            "max_retries": self.tr("Retries"),
            "retry_backoff": self.tr("Retry backoff"),
            "max_workers": self.tr("Concurrent cases"),
            "validation_db_url": self.tr("Validation database URL"),
        }
        self.labels = labels
        groups = (
            (
                self.tr("Bot"),
                ("bot_url", "bot_method", "body_template", "response_mode", "sql_paths"),
            ),
            (self.tr("Authentication"), ("user_token", "token_mode", "token_header", "headers")),
            (
                self.tr("Timing"),
                (
                    "connect_timeout",
                    "first_byte_timeout",
                    "total_timeout",
                    "max_retries",
                    "retry_backoff",
                    "max_workers",
                ),
            ),
            (self.tr("Judging"), ("validation_db_url",)),
        )
        self.form_box = QWidget()
        form_layout = QVBoxLayout(self.form_box)
        for title, names in groups:
            box = QGroupBox(title)
            form = QFormLayout(box)
            for name in names:
                form.addRow(labels[name], self.fields[name].widget)
            form_layout.addWidget(box)
        form_layout.addStretch(1)
        hint = QLabel(
            self.tr(
                "Placeholders in the body template: {question}, {chat_id}, {case_id}. "
                "These settings are shared by everyone using this server."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form_layout.insertWidget(0, hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_box)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.save_button.clicked.connect(self.save)
        self.reload_button.clicked.connect(lambda: state.load())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        self.test_panel = ConnectionTestPanel(state, self.changes)
        self.test_button = self.test_panel.button
        body = QHBoxLayout()
        body.addWidget(scroll, 3)
        body.addWidget(self.test_panel, 2)

        self.message = MessageLabel()
        heading = QLabel(self.tr("Bot connection"))
        heading.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        state.loaded.connect(self._on_loaded)
        state.saved.connect(self._on_saved)
        state.unavailable.connect(self._on_unavailable)
        state.failed.connect(self.message.show_error)
        state.busy_changed.connect(self._on_busy)
        self._set_editable(False)
        self._requested = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._requested:
            self._requested = True
            self.state.load()

    def _set_editable(self, editable: bool) -> None:
        self.form_box.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.test_panel.set_available(editable)

    def _on_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy and self.state.available is True)

    def _show_config(self, config: ConfigResponse) -> None:
        for name, field in self.fields.items():
            present = name in config.model_fields_set
            field.widget.setEnabled(present)  # older servers may not know every field
            if present:
                field.show(getattr(config, name))

    def _on_loaded(self, config: ConfigResponse) -> None:
        self._show_config(config)
        self._set_editable(True)
        self.message.clear_message()

    def _on_saved(self, config: ConfigResponse) -> None:
        self._show_config(config)
        self.message.show_success(self.tr("Settings saved."))

    def _on_unavailable(self) -> None:
        self._set_editable(False)
        self.message.show_error(
            self.tr("Settings are not available on this server (it has no /config endpoint).")
        )

    def changes(self) -> dict[str, Any]:
        """Fields whose value differs from the loaded config; ``ValueError`` names a bad one."""
        changed: dict[str, Any] = {}
        for name, field in self.fields.items():
            if name not in self.state.config.model_fields_set:
                continue
            try:
                value = field.read()
            except ValueError as exc:
                raise ValueError(self.labels[name]) from exc
            if value != getattr(self.state.config, name):
                changed[name] = value
        return changed

    def save(self) -> None:
        try:
            changed = self.changes()
        except ValueError as exc:
            self.message.show_error(self.tr("%1: not a valid JSON object.").replace("%1", str(exc)))
            return
        if not changed:
            self.message.show_info(self.tr("Nothing to save."))
            return
        self.state.save(changed)


def build(context: PageContext) -> QWidget:
    return SettingsPage(context.config)
