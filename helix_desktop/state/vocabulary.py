"""The desktop's own words for states and operations, each defined once.

The wire's words (batch status, result values, roles, ...) live in
``server.contract.vocabulary``; these are the ones only the desktop uses.
"""

from __future__ import annotations

from enum import StrEnum

from server.contract.vocabulary import ResultValue

__all__ = ["MatrixOp", "RowStatus", "StreamConnection"]


class RowStatus(StrEnum):
    """A case in the run view: QUEUED -> RUNNING -> PASS/FAIL/ERROR (NOT_RUN when stopped)."""

    QUEUED = "QUEUED"
    RUNNING = "RUNNING"
    PASS = ResultValue.PASS.value
    FAIL = ResultValue.FAIL.value
    ERROR = ResultValue.ERROR.value
    NOT_RUN = "NOT_RUN"


class StreamConnection(StrEnum):
    """The run view's live stream: idle before a batch, live, reconnecting, lost."""

    IDLE = "idle"
    LIVE = "live"
    RECONNECTING = "reconnecting"
    LOST = "lost"


class MatrixOp(StrEnum):
    """What the matrix state was asked to do; ``done``/``failed`` signals carry it."""

    RELOAD = "reload"
    CUSTOMER_CREATE = "customer.create"
    CUSTOMER_RENAME = "customer.rename"
    CUSTOMER_DELETE = "customer.delete"
    APP_CREATE = "app.create"
    APP_RENAME = "app.rename"
    APP_DELETE = "app.delete"
    TEMPLATE_CREATE = "template.create"
    TEMPLATE_RENAME = "template.rename"
    TEMPLATE_DELETE = "template.delete"
    EXPERIMENT_CREATE = "experiment.create"
    EXPERIMENT_LOAD = "experiment.load"
    EXPERIMENT_SAVE = "experiment.save"
    EXPERIMENT_TOGGLE = "experiment.toggle"
    EXPERIMENT_DELETE = "experiment.delete"
    RUNS_LOAD = "runs.load"  # recent finished runs, to tag one with an experiment
    RUN_TAG = "run.tag"
