"""The words the contract uses for states and kinds, each defined once.

``StrEnum`` members are their strings: they compare equal to the plain values read from
the database or a JSON message, and serialise as those values.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["BatchStatus", "ExperimentStatus", "ReferenceType", "ResultValue", "Role"]


class BatchStatus(StrEnum):
    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    STOPPED = "STOPPED"
    INTERRUPTED = "INTERRUPTED"


class ResultValue(StrEnum):
    """A judged case, in report order."""

    PASS = "PASS"
    FAIL = "FAIL"
    ERROR = "ERROR"


class Role(StrEnum):
    ROOT = "root"
    TESTER = "tester"


class ExperimentStatus(StrEnum):
    DRAFT = "draft"
    RUNNING = "running"
    COMPLETED = "completed"
    ARCHIVED = "archived"


class ReferenceType(StrEnum):
    """What an experiment compares against."""

    NEW = "new"
    SUPPLIER = "supplier"
    SELF = "self"
