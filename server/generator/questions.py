"""Question templates and the plan of generated cases: pure logic, no I/O.

A template is text with the placeholders ``{company}`` and ``{indicator}``
(``{{`` and ``}}`` stand for literal braces). For every indicator the plan
takes ``count`` different entities, sampled without replacement, and gives
each one a template, rotating through the enabled templates so the questions
vary; a question that already exists is replaced by another template or
entity before the slot is given up as skipped.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from string import Formatter

from server.errors import Unprocessable
from server.generator.sources import Entity, Indicator

__all__ = [
    "PLACEHOLDERS",
    "CasePlan",
    "PlannedCase",
    "TemplateSpec",
    "check_template_text",
    "plan_cases",
    "sample_cases",
]

PLACEHOLDERS = ("company", "indicator")


@dataclass(frozen=True, slots=True)
class TemplateSpec:
    text: str
    conditions: tuple[str, ...]

    def render(self, *, company: str, indicator: str) -> str:
        return self.text.format(company=company, indicator=indicator)

    @property
    def expected_conditions(self) -> str | None:
        return ",".join(self.conditions) or None


@dataclass(frozen=True, slots=True)
class PlannedCase:
    question: str
    expected_keywords: str
    expected_conditions: str | None
    category: str | None


@dataclass(slots=True)
class CasePlan:
    cases: list[PlannedCase]
    skipped: int


def check_template_text(text: str) -> str:
    """The trimmed text, or 422 naming the unknown or missing placeholder."""
    text = text.strip()
    if not text:
        raise Unprocessable("模板内容不能为空", "Template text must not be blank")
    try:
        parts = list(Formatter().parse(text))
    except ValueError as exc:
        raise Unprocessable(
            f"模板格式错误（花括号不匹配，字面花括号请写成 {{{{ 或 }}}}）: {exc}",
            "Malformed template (unbalanced braces; write {{ or }} for a literal brace): "
            f"{exc}",
        ) from exc
    found: set[str] = set()
    for _, field, spec, conversion in parts:
        if field is None:
            continue
        if field not in PLACEHOLDERS or spec or conversion:
            shown = (
                "{"
                + field
                + (f"!{conversion}" if conversion else "")
                + (f":{spec}" if spec else "")
                + "}"
            )
            raise Unprocessable(
                f"模板含未知占位符 {shown}；只能使用 {{company}} 和 {{indicator}}",
                f"Unknown placeholder {shown} in template; only {{company}} and {{indicator}}"
                " are allowed",
            )
        found.add(field)
    for name in PLACEHOLDERS:
        if name not in found:
            raise Unprocessable(
                f"模板缺少占位符 {{{name}}}",
                f"Template is missing the placeholder {{{name}}}",
            )
    return text


def _case(template: TemplateSpec, indicator: Indicator, entity: Entity) -> PlannedCase:
    return PlannedCase(
        question=template.render(company=entity.name, indicator=indicator.name),
        expected_keywords=f"{entity.name},{entity.code},{indicator.name},{indicator.code}",
        expected_conditions=template.expected_conditions,
        category=indicator.category,
    )


def _entity_order(rng: random.Random, size: int, count: int) -> Iterator[int]:
    """``count`` distinct entity indexes at random, then (only if asked) all the others."""
    first = rng.sample(range(size), min(count, size))
    yield from first
    if len(first) == size:
        return
    taken = set(first)
    rest = [i for i in range(size) if i not in taken]
    rng.shuffle(rest)
    yield from rest


def plan_cases(
    *,
    indicators: Sequence[Indicator],
    entities: Sequence[Entity],
    templates: Sequence[TemplateSpec],
    count: int,
    seed: int | None,
    existing: set[str],
) -> CasePlan:
    """``count`` new questions per indicator; ``existing`` grows with every question planned."""
    rng = random.Random(seed)
    cases: list[PlannedCase] = []
    skipped = 0
    n_templates = len(templates)
    for indicator in indicators:
        made = 0
        offset = rng.randrange(n_templates) if n_templates else 0
        for slot, index in enumerate(_entity_order(rng, len(entities), count)):
            entity = entities[index]
            for step in range(n_templates):
                case = _case(templates[(offset + slot + step) % n_templates], indicator, entity)
                if case.question not in existing:
                    existing.add(case.question)
                    cases.append(case)
                    made += 1
                    break
            # Stop before asking for another entity: that would shuffle all the others.
            if made == count:
                break
        skipped += count - made
    return CasePlan(cases=cases, skipped=skipped)


def sample_cases(
    *,
    indicators: Sequence[Indicator],
    entities: Sequence[Entity],
    templates: Sequence[TemplateSpec],
    limit: int = 5,
) -> list[PlannedCase]:
    """A few example cases for the preview: no randomness, no database."""
    if not (indicators and entities and templates):
        return []
    return [
        _case(
            templates[i % len(templates)],
            indicators[i % len(indicators)],
            entities[i % len(entities)],
        )
        for i in range(limit)
    ]
