"""The built-in sample catalogue: fictional companies and financial indicators.

One catalogue serves ``helix demo-bot`` (what it can answer about) and the case
generator (what it writes questions about), so generated cases match the bot.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Catalogue", "Entity", "Indicator", "Table", "sample_catalogue"]


@dataclass(frozen=True, slots=True)
class Indicator:
    name: str
    code: str
    table: str
    category: str


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    code: str


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    display_name: str
    date_column: str
    category: str
    entity_code_column: str
    entity_name_column: str


@dataclass(frozen=True, slots=True)
class Catalogue:
    description: str
    tables: tuple[Table, ...]
    indicators: tuple[Indicator, ...]
    entities: tuple[Entity, ...]

    def table(self, name: str) -> Table:
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(name)


@cache
def sample_catalogue() -> Catalogue:
    raw = json.loads(
        resources.files("server.demo_bot").joinpath("catalogue.json").read_text(encoding="utf-8")
    )
    return Catalogue(
        description=raw["description"],
        tables=tuple(Table(**t) for t in raw["tables"]),
        indicators=tuple(Indicator(**i) for i in raw["indicators"]),
        entities=tuple(Entity(**e) for e in raw["entities"]),
    )
