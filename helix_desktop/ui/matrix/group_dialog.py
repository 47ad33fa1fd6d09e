"""``GroupDialog``: one encoder group (name, encoder, parameters, status) and its metrics."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.experiment_details import ExperimentDetailsState
from helix_desktop.ui.matrix.labels import GROUP_STATUSES, group_status_text
from helix_desktop.ui.message_label import MessageLabel
from server.contract.transcoding import (
    GroupCreate,
    GroupResponse,
    GroupUpdate,
    MetricsResponse,
    MetricsWrite,
)
from server.contract.vocabulary import GroupStatus

__all__ = ["GroupDialog"]

# Metric fields in form order; numbers are typed as text so that "empty" means "not measured".
NUMBER_FIELDS = ("bitrate", "vmaf", "psnr", "ssim", "cpu_usage", "gpu_usage", "concurrent_streams")
TEXT_FIELDS = ("machine_type", "detailed_report_url")


def _metric_labels() -> dict[str, str]:
    return {
        "bitrate": QCoreApplication.translate("GroupDialog", "Bitrate (kbit/s)"),
        "vmaf": QCoreApplication.translate("GroupDialog", "VMAF (0-100)"),
        "psnr": QCoreApplication.translate("GroupDialog", "PSNR (dB)"),
        "ssim": QCoreApplication.translate("GroupDialog", "SSIM (0-1)"),
        "cpu_usage": QCoreApplication.translate("GroupDialog", "CPU usage (%)"),
        "gpu_usage": QCoreApplication.translate("GroupDialog", "GPU usage (%)"),
        "concurrent_streams": QCoreApplication.translate("GroupDialog", "Concurrent streams"),
        "machine_type": QCoreApplication.translate("GroupDialog", "Machine type"),
        "detailed_report_url": QCoreApplication.translate("GroupDialog", "Detailed report URL"),
    }


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class GroupDialog(QDialog):
    """New group (``group is None``) or an edit; stays open until the server confirms."""

    def __init__(
        self,
        state: ExperimentDetailsState,
        group: GroupResponse | None = None,
        metrics: MetricsResponse | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.group = group
        self.metrics = metrics
        self.setObjectName("groupDialog")
        self.setWindowTitle(self.tr("New group") if group is None else self.tr("Edit group"))
        self.setMinimumWidth(460)

        self.name = QLineEdit(group.name if group else "")
        self.name.setObjectName("groupName")
        self.encoder = QLineEdit(group.encoder_version or "" if group else "")
        self.encoder.setObjectName("groupEncoder")
        self.encoder.setPlaceholderText(self.tr("e.g. x264 r3107 (the first word is the family)"))
        self.status = QComboBox()
        self.status.setObjectName("groupStatus")
        for status in GROUP_STATUSES:  # plain strings as item data: Qt compares them by value
            self.status.addItem(group_status_text(status), status.value)
        current = group.status if group else GroupStatus.PENDING
        self.status.setCurrentIndex(self.status.findData(current.value))
        self.status.setEnabled(group is not None)  # a new group starts pending
        params = group.transcode_params if group else None
        self.params = QPlainTextEdit(
            json.dumps(params, ensure_ascii=False, indent=1) if params else ""
        )
        self.params.setObjectName("groupParams")
        self.params.setPlaceholderText('{"preset": "slow", "crf": 23}')
        self.params.setFixedHeight(64)
        self.input_url = QLineEdit(group.input_url or "" if group else "")
        self.output_url = QLineEdit(group.output_url or "" if group else "")

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Encoder version"), self.encoder)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Transcode parameters (JSON)"), self.params)
        form.addRow(self.tr("Input URL"), self.input_url)
        form.addRow(self.tr("Output URL"), self.output_url)

        self.metric_fields: dict[str, QLineEdit] = {}
        metrics_form = QFormLayout()
        for field, label in _metric_labels().items():
            edit = QLineEdit(_shown(getattr(metrics, field)) if metrics else "")
            edit.setObjectName(f"metric_{field}")
            edit.textEdited.connect(self._clear_message)
            self.metric_fields[field] = edit
            metrics_form.addRow(label, edit)
        metrics_box = QGroupBox(self.tr("Objective metrics"))
        metrics_box.setLayout(metrics_form)

        self.message = MessageLabel()
        self.name.textEdited.connect(self._clear_message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.ok_button.setObjectName("saveGroup")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        columns.addLayout(left, 3)
        columns.addWidget(metrics_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        state.group_saved.connect(self._on_saved)
        state.failed.connect(self._on_failed)
        self.listening = True
        self.waiting = False

    def _clear_message(self, *_: object) -> None:
        if not self.waiting:
            self.message.clear_message()

    # Reading the form

    def _group_fields(self) -> dict[str, Any]:
        text = self.params.toPlainText().strip()
        params = json.loads(text) if text else None
        if params is not None and not isinstance(params, dict):
            raise ValueError(self.tr("Transcode parameters must be a JSON object."))
        return {
            "name": self.name.text().strip(),
            "encoder_version": self.encoder.text().strip() or None,
            "transcode_params": params,
            "input_url": self.input_url.text().strip() or None,
            "output_url": self.output_url.text().strip() or None,
        }

    def _metric_values(self) -> dict[str, Any]:
        """Fields typed in; on an edit also fields emptied (sent as ``null``)."""
        values: dict[str, Any] = {}
        for field, edit in self.metric_fields.items():
            text = edit.text().strip()
            before = getattr(self.metrics, field) if self.metrics else None
            if text:
                values[field] = text  # pydantic checks the number and its range
            elif before is not None:
                values[field] = None
        return values

    def _changed(self, fields: dict[str, Any]) -> dict[str, Any]:
        group = self.group
        if group is None:
            return fields
        changed = {k: v for k, v in fields.items() if getattr(group, k) != v}
        if self.status.currentData() != group.status:
            changed["status"] = self.status.currentData()
        return changed

    def _submit(self) -> None:
        if not self.name.text().strip():
            self.message.show_error(self.tr("Enter a name."))
            return
        try:
            fields = self._changed(self._group_fields())
            metrics = MetricsWrite.model_validate(self._metric_values())
            group: GroupCreate | GroupUpdate = (
                GroupCreate.model_validate(fields)
                if self.group is None
                else GroupUpdate.model_validate(fields)
            )
        except json.JSONDecodeError as exc:
            self.message.show_error(self.tr("Transcode parameters: %1").replace("%1", exc.msg))
            return
        except ValidationError as exc:
            first = exc.errors()[0]
            where = _metric_labels().get(str(first["loc"][0]), str(first["loc"][0]))
            self.message.show_error(self.tr("%1: not a valid value.").replace("%1", where))
            return
        except ValueError as exc:
            self.message.show_error(str(exc))
            return
        self.message.clear_message()
        self.waiting = True
        self.ok_button.setEnabled(False)
        if self.group is None:
            self.state.add_group(group, metrics)
        else:
            self.state.save_group(self.group.id, group, metrics)

    def _on_saved(self, group_id: int) -> None:
        if self.waiting and (self.group is None or self.group.id == group_id):
            self.waiting = False
            self.accept()

    def _on_failed(self, text: str) -> None:
        if self.waiting:
            self.waiting = False
            self.ok_button.setEnabled(True)
            self.message.show_error(text)

    def done(self, result: int) -> None:
        if self.listening:
            self.listening = False
            self.state.group_saved.disconnect(self._on_saved)
            self.state.failed.disconnect(self._on_failed)
        super().done(result)
