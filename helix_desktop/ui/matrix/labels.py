"""Words and colours for experiment statuses and reference types (one place for every widget)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from server.contract.vocabulary import ExperimentStatus, ReferenceType

__all__ = [
    "REFERENCE_TYPES",
    "STATUSES",
    "STATUS_COLORS",
    "reference_text",
    "status_text",
]

STATUSES = tuple(ExperimentStatus)
REFERENCE_TYPES = tuple(ReferenceType)

# Chip colours: readable on light and dark headers.
STATUS_COLORS: dict[str, str] = {
    ExperimentStatus.DRAFT: "#8A8F98",
    ExperimentStatus.RUNNING: "#2F80ED",
    ExperimentStatus.COMPLETED: "#27AE60",
    ExperimentStatus.ARCHIVED: "#A0785A",
}


def status_text(status: str) -> str:
    texts: dict[str, str] = {
        ExperimentStatus.DRAFT: QCoreApplication.translate("ExperimentStatus", "Draft"),
        ExperimentStatus.RUNNING: QCoreApplication.translate("ExperimentStatus", "Running"),
        ExperimentStatus.COMPLETED: QCoreApplication.translate("ExperimentStatus", "Completed"),
        ExperimentStatus.ARCHIVED: QCoreApplication.translate("ExperimentStatus", "Archived"),
    }
    return texts.get(status, status)


def reference_text(reference_type: str) -> str:
    texts: dict[str, str] = {
        ReferenceType.NEW: QCoreApplication.translate("ReferenceType", "New"),
        ReferenceType.SUPPLIER: QCoreApplication.translate("ReferenceType", "Supplier"),
        ReferenceType.SELF: QCoreApplication.translate("ReferenceType", "Self"),
    }
    return texts.get(reference_type, reference_type)
