"""Which run "Rerun failed" means: pure functions, tested without a QApplication."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from helix_desktop.state.run_choice import failed_count, last_full_run
from server.contract.autotest import ReportResponse

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _report(
    n: int,
    total: int,
    *,
    status: str = "COMPLETED",
    rerun_of: str | None = None,
    fail: int = 0,
    error: int = 0,
) -> ReportResponse:
    return ReportResponse(
        id=f"b{n}",
        start_time=START + timedelta(minutes=n),
        status=status,
        total_count=total,
        pass_count=total - fail - error,
        fail_count=fail,
        error_count=error,
        completed_count=total,
        pass_rate=0.0,
        rerun_of=rerun_of,
    )


def test_newest_full_run_skips_reruns_stopped_and_small_ad_hoc_runs() -> None:
    reports = [  # newest first, as listed by the server
        _report(5, 3, fail=1),  # a few selected cases
        _report(4, 2, rerun_of="b1", fail=2),  # a rerun
        _report(3, 1000, status="STOPPED", fail=4),  # stopped part way
        _report(2, 1000, fail=7, error=2),  # the last full run
        _report(1, 998, fail=9),
    ]
    chosen = last_full_run(reports)
    assert chosen is not None and chosen.id == "b2"
    assert failed_count(chosen) == 9


def test_runs_known_as_full_count_first_and_none_when_nothing_qualifies() -> None:
    reports = [_report(3, 40), _report(2, 1000)]
    chosen = last_full_run(reports, known_full={"b3"})  # the suite shrank to 40 cases
    assert chosen is not None and chosen.id == "b3"
    assert last_full_run([_report(1, 10, status="RUNNING"), _report(0, 5, rerun_of="x")]) is None
    assert last_full_run([]) is None


def test_the_module_needs_no_qt() -> None:
    """Pure data code: importing it loads no Qt at all (a fresh interpreter checks)."""
    import subprocess
    import sys

    code = "import sys, helix_desktop.state.run_choice; print('PySide6' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
