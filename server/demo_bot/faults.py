"""Which fault (if any) a request gets: drawn at random, or asked for by the question.

A question may carry a marker that makes the bot misbehave deterministically, so
tests can script an adversary: ``[fault:500]`` (every time), ``[fault:429x2]``
(the first two asks of that question, then a good answer), ``[wrong]`` (an answer
missing the company code).
"""

from __future__ import annotations

import random
import re
import threading
from collections import Counter
from dataclasses import dataclass

from server.demo_bot.options import FAULT_KINDS, DemoBotOptions

__all__ = ["Decision", "FaultPicker"]

_FAULT_MARKER = re.compile(r"\[fault:([a-z0-9-]+?)(?:x(\d+))?\]")
_WRONG_MARKER = "[wrong]"


@dataclass(frozen=True, slots=True)
class Decision:
    fault: str | None
    wrong: bool


class FaultPicker:
    """Decides per request; safe to share between requests."""

    def __init__(self, options: DemoBotOptions) -> None:
        self.options = options
        self._random = random.Random(options.seed)
        self._asks: Counter[str] = Counter()
        self._lock = threading.Lock()

    def decide(self, question: str) -> Decision:
        with self._lock:
            wrong = _WRONG_MARKER in question
            marker = _FAULT_MARKER.search(question)
            if marker and marker.group(1) in FAULT_KINDS:
                self._asks[question] += 1
                times = marker.group(2)
                if times is None or self._asks[question] <= int(times):
                    return Decision(fault=marker.group(1), wrong=wrong)
                return Decision(fault=None, wrong=wrong)
            fault = None
            if self.options.fault_rate and self._random.random() < self.options.fault_rate:
                fault = self._random.choice(self.options.faults) if self.options.faults else None
            if self.options.wrong_rate and self._random.random() < self.options.wrong_rate:
                wrong = True
            return Decision(fault=fault, wrong=wrong)
