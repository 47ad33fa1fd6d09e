"""``GroupsModel``: an experiment's groups with their metrics, one row per group."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from helix_desktop.state.experiment_details import ExperimentDetailsState
from helix_desktop.ui.matrix.labels import group_status_text

__all__ = ["GroupsModel"]

Index = QModelIndex | QPersistentModelIndex
METRIC_COLUMNS = ("bitrate", "vmaf", "psnr", "ssim", "cpu_usage", "gpu_usage", "machine_type")
DECIMALS = {"bitrate": 0, "vmaf": 2, "psnr": 2, "ssim": 4, "cpu_usage": 1, "gpu_usage": 1}


class GroupsModel(QAbstractTableModel):
    """Name, encoder, status, then the metrics (empty where not measured)."""

    def __init__(self, state: ExperimentDetailsState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.headers = [
            self.tr("Group"),
            self.tr("Encoder"),
            self.tr("Status"),
            self.tr("Bitrate (kbit/s)"),
            "VMAF",
            "PSNR",
            "SSIM",
            self.tr("CPU %"),
            self.tr("GPU %"),
            self.tr("Machine"),
        ]
        state.groups_changed.connect(self._reset)

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.state.groups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def group_id(self, row: int) -> int | None:
        return self.state.groups[row].id if 0 <= row < len(self.state.groups) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = self.state.groups[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and 3 <= column < 9:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return group.name
        if column == 1:
            return group.encoder_version or ""
        if column == 2:
            return group_status_text(group.status)
        metrics = self.state.metrics.get(group.id)
        if metrics is None:
            return ""
        field = METRIC_COLUMNS[column - 3]
        value = getattr(metrics, field)
        if value is None:
            return ""
        if field in DECIMALS:
            return f"{value:.{DECIMALS[field]}f}"
        return str(value)
