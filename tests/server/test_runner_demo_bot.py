"""The demo bot's answers: SQL that matches the generator's question templates."""

from __future__ import annotations

import pytest

from server.demo_bot.answer import compose_answer, pretty_sql
from server.demo_bot.catalogue import sample_catalogue
from server.demo_bot.faults import FaultPicker
from server.demo_bot.options import DemoBotOptions
from server.runs.runner.judge import judge_sql

CATALOGUE = sample_catalogue()
# CONTRACT-NOTES §4 Generator: the question templates and their expected conditions.
TEMPLATES = [
    ("{company}的{indicator}是多少", ""),
    ("查一下{company}的{indicator}", ""),
    ("{company}最近一年的{indicator}走势", ""),
    ("{company}最新的{indicator}", "ORDER BY, LIMIT 1"),
    ("2023年{company}的{indicator}", "2023"),
]


@pytest.mark.parametrize(("template", "conditions"), TEMPLATES)
def test_every_indicator_and_template_passes(template: str, conditions: str) -> None:
    for n, indicator in enumerate(CATALOGUE.indicators):
        entity = CATALOGUE.entities[n % len(CATALOGUE.entities)]
        question = template.format(company=entity.name, indicator=indicator.name)
        answer = compose_answer(question, CATALOGUE)
        keywords = f"{entity.name},{entity.code},{indicator.name},{indicator.code}"
        verdict = judge_sql(answer.sql, keywords=keywords, conditions=conditions)
        assert (verdict.result, verdict.message) == ("PASS", ""), (question, answer.sql)
        assert f"AS `{indicator.name}`" in answer.sql
        assert "\n" not in answer.sql
        wrong = compose_answer(question, CATALOGUE, wrong=True)
        verdict = judge_sql(wrong.sql, keywords=keywords, conditions=conditions)
        assert verdict.message == f"缺关键字: {entity.code}"


def test_trend_is_ordered_by_date_and_unknown_questions_get_generic_sql() -> None:
    answer = compose_answer("星河科技最近一年的收盘价走势", CATALOGUE)
    assert answer.sql.endswith("ORDER BY a.TRADE_DT")
    # Longest indicator name wins (归母净利润 contains 净利润).
    assert "NET_PROFIT_PARENT" in compose_answer("星河科技的归母净利润是多少", CATALOGUE).sql
    assert compose_answer("今天天气怎么样", CATALOGUE).sql.startswith("SELECT * FROM ")
    assert pretty_sql("SELECT a, b FROM t WHERE x = 1 ORDER BY a DESC LIMIT 1") == (
        "SELECT\n    a,\n    b\nFROM\n    t\nWHERE\n    x = 1\nORDER BY\n    a DESC\nLIMIT\n    1"
    )


def test_fault_markers_and_seeded_rates() -> None:
    picker = FaultPicker(DemoBotOptions())
    assert [picker.decide("[fault:429x2] q").fault for _ in range(3)] == ["429", "429", None]
    assert [picker.decide("[fault:no-answer] q").fault for _ in range(2)] == ["no-answer"] * 2
    assert picker.decide("[wrong] q").wrong
    assert picker.decide("[fault:bogus] q").fault is None

    def draws(seed: int) -> list[tuple[str | None, bool]]:
        p = FaultPicker(DemoBotOptions(fault_rate=0.5, wrong_rate=0.5, faults=("500",), seed=seed))
        return [(d.fault, d.wrong) for d in (p.decide("q") for _ in range(50))]

    assert draws(1) == draws(1)
    assert {f for f, _ in draws(1)} == {"500", None}
    with pytest.raises(ValueError, match="unknown fault kinds"):
        DemoBotOptions(faults=("boom",))
