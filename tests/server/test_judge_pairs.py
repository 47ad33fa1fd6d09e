"""The judge against the labelled pairs (``tests/data/judge_pairs.jsonl``): never a false PASS.

Every near miss gives other rows on the seeded warehouse, so neither the structure
check, nor execution, nor the verdict under either combine rule may PASS one; every
rewrite gives the same rows, so execution passes each (the labels are checked too).
Precision and recall per check, and throughput: ``tests/benchmarks/bench_judge.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from server.runs.runner.judge import JudgePolicy, judge_answer
from server.runs.runner.validation import ValidationDatabase
from tests.warehouse import _seed_sqlite

PAIRS = Path(__file__).resolve().parents[1] / "data" / "judge_pairs.jsonl"


def _pairs() -> list[dict[str, Any]]:
    return [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]


async def test_no_near_miss_passes_and_every_rewrite_gives_the_same_rows(tmp_path: Path) -> None:
    pairs = _pairs()
    assert len(pairs) >= 150
    kinds = {p["kind"].split(":")[0] for p in pairs}
    assert kinds == {"rewrite", "near miss"}
    db = ValidationDatabase(_seed_sqlite(tmp_path / "w.db"))
    policies = {
        "structure": JudgePolicy(checks=frozenset({"structure"})),
        "execution": JudgePolicy(checks=frozenset({"execution"})),
        "sql_either": JudgePolicy(combine="sql_either"),
        "all": JudgePolicy(combine="all"),
    }
    false_passes: list[str] = []
    rows_differ: list[str] = []
    try:
        for pair in pairs:
            for name, policy in policies.items():
                verdict = await judge_answer(
                    pair["actual_sql"],
                    keywords=pair["keywords"],
                    conditions=pair["conditions"],
                    expected_sql=pair["expected_sql"],
                    validation=db,
                    policy=policy,
                )
                label = f"{name} #{pair['id']} {pair['kind']}: {verdict.message}"
                if verdict.result == "PASS" and not pair["equivalent"]:
                    false_passes.append(label)
                if name == "execution" and pair["equivalent"] and verdict.result != "PASS":
                    rows_differ.append(label)
    finally:
        await db.close()
    assert false_passes == []
    assert rows_differ == []
