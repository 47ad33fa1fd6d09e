"""The words the contract uses for states and kinds, each defined once.

``StrEnum`` members are their strings: they compare equal to the plain values read from
the database or a JSON message, and serialise as those values.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

__all__ = [
    "BatchStatus",
    "CaseVerdict",
    "ExperimentStatus",
    "GroupStatus",
    "ReferenceType",
    "ResultValue",
    "Role",
]


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


class CaseVerdict(StrEnum):
    """A case over its asks in one batch: every ask passed, some did, or none did.

    With one ask it is that ask's result. None passed: FAIL if any ask was judged wrong,
    ERROR only when no ask could be judged at all.
    """

    PASS = ResultValue.PASS.value
    FAIL = ResultValue.FAIL.value
    ERROR = ResultValue.ERROR.value
    FLAKY = "FLAKY"

    @classmethod
    def of(cls, results: Iterable[str]) -> CaseVerdict | None:
        """The verdict of these asks' results; None when there is none."""
        seen = set(results)
        if not seen:
            return None
        if seen == {ResultValue.PASS}:
            return cls.PASS
        if ResultValue.PASS in seen:
            return cls.FLAKY
        return cls.FAIL if ResultValue.FAIL in seen else cls.ERROR


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


class GroupStatus(StrEnum):
    """Where an experiment group's transcode is; a new group is ``pending``."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
