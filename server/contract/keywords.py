"""What an expected keyword means: whole SQL tokens, a token sequence, or string-literal text.

Shared by the judge (``server/runs/runner/judge.py``) and the desktop's diff pane, so that
a keyword the pane shows as found is one the judge found too.

A keyword counts when its tokens occur in sequence among the query's tokens
(identifiers, keywords, numbers, operators) or when it occurs inside the value of a
string literal (suites rely on ``600901.SH`` matching ``WHERE code = '600901.SH'``).
It never counts inside a comment (the tokenizer drops them) nor as part of a longer
name (``PE`` does not match ``PE_TTM``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlglot.dialects import Dialect
from sqlglot.errors import SqlglotError
from sqlglot.tokens import TokenType

__all__ = ["TokenisedSql", "missing_keywords", "tokenise"]

_WORD = re.compile(r"\w+|[^\w\s]+", re.UNICODE)
# Comments and quoted strings, for the fallback when the SQL does not tokenise.
_COMMENT = re.compile(r"--[^\n]*|/\*.*?(\*/|$)|#[^\n]*", re.DOTALL)
_STRING = re.compile(r"'((?:[^']|'')*)'|\"((?:[^\"]|\"\")*)\"")


@dataclass(frozen=True, slots=True)
class TokenisedSql:
    """The query as a sequence of upper-cased words plus the contents of its string literals."""

    words: tuple[str, ...]
    literals: tuple[str, ...]


def _words_of(text: str) -> list[str]:
    # Multi-word tokens such as ``GROUP BY`` count word by word (``GROUP`` matches too).
    return text.upper().split()


def tokenise(sql: str, dialect: str) -> TokenisedSql:
    """The words and string literals of ``sql`` in ``dialect``; comments are left out."""
    try:
        tokens = Dialect.get_or_raise(dialect).tokenize(sql)
    except SqlglotError:
        return _fallback(sql)
    words: list[str] = []
    literals: list[str] = []
    for token in tokens:
        if token.token_type in (TokenType.STRING, TokenType.NATIONAL_STRING):
            literals.append(token.text.upper())
            words.append(token.text.upper())
        else:
            words.extend(_words_of(token.text))
    return TokenisedSql(tuple(words), tuple(literals))


def _fallback(sql: str) -> TokenisedSql:
    """Broken SQL (an unterminated quote, ...) still gets judged: split it into words."""
    text = _COMMENT.sub(" ", sql)
    literals = tuple((a or b).upper() for a, b in _STRING.findall(text))
    return TokenisedSql(tuple(w.upper() for w in _WORD.findall(text)), literals)


def _keyword_words(keyword: str, dialect: str) -> tuple[str, ...]:
    try:
        tokens = Dialect.get_or_raise(dialect).tokenize(keyword)
    except SqlglotError:
        return tuple(w.upper() for w in _WORD.findall(keyword))
    words: list[str] = []
    for token in tokens:
        words.extend(_words_of(token.text) or [token.text.upper()])
    return tuple(words)


def _contains_sequence(words: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    if not wanted:
        return False
    first, size = wanted[0], len(wanted)
    return any(word == first and words[i : i + size] == wanted for i, word in enumerate(words))


def missing_keywords(sql: TokenisedSql, keywords: list[str], dialect: str) -> list[str]:
    """The keywords (upper-cased, as split from the case) that the query does not contain."""
    missing: list[str] = []
    for keyword in keywords:
        text = " ".join(keyword.upper().split())
        if any(text in literal for literal in sql.literals):
            continue
        if _contains_sequence(sql.words, _keyword_words(keyword, dialect)):
            continue
        missing.append(keyword)
    return missing
