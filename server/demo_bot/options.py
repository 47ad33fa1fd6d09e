"""``helix demo-bot`` options: how fast, how wrong and how faulty the demo bot is."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Literal

__all__ = ["FAULT_KINDS", "DemoBotOptions", "add_demo_bot_arguments", "options_from_args"]

# 500 / 429: that status; hang: headers, then silence; reset: the connection drops
# mid-stream; no-answer: the stream ends without an ANSWER; split: the answer arrives
# in tiny network chunks with CRLF line ends and a multi-line ``data:`` (must still work).
FAULT_KINDS = ("500", "429", "hang", "reset", "no-answer", "split")


@dataclass(frozen=True, slots=True)
class DemoBotOptions:
    latency_ms: float = 300.0
    # Each answer takes up to this much longer (uniform, seeded with ``seed``).
    jitter_ms: float = 0.0
    wrong_rate: float = 0.0
    fault_rate: float = 0.0
    faults: tuple[str, ...] = FAULT_KINDS
    require_token: str | None = None
    seed: int | None = None
    mode: Literal["sse", "json"] = "sse"
    # How long a "hang" lasts when the client does not give up first.
    hang_seconds: float = 3600.0

    def __post_init__(self) -> None:
        unknown = set(self.faults) - set(FAULT_KINDS)
        if unknown:
            raise ValueError(f"unknown fault kinds: {sorted(unknown)}; known: {FAULT_KINDS}")
        for name in ("wrong_rate", "fault_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")
        if self.latency_ms < 0:
            raise ValueError("latency_ms must not be negative")
        if self.jitter_ms < 0:
            raise ValueError("jitter_ms must not be negative")


def _rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


def _faults(text: str) -> tuple[str, ...]:
    kinds = tuple(k.strip() for k in text.split(",") if k.strip())
    unknown = set(kinds) - set(FAULT_KINDS)
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown fault kinds {sorted(unknown)}")
    return kinds


def add_demo_bot_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8050, help="port (default 8050)")
    parser.add_argument(
        "--latency-ms", type=float, default=300.0, help="time to answer in ms (default 300)"
    )
    parser.add_argument(
        "--jitter-ms",
        type=float,
        default=0.0,
        help="each answer takes up to this much longer, uniformly drawn (default 0)",
    )
    parser.add_argument(
        "--wrong-rate", type=_rate, default=0.0, help="share of answers missing a keyword (0..1)"
    )
    parser.add_argument(
        "--fault-rate", type=_rate, default=0.0, help="share of requests that fail (0..1)"
    )
    parser.add_argument(
        "--faults",
        type=_faults,
        default=FAULT_KINDS,
        help="fault kinds to draw from (default: " + ",".join(FAULT_KINDS) + ")",
    )
    parser.add_argument("--require-token", help="answer 401 unless this token is sent")
    parser.add_argument("--seed", type=int, help="random seed for wrong answers and faults")
    parser.add_argument("--mode", choices=["sse", "json"], default="sse", help="answer format")
    parser.add_argument(
        "--log-level", default="info", choices=["debug", "info", "warning", "error"]
    )
    return parser


def options_from_args(args: argparse.Namespace) -> DemoBotOptions:
    return DemoBotOptions(
        latency_ms=args.latency_ms,
        jitter_ms=args.jitter_ms,
        wrong_rate=args.wrong_rate,
        fault_rate=args.fault_rate,
        faults=tuple(args.faults),
        require_token=args.require_token,
        seed=args.seed,
        mode=args.mode,
    )
