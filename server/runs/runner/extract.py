"""Find the SQL in a bot's answer: configured JSON paths, then any ``sql`` key, then a pattern.

An answer is a list of parts (the JSON value or text of each SSE event, or the one
JSON body). The ``ANSWER`` event is preferred; interpretation and thought chunks may
mention SQL fragments, so they are searched last and never by pattern.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterator, Sequence
from typing import Any

import sqlglot
from sqlglot.errors import SqlglotError

__all__ = ["extract_sql", "parse_part", "part_kind"]

_SQL_PATTERN = re.compile(
    r"\b((?:WITH\b.+?\bSELECT|SELECT)\b.+?\bFROM\b.+?)(?=;|```|\n\s*\n|\Z)",
    re.IGNORECASE | re.DOTALL,
)
_MAX_DEPTH = 64


def parse_part(text: str) -> Any:
    """An SSE event's data as JSON when it is JSON, else the text itself."""
    stripped = text.strip()
    if stripped[:1] in ("{", "["):
        try:
            return json.loads(stripped)
        except ValueError:
            return text
    return text


def part_kind(part: Any) -> str:
    """``answer``, ``thought`` (interpretation chunks) or ``other``."""
    if isinstance(part, dict):
        kind = str(part.get("type") or part.get("event") or "").upper()
        if kind == "ANSWER":
            return "answer"
        if kind.startswith("QUESTION_INTERPRETATION") or "THOUGHT" in kind:
            return "thought"
    return "other"


def _as_container(value: Any) -> Any:
    # Some bots send nested JSON as a string ("content": "{\"visual\": ...}").
    if isinstance(value, str) and value.strip()[:1] in ("{", "["):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _sql_text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _at_path(part: Any, path: str) -> str | None:
    node = part
    for segment in path.split("."):
        node = _as_container(node)
        if isinstance(node, dict):
            if segment not in node:
                return None
            node = node[segment]
        elif isinstance(node, list) and segment.isdigit() and int(segment) < len(node):
            node = node[int(segment)]
        else:
            return None
    return _sql_text(node)


def _sql_key(part: Any) -> str | None:
    """The shallowest non-empty value under a key named ``sql`` (any case)."""
    queue: deque[tuple[Any, int]] = deque([(part, 0)])
    while queue:
        node, depth = queue.popleft()
        node = _as_container(node)
        if depth > _MAX_DEPTH:
            continue
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(key, str) and key.lower() == "sql":
                    found = _sql_text(value)
                    if found:
                        return found
            queue.extend((value, depth + 1) for value in node.values())
        elif isinstance(node, list):
            queue.extend((value, depth + 1) for value in node)
    return None


def _strings(part: Any, depth: int = 0) -> Iterator[str]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(part, str):
        yield part
    elif isinstance(part, dict):
        for value in part.values():
            yield from _strings(value, depth + 1)
    elif isinstance(part, list):
        for value in part:
            yield from _strings(value, depth + 1)


def _parses(sql: str, dialect: str) -> bool:
    try:
        return any(s is not None for s in sqlglot.parse(sql, read=dialect))
    except (SqlglotError, RecursionError):
        return False


def _candidates(parts: Sequence[Any]) -> Iterator[str]:
    for part in parts:
        for text in _strings(part):
            for match in _SQL_PATTERN.finditer(text):
                yield match.group(1).strip()
    # Text streamed in pieces: the SQL may only be whole once the pieces are joined.
    joined = "".join(
        p if isinstance(p, str) else str(p.get("content", ""))
        for p in parts
        if isinstance(p, str) or (isinstance(p, dict) and isinstance(p.get("content"), str))
    )
    for match in _SQL_PATTERN.finditer(joined):
        yield match.group(1).strip()


def _pattern(parts: Sequence[Any], dialect: str) -> str | None:
    """The first SELECT...FROM text that parses as SQL in ``dialect``; prose that only
    looks like it ("you can SELECT a period FROM the menu") is passed over. If nothing
    parses, the first match (a dialect the parser does not know is still judged)."""
    first: str | None = None
    for candidate in _candidates(parts):
        if _parses(candidate, dialect):
            return candidate
        first = first or candidate
    return first


def extract_sql(parts: Sequence[Any], paths: Sequence[str], dialect: str = "mysql") -> str | None:
    """The SQL of an answer, or ``None`` when it has none (``dialect``: the judge's)."""
    groups: dict[str, list[Any]] = {"answer": [], "other": [], "thought": []}
    for part in parts:
        groups[part_kind(part)].append(part)
    for name in ("answer", "other", "thought"):
        group = groups[name]
        for path in paths:
            for part in group:
                found = _at_path(part, path)
                if found:
                    return found
        for part in group:
            found = _sql_key(part)
            if found:
                return found
        if name != "thought":
            found = _pattern(group, dialect)
            if found:
                return found
    return None
