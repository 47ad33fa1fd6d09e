"""``diff_sql``: which characters of two SQL texts differ, token by token (difflib)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from server.contract.keywords import missing_keywords, tokenise

__all__ = ["SqlDiff", "diff_sql", "missing_terms"]

# String literals, quoted identifiers, words (CJK runs included), then any other character.
_TOKEN = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|`[^`]*`|\w+|[^\w\s]")

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class SqlDiff:
    """Character spans to highlight: removed from the expected text, added in the actual."""

    removed: list[Span]
    added: list[Span]

    @property
    def same(self) -> bool:
        return not self.removed and not self.added


def _tokens(text: str) -> tuple[list[str], list[Span]]:
    keys: list[str] = []
    spans: list[Span] = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        # SQL words compare case-insensitively; quoted literals exactly.
        keys.append(token if token[0] in "'\"`" else token.upper())
        spans.append(match.span())
    return keys, spans


def _merge(spans: list[Span], first: int, last: int) -> Span | None:
    if first >= last:
        return None
    return spans[first][0], spans[last - 1][1]


def diff_sql(expected: str, actual: str) -> SqlDiff:
    """Token-level differences; whitespace and keyword case never count as a difference."""
    left_keys, left_spans = _tokens(expected)
    right_keys, right_spans = _tokens(actual)
    matcher = difflib.SequenceMatcher(a=left_keys, b=right_keys, autojunk=False)
    removed: list[Span] = []
    added: list[Span] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        left = _merge(left_spans, i1, i2)
        right = _merge(right_spans, j1, j2)
        if left is not None:
            removed.append(left)
        if right is not None:
            added.append(right)
    return SqlDiff(removed, added)


def missing_terms(
    keywords: list[str], conditions: list[str], actual: str, dialect: str = "mysql"
) -> set[str]:
    """Expected keywords and conditions the judge does not find in the actual SQL.

    Keywords by the judge's own rule (whole tokens or string-literal text, never in a
    comment or inside a longer name: ``server.contract.keywords``); conditions in the
    SQL with case, quotes and runs of whitespace ignored, as the judge reads them."""
    missing = set(missing_keywords(tokenise(actual, dialect), keywords, dialect))
    haystack = _unquoted(actual)
    return missing | {c for c in conditions if _unquoted(c) not in haystack}


def _unquoted(text: str) -> str:
    return " ".join(text.replace("'", "").replace('"', "").upper().split())
