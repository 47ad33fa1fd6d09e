"""The answer's timeline: when each milestone of one ask came, read off the monotonic clock.

One ``AskTimeline`` per ask; the adapter marks milestones as the stream arrives
(a clock read and a float store each, nothing allocated), and the result keeps
``as_dict()``: milliseconds from the ask's start, ``None`` for a milestone never
reached, plus each retry with its reason.
"""

from __future__ import annotations

import time
from typing import Any

__all__ = ["AskTimeline"]


def _ms(origin: float, moment: float | None) -> float | None:
    return None if moment is None else round((moment - origin) * 1000.0, 1)


class AskTimeline:
    """Milestones of one ask (``perf_counter`` seconds); the last attempt's, retries listed."""

    __slots__ = (
        "answer",
        "end",
        "first_event",
        "headers",
        "interpretation",
        "origin",
        "request",
        "retries",
    )

    def __init__(self) -> None:
        self.origin = time.perf_counter()
        self.request: float | None = None
        self.headers: float | None = None
        self.first_event: float | None = None
        self.interpretation: float | None = None
        self.answer: float | None = None
        self.end: float | None = None
        # Made on the first retry: most asks have none.
        self.retries: list[tuple[float, str]] | None = None

    def attempt_started(self) -> None:
        """A new attempt: the milestones of the one before are forgotten (its retry is kept)."""
        self.request = time.perf_counter()
        self.headers = self.first_event = self.interpretation = self.answer = self.end = None

    def retried(self, reason: str) -> None:
        if self.retries is None:
            self.retries = []
        self.retries.append((time.perf_counter(), reason))

    def as_dict(self) -> dict[str, Any]:
        origin = self.origin
        return {
            "request_ms": _ms(origin, self.request),
            "headers_ms": _ms(origin, self.headers),
            "first_event_ms": _ms(origin, self.first_event),
            "interpretation_ms": _ms(origin, self.interpretation),
            "answer_ms": _ms(origin, self.answer),
            "end_ms": _ms(origin, self.end),
            "retries": [
                {"at_ms": _ms(origin, moment), "reason": reason}
                for moment, reason in self.retries or ()
            ],
        }
