"""The Settings page: the bot connection from ``/config`` (shared by everyone on the server)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.config import ConfigState
from helix_desktop.ui.connection_check import ConnectionCheckPanel
from helix_desktop.ui.form_fields import (
    Field,
    choice,
    edited_signals,
    flags,
    fraction,
    integer,
    json_object,
    line,
    lines,
    optional_line,
    seconds,
    switch,
)
from helix_desktop.ui.message_label import MessageLabel
from helix_desktop.ui.run.checks_strip import check_name
from helix_desktop.ui.unsaved_guard import EditableForm, ask_before_leaving, dirty_title
from server.contract.config import ConfigResponse
from server.contract.judge import CHECK_NAMES, SqlDialect, ValidationStatus

if TYPE_CHECKING:
    from helix_desktop.ui.pages import PageContext

__all__ = ["ROOT_ONLY_FIELDS", "BotConfigPage", "build"]

# Fields of this page only root may change (as the server's config service says).
ROOT_ONLY_FIELDS = ("validation_db_url",)


class BotConfigPage(QWidget):
    """A form over ``ConfigState``; sends only what changed; copes with servers lacking /config."""

    def __init__(self, state: ConfigState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("botConfigPage")
        self.fields: dict[str, Field] = {
            "bot_url": line(),
            "bot_method": choice(("POST", "GET")),
            "body_template": json_object(),
            "user_token": line(secret=True),
            "token_mode": choice(("raw", "bearer", "header")),
            "token_header": line(),
            "headers": json_object(),
            "response_mode": choice(("auto", "sse", "json")),
            "sql_paths": lines(),
            "connect_timeout": seconds(0.1, 60),
            "first_byte_timeout": seconds(0.1, 600),
            "total_timeout": seconds(0.1, 3600),
            "max_retries": integer(0, 10),
            "retry_backoff": seconds(0, 60),
            "max_workers": integer(1, 64),
            "validation_db_url": optional_line(),
            # The judge's policy (nothing here reaches the bot).
            "judge_checks": flags({c: check_name(c) for c in CHECK_NAMES}),
            "judge_combine": choice(("sql_either", "all")),
            "judge_dialect": choice(tuple(SqlDialect)),
            "judge_numeric_tolerance": fraction(0, 0.5),
            "judge_column_order": switch(self.tr("Column order must match")),
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
            "judge_checks": self.tr("Checks"),
            "judge_combine": self.tr("Structure and execution"),
            "judge_dialect": self.tr("SQL dialect"),
            "judge_numeric_tolerance": self.tr("Numeric tolerance (relative)"),
            "judge_column_order": self.tr("Execution results"),
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
            (
                self.tr("Judging"),
                (
                    "judge_checks",
                    "judge_combine",
                    "judge_dialect",
                    "judge_numeric_tolerance",
                    "judge_column_order",
                    "validation_db_url",
                ),
            ),
        )
        self.form_box = QWidget()
        form_layout = QVBoxLayout(self.form_box)
        for group_title, names in groups:
            box = QGroupBox(group_title)
            form = QFormLayout(box)
            for name in names:
                form.addRow(labels[name], self.fields[name].widget)
            form_layout.addWidget(box)
        self.fields["judge_combine"].widget.setToolTip(
            self.tr(
                "sql_either: an execution PASS is enough even if the structure differs; "
                "when execution ran and failed, it decides; "
                "all: every check must pass"
            )
        )
        # The validation URL should be a read-only role's; the server says when it is not.
        # (``form`` is the last group's: Judging.)
        self.validation_warning = MessageLabel()
        self.validation_warning.setObjectName("validationWarning")
        form.addRow(self.validation_warning)
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
        targets_hint = QLabel(
            self.tr(
                "The bot here is the default target; other bots are set up on the Targets "
                "page. Secrets only root may see are shown masked and kept when saving."
            )
        )
        targets_hint.setObjectName("hint")
        targets_hint.setWordWrap(True)
        form_layout.insertWidget(1, targets_hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_box)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.save_button.clicked.connect(self.save)
        self.reload_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        self.test_panel = ConnectionCheckPanel(state, self.changes)
        self.test_button = self.test_panel.button
        body = QHBoxLayout()
        body.addWidget(scroll, 3)
        body.addWidget(self.test_panel, 2)

        self.message = MessageLabel()
        self.title = QLabel(self.tr("Bot connection"))
        self.title.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        state.loaded.connect(self._on_loaded)
        state.saved.connect(self._on_saved)
        state.unavailable.connect(self._on_unavailable)
        state.failed.connect(self.message.show_error)
        state.busy_changed.connect(self._on_busy)
        state.validation_checked.connect(self._on_validation_checked)
        self._shown: dict[str, Any] = {}  # the form's values when the config was shown
        for field in self.fields.values():
            for signal in edited_signals(field.widget):
                signal.connect(self._on_edited)
        self._set_editable(False)
        self._requested = False
        self.unsaved_box: QMessageBox | None = None
        # A stale banner goes with the next button pressed (the validation warning stays:
        # it describes the settings, not an action).
        self.message.clear_on_next_action(self)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._requested:
            self._requested = True
            self.state.load()

    def reload(self) -> None:
        """Load the settings again (asks first about unsaved edits)."""
        self.unsaved_box = ask_before_leaving(self, self, self.state.load)

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
        self._lock_root_only()
        # Dirty means "changed since shown": a widget may show a value a little differently
        # from the server (a blank template as {}, 0.25 s as 0.3 s), which is no edit.
        self._shown = self._form_values()
        self._on_edited()

    def _lock_root_only(self) -> None:
        """Database URLs are root's to change (the server answers 403 to anyone else):
        shown read-only, with the reason on hover."""
        root = self.state.session.is_root
        for name in ROOT_ONLY_FIELDS:
            widget = self.fields[name].widget
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(not root)
            widget.setToolTip("" if root else self.tr("Only root may change this URL."))

    def _form_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, field in self.fields.items():
            try:
                values[name] = field.read()
            except ValueError:
                values[name] = ValueError  # half-typed JSON: differs from anything shown
        return values

    def _on_edited(self, *_: object) -> None:
        dirty = self.is_dirty()
        self.setProperty("dirty", dirty)
        self.title.setText(dirty_title(self.tr("Bot connection"), dirty))

    # ------------------------------------------------- EditableForm (unsaved edits)

    def editable_form(self) -> EditableForm:
        return self

    def is_dirty(self) -> bool:
        # Nothing shown yet (never loaded, or no /config): the form was never editable.
        return bool(self._shown) and self._form_values() != self._shown

    def discard(self) -> None:
        self._show_config(self.state.config)
        self.message.clear_message()

    def form_name(self) -> str:
        return self.tr("the bot settings")

    def _on_loaded(self, config: ConfigResponse) -> None:
        self._show_config(config)
        self._set_editable(True)
        self.message.clear_message()
        self._check_validation(config)

    def _on_saved(self, config: ConfigResponse) -> None:
        self._show_config(config)
        self.message.show_success(self.tr("Settings saved."))
        self._check_validation(config)

    def _check_validation(self, config: ConfigResponse) -> None:
        self.validation_warning.clear_message()
        if config.validation_db_url:
            self.state.check_validation()

    def _on_validation_checked(self, status: ValidationStatus) -> None:
        if status.warning:
            self.validation_warning.show_error(status.warning)
        elif status.configured and not status.ok and status.error:
            self.validation_warning.show_error(
                self.tr("Validation database unavailable: %1").replace("%1", status.error)
            )
        else:
            self.validation_warning.clear_message()

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

    def save(self) -> bool:
        """Send what changed; False (and why, in the message line) if nothing could be sent."""
        try:
            changed = self.changes()
        except ValueError as exc:
            self.message.show_error(self.tr("%1: not a valid JSON object.").replace("%1", str(exc)))
            return False
        if not changed:
            self.message.show_info(self.tr("Nothing to save."))
            return True
        self.state.save(changed)
        return True


def build(context: PageContext) -> QWidget:
    return BotConfigPage(context.config)
