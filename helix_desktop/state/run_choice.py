"""Which run "Rerun failed" means: pure functions over reports (no Qt, tested without an app)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from server.contract.autotest import ReportResponse
from server.contract.vocabulary import BatchStatus

__all__ = ["failed_count", "is_full_run", "last_full_run"]


def failed_count(report: ReportResponse) -> int:
    """The cases a rerun of ``report`` runs again: its FAIL and ERROR results."""
    return report.fail_count + report.error_count


def is_full_run(report: ReportResponse, largest: int, known_full: Collection[str] = ()) -> bool:
    """A run of the whole suite: finished, not a rerun, not a run of a few selected cases.

    Runs this desktop started with "Run all" are known; for others (another user, an
    earlier session) the suite's size is judged by the biggest recent run, ``largest``.
    """
    if report.status != BatchStatus.COMPLETED or report.rerun_of is not None:
        return False
    return report.id in known_full or report.total_count >= largest


def last_full_run(
    reports: Sequence[ReportResponse], known_full: Collection[str] = ()
) -> ReportResponse | None:
    """The newest full run among ``reports`` (newest first, as the server lists them)."""
    finished = [r for r in reports if r.status == BatchStatus.COMPLETED and r.rerun_of is None]
    known = [r for r in finished if r.id in known_full]
    if known:
        return known[0]
    largest = max((r.total_count for r in finished), default=0)
    return next((r for r in finished if is_full_run(r, largest)), None)
