"""Benchmark: the judge against labelled SQL pairs (precision, recall) and its throughput.

The pairs (``tests/data/judge_pairs.jsonl``) are rewrites (equivalent) and near
misses (not equivalent) over the demo catalogue. Each check says PASS or not; a
PASS on an equivalent pair is a true positive. Execution runs on the seeded
warehouse in SQLite. Throughput: the structural check on one core, cold (both
queries parsed every time) and as a run sees it (the expected SQL parsed once per
case); target >= 2,000 pairs/s.

    python -m tests.benchmarks.bench_judge
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlglot.dialects.dialect import Dialect

from server.runs.runner.judge import JudgePolicy, judge_answer
from server.runs.runner.sql_structure import compare_structure, query_shape
from server.runs.runner.validation import ValidationDatabase
from tests.warehouse import _seed_sqlite

PAIRS = Path(__file__).resolve().parents[1] / "data" / "judge_pairs.jsonl"
TARGET_PAIRS_PER_SECOND = 2_000
ROUNDS = 5


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: int = 0

    def add(self, equivalent: bool, result: str) -> None:
        if result == "ERROR":
            self.errors += 1
        passed = result == "PASS"
        if passed and equivalent:
            self.tp += 1
        elif passed:
            self.fp += 1
        elif equivalent:
            self.fn += 1
        else:
            self.tn += 1

    def row(self, name: str) -> str:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")
        return (
            f"{name:<24}{precision:>10.3f}{recall:>8.3f}"
            f"{self.tp:>5}{self.fp:>5}{self.fn:>5}{self.tn:>5}{self.errors:>7}"
        )


def _load() -> list[dict[str, Any]]:
    return [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]


async def _scores(pairs: list[dict[str, Any]], url: str) -> dict[str, Score]:
    db = ValidationDatabase(url)
    scores: dict[str, Score] = {}
    policies = {
        "verdict (sql_either)": JudgePolicy(combine="sql_either"),
        "verdict (all)": JudgePolicy(combine="all"),
    }
    try:
        for pair in pairs:
            common = {
                "keywords": pair["keywords"],
                "conditions": pair["conditions"],
                "expected_sql": pair["expected_sql"],
                "validation": db,
            }
            verdict = None
            for name, policy in policies.items():
                verdict = await judge_answer(pair["actual_sql"], policy=policy, **common)
                scores.setdefault(name, Score()).add(pair["equivalent"], verdict.result)
            assert verdict is not None
            for check in verdict.checks:
                scores.setdefault(check.check, Score()).add(pair["equivalent"], check.result)
    finally:
        await db.close()
    return scores


def _parse_rate(pairs: list[dict[str, Any]]) -> float:
    """sqlglot's parser alone on the bot SQL: the ceiling of the warm figure."""
    dialect = Dialect.get_or_raise("mysql")
    started = time.process_time()
    for _ in range(ROUNDS):
        for pair in pairs:
            dialect.parse(pair["actual_sql"])
    return len(pairs) * ROUNDS / (time.process_time() - started)


def _throughput(pairs: list[dict[str, Any]]) -> tuple[float, float]:
    count = len(pairs) * ROUNDS
    started = time.process_time()
    for _ in range(ROUNDS):
        for pair in pairs:
            expected = query_shape(pair["expected_sql"], "mysql", which="expected")
            compare_structure(expected, query_shape(pair["actual_sql"], "mysql"))
    cold = count / (time.process_time() - started)
    shapes = {p["expected_sql"]: query_shape(p["expected_sql"], "mysql") for p in pairs}
    started = time.process_time()
    for _ in range(ROUNDS):
        for pair in pairs:
            compare_structure(
                shapes[pair["expected_sql"]], query_shape(pair["actual_sql"], "mysql")
            )
    warm = count / (time.process_time() - started)
    return cold, warm


def main() -> int:
    pairs = _load()
    rewrites = sum(p["equivalent"] for p in pairs)
    print(f"{len(pairs)} labelled pairs: {rewrites} rewrites, {len(pairs) - rewrites} near misses")
    with tempfile.TemporaryDirectory() as tmp:
        url = _seed_sqlite(Path(tmp) / "warehouse.db")
        scores = asyncio.run(_scores(pairs, url))
    print(
        f"{'check':<24}{'precision':>10}{'recall':>8}{'tp':>5}{'fp':>5}{'fn':>5}{'tn':>5}{'errors':>7}"
    )
    for name in ("keywords", "conditions", "structure", "execution"):
        print(scores[name].row(name))
    for name in ("verdict (sql_either)", "verdict (all)"):
        print(scores[name].row(name))
    cold, warm = _throughput(pairs)
    print(
        f"structural check, one core (CPU time): {cold:,.0f} pairs/s cold (both parsed), "
        f"{warm:,.0f} pairs/s with the expected SQL parsed once per case "
        f"(target >= {TARGET_PAIRS_PER_SECOND:,})"
    )
    print(
        f"for scale, sqlglot parsing alone: {_parse_rate(pairs):,.0f} queries/s "
        "(the warm figure parses one query per pair, the cold one two)"
    )
    return 0 if warm >= TARGET_PAIRS_PER_SECOND else 1


if __name__ == "__main__":
    sys.exit(main())
