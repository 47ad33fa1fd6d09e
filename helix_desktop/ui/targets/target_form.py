"""``TargetForm``: every field of a bot target, shown and read back as ``/templates`` fields."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from helix_desktop.ui.form_fields import (
    Field,
    choice,
    edited_signals,
    integer,
    json_object,
    line,
    lines,
    seconds,
)

__all__ = ["TargetForm"]


def _json_text_field() -> Field:
    """``headers`` / ``body_template`` arrive as JSON text and are edited as a JSON object."""
    field = json_object()
    show = field.show
    field.show = lambda v: show(json.loads(v) if isinstance(v, str) and v.strip() else v)
    return field


class TargetForm(QWidget):
    """The fields grouped as the settings page groups them; ``read`` names a bad field."""

    edited = Signal()  # any field changed (typed, or filled by ``show_target``)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetForm")
        self.token = line(secret=True)
        self.token_header = line()
        self.fields: dict[str, Field] = {
            "name": line(),
            "code": line(),
            "description": line(),
            "base_url": line(),
            "endpoint": line(),
            "method": choice(("POST", "GET")),
            "body_template": _json_text_field(),
            "response_mode": choice(("auto", "sse", "json")),
            "sql_paths": lines(),
            "auth_type": choice(("none", "bearer", "raw", "header")),
            "headers": _json_text_field(),
            "timeout": seconds(0.1, 3600),
            "connect_timeout": seconds(0.1, 60),
            "first_byte_timeout": seconds(0.1, 600),
            "max_retries": integer(0, 10),
            "retry_backoff": seconds(0, 60),
        }
        for name, field in self.fields.items():
            field.widget.setObjectName(name)
        self.token.widget.setObjectName("token")
        self.token_header.widget.setObjectName("tokenHeader")
        self.labels = {
            "name": self.tr("Name"),
            "code": self.tr("Code"),
            "description": self.tr("Description"),
            "base_url": self.tr("Base URL"),
            "endpoint": self.tr("Endpoint"),
            "method": self.tr("HTTP method"),
            "body_template": self.tr("Request body template"),
            "response_mode": self.tr("Answer format"),
            "sql_paths": self.tr("SQL paths (one per line)"),
            "auth_type": self.tr("Authentication"),
            "headers": self.tr("Extra headers (JSON)"),
            "timeout": self.tr("Total timeout"),
            "connect_timeout": self.tr("Connect timeout"),
            "first_byte_timeout": self.tr("First byte timeout"),
            "max_retries": self.tr("Retries"),
            "retry_backoff": self.tr("Retry backoff"),
        }
        groups = (
            (self.tr("Target"), ("name", "code", "description")),
            (
                self.tr("Request"),
                ("base_url", "endpoint", "method", "body_template", "response_mode", "sql_paths"),
            ),
            (self.tr("Authentication"), ("auth_type", "headers")),
            (
                self.tr("Timing"),
                (
                    "timeout",
                    "connect_timeout",
                    "first_byte_timeout",
                    "max_retries",
                    "retry_backoff",
                ),
            ),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            self.tr(
                "Placeholders in the body template: {question}, {chat_id}, {case_id}. "
                "Secrets you may not see are shown masked; leave them as they are to keep them."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        for group_title, names in groups:
            box = QGroupBox(group_title)
            form = QFormLayout(box)
            for name in names:
                form.addRow(self.labels[name], self.fields[name].widget)
                if name == "auth_type":
                    form.addRow(self.tr("Token"), self.token.widget)
                    form.addRow(self.tr("Token header"), self.token_header.widget)
            layout.addWidget(box)
        layout.addStretch(1)
        auth = self.fields["auth_type"].widget
        auth.currentTextChanged.connect(self._on_auth_type)  # type: ignore[attr-defined]
        self._on_auth_type("none")
        for field in (*self.fields.values(), self.token, self.token_header):
            for signal in edited_signals(field.widget):
                signal.connect(self.edited)

    def _on_auth_type(self, auth_type: str) -> None:
        self.token.widget.setEnabled(auth_type != "none")
        self.token_header.widget.setEnabled(auth_type == "header")

    def show_target(self, fields: dict[str, Any]) -> None:
        """Fill the form (``fields``: a target response or a proposal)."""
        for name, field in self.fields.items():
            if name in fields and fields[name] is not None:
                field.show(fields[name])
        auth_config = fields.get("auth_config") or {}
        self.token.show(auth_config.get("token", ""))
        self.token_header.show(auth_config.get("header", ""))
        self._on_auth_type(fields.get("auth_type", "none"))

    def values(self) -> dict[str, Any] | None:
        """What ``read`` gives, or ``None`` while a field is not valid (half-typed JSON)."""
        try:
            return self.read()
        except ValueError:
            return None

    def read(self) -> dict[str, Any]:
        """The fields to send; ``ValueError`` carries the label of a field that is not valid."""
        values: dict[str, Any] = {}
        for name, field in self.fields.items():
            try:
                values[name] = field.read()
            except ValueError as exc:
                raise ValueError(self.labels[name]) from exc
        auth_config: dict[str, str] = {}
        if values["auth_type"] != "none":
            auth_config["token"] = self.token.read().strip()
        if values["auth_type"] == "header":
            auth_config["header"] = self.token_header.read().strip()
        values["auth_config"] = auth_config
        values["body_type"] = "json"
        return values
