"""Words and colours for experiment statuses and reference types (one place for every widget)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from server.contract.transcoding import GroupStatus

__all__ = [
    "GROUP_STATUSES",
    "REFERENCE_TYPES",
    "STATUSES",
    "STATUS_COLORS",
    "group_status_text",
    "reference_text",
    "status_text",
]

STATUSES = ("draft", "running", "completed", "archived")
REFERENCE_TYPES = ("new", "supplier", "self")
GROUP_STATUSES = tuple(GroupStatus)

# Chip colours: readable on light and dark headers.
STATUS_COLORS = {
    "draft": "#8A8F98",
    "running": "#2F80ED",
    "completed": "#27AE60",
    "archived": "#A0785A",
}


def status_text(status: str) -> str:
    texts = {
        "draft": QCoreApplication.translate("ExperimentStatus", "Draft"),
        "running": QCoreApplication.translate("ExperimentStatus", "Running"),
        "completed": QCoreApplication.translate("ExperimentStatus", "Completed"),
        "archived": QCoreApplication.translate("ExperimentStatus", "Archived"),
    }
    return texts.get(status, status)


def reference_text(reference_type: str) -> str:
    texts = {
        "new": QCoreApplication.translate("ReferenceType", "New"),
        "supplier": QCoreApplication.translate("ReferenceType", "Supplier"),
        "self": QCoreApplication.translate("ReferenceType", "Self"),
    }
    return texts.get(reference_type, reference_type)


def group_status_text(status: str) -> str:
    texts = {
        "pending": QCoreApplication.translate("GroupStatus", "Pending"),
        "running": QCoreApplication.translate("GroupStatus", "Running"),
        "completed": QCoreApplication.translate("GroupStatus", "Completed"),
        "failed": QCoreApplication.translate("GroupStatus", "Failed"),
    }
    return texts.get(status, status)
