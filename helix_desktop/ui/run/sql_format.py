"""``pretty_sql``: SQL laid out one clause per line (sqlglot), or as it came if it won't parse."""

from __future__ import annotations

import sqlglot
from sqlglot.errors import SqlglotError

__all__ = ["pretty_sql"]

# Longer texts are shown as they came: formatting is for reading, not worth a stall.
MAX_FORMATTED = 20_000


def pretty_sql(text: str) -> str:
    """``text`` pretty-printed; unchanged when it is not one statement sqlglot can read."""
    if not text.strip() or len(text) > MAX_FORMATTED:
        return text
    try:
        # MySQL: ChatBI bots speak it (backquoted names); written back in the same dialect.
        statements = sqlglot.transpile(text, read="mysql", write="mysql", pretty=True)
    except (SqlglotError, ValueError, RecursionError):
        return text
    return statements[0] if len(statements) == 1 else text
