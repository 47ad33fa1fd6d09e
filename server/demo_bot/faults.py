"""Which fault (if any) a request gets: drawn at random, or asked for by the question.

A question may carry a marker that makes the bot misbehave deterministically, so
tests can script an adversary: ``[fault:500]`` (every time), ``[fault:429x2]``
(the first two asks of that question, then a good answer), ``[wrong]`` (an answer
missing the company code).

With a seed, each ask's draws (fault, wrong answer, latency jitter) depend only on
the seed, the question and how many times it was asked before: the same run gives
the same answers whatever order concurrent requests arrive in, and a test can
tell in advance which ask of which question the bot gets wrong (``seeded_draw``).
"""

from __future__ import annotations

import random
import re
import threading
from collections import Counter
from dataclasses import dataclass

from server.demo_bot.options import FAULT_KINDS, DemoBotOptions

__all__ = ["Decision", "FaultPicker", "seeded_draw"]

_FAULT_MARKER = re.compile(r"\[fault:([a-z0-9-]+?)(?:x(\d+))?\]")
_WRONG_MARKER = "[wrong]"


@dataclass(frozen=True, slots=True)
class Decision:
    fault: str | None
    wrong: bool
    # Extra latency of this answer, in seconds (``--jitter-ms``).
    jitter: float = 0.0


def _draw(options: DemoBotOptions, rng: random.Random, wrong: bool) -> Decision:
    fault = None
    if options.fault_rate and rng.random() < options.fault_rate:
        fault = rng.choice(options.faults) if options.faults else None
    if options.wrong_rate and rng.random() < options.wrong_rate:
        wrong = True
    jitter = rng.uniform(0.0, options.jitter_ms) / 1000.0 if options.jitter_ms else 0.0
    return Decision(fault=fault, wrong=wrong, jitter=jitter)


def seeded_draw(options: DemoBotOptions, question: str, ask: int) -> Decision:
    """What a seeded bot does for the ``ask``-th (1-based) ask of a question without markers."""
    rng = random.Random(f"{options.seed}|{question}|{ask}")
    return _draw(options, rng, _WRONG_MARKER in question)


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
            if self.options.seed is not None:
                self._asks[question] += 1
                return seeded_draw(self.options, question, self._asks[question])
            return _draw(self.options, self._random, wrong)
