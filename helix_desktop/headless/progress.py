"""Live progress of a headless run on stderr: a line per finished case, then a summary."""

from __future__ import annotations

import sys
from typing import TextIO

from helix_desktop.headless.batch import BatchOutcome
from server.contract.runs import CaseResult, RunResponse
from server.contract.vocabulary import BatchStatus, ResultValue

__all__ = ["Progress", "summary_line"]

QUESTION_WIDTH = 60


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def summary_line(outcome: BatchOutcome) -> str:
    """``helix run: 10 cases, 8 passed, 1 failed, 1 error in 3.2 s (batch ...)``."""
    counts = outcome.counts
    parts = [
        f"{len(outcome.planned)} cases",
        f"{counts[ResultValue.PASS]} passed",
        f"{counts[ResultValue.FAIL]} failed",
        f"{counts[ResultValue.ERROR]} error" + ("s" if counts[ResultValue.ERROR] != 1 else ""),
    ]
    unfinished = len(outcome.unfinished)
    if unfinished:
        parts.append(f"{unfinished} not run")
    text = f"helix run: {', '.join(parts)} in {outcome.elapsed:.1f} s (batch {outcome.batch_id})"
    if outcome.status != BatchStatus.COMPLETED:
        text += f"; the batch ended {outcome.status}"
    return text


class Progress:
    """Writes to ``stream`` (stderr); ``quiet`` keeps only the start and summary lines."""

    def __init__(self, stream: TextIO | None = None, *, quiet: bool = False) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet

    def line(self, text: str) -> None:
        print(text, file=self.stream, flush=True)

    def started(self, run: RunResponse, where: str) -> None:
        self.line(f"helix run: batch {run.batch_id}, {len(run.cases)} cases on {where}")

    def case_finished(self, result: CaseResult, finished: int, total: int) -> None:
        if self.quiet:
            return
        width = len(str(total))
        duration = f"{result.duration:.2f}s" if result.duration is not None else "-"
        text = (
            f"[{finished:>{width}}/{total}] {result.result:<5} {duration:>7}  "
            f"#{result.case_id} {_short(result.question, QUESTION_WIDTH)}"
        )
        if result.result != ResultValue.PASS and result.message:
            text += f"  -- {_short(result.message, 200)}"
        self.line(text)

    def finished(self, outcome: BatchOutcome) -> None:
        self.line(summary_line(outcome))
