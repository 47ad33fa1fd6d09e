"""Column layout of case spreadsheets: header aliases for import, headers for export."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from server.contract.autotest import CATEGORY_MAX, QUESTION_MAX, TEXT_MAX
from server.errors import BadRequest
from server.i18n import Language
from server.spreadsheets import Table, cell_text

__all__ = [
    "EXPORT_FIELDS",
    "ParsedCases",
    "export_headers",
    "export_row",
    "has_expectation",
    "parse_active",
    "parse_cases",
]

# Field -> accepted headers (compared trimmed and case-insensitively), per CONTRACT-NOTES §4.
ALIASES: dict[str, tuple[str, ...]] = {
    "question": ("question", "问题", "query"),
    "expected_keywords": ("expected_keywords", "预期关键字", "keywords"),
    "expected_conditions": ("expected_conditions", "预期条件", "conditions"),
    "expected_sql": ("expected_sql", "预期SQL", "sql", "standard_sql"),
    "category": ("category", "分类"),
    "is_active": ("is_active", "启用"),
}
_BY_ALIAS = {alias.casefold(): name for name, aliases in ALIASES.items() for alias in aliases}
# The case id an export (of cases or of a report) writes first: known, so not reported as
# unmapped, and never read: an import adds new cases, it does not address stored ones.
ID_HEADERS = ("id", "case_id", "case id", "用例ID", "用例编号", "编号")
_IGNORED = {header.casefold() for header in ID_HEADERS}

EXPORT_FIELDS = ("id", *ALIASES)
# Export uses the first English alias or the Chinese one: both re-import.
_EXPORT_HEADERS: dict[Language, tuple[str, ...]] = {
    "en": ("id", *(ALIASES[f][0] for f in ALIASES)),
    "zh": ("用例ID", "问题", "预期关键字", "预期条件", "预期SQL", "分类", "启用"),
}

_MAX_LENGTH = {
    "question": QUESTION_MAX,
    "expected_keywords": TEXT_MAX,
    "expected_conditions": TEXT_MAX,
    "expected_sql": TEXT_MAX,
    "category": CATEGORY_MAX,
}

_FLAGS: dict[Language, tuple[str, str]] = {"en": ("true", "false"), "zh": ("是", "否")}
_TRUE = {"true", "1", "是", "yes", "y", "on", "t", "启用", "√", "✓"}
_FALSE = {"false", "0", "否", "no", "n", "off", "f", "停用", "禁用", "×", "✗"}


@dataclass(slots=True)
class ParsedCases:
    """Rows ready to insert, in file order, plus what was skipped and why."""

    records: list[dict[str, Any]] = field(default_factory=list)
    total_rows: int = 0
    skipped_blank: int = 0
    skipped_duplicate: int = 0
    # Field -> the header it was read from, as written in the file.
    mapping: dict[str, str] = field(default_factory=dict)
    # Headers that match no field (a misspelled ``期望关键词`` is read as nothing).
    unmapped: list[str] = field(default_factory=list)


def export_headers(language: Language) -> tuple[str, ...]:
    return _EXPORT_HEADERS[language]


def export_row(values: Sequence[Any], language: Language) -> list[Any]:
    """A case's export cells; ``values`` in ``EXPORT_FIELDS`` order."""
    *texts, active = values
    flag = _FLAGS[language][0 if active else 1]
    return [v if v is not None else "" for v in texts] + [flag]


def has_expectation(record: dict[str, Any]) -> bool:
    """Whether a case row expects anything (keywords, conditions or SQL); else it is never PASS."""
    return bool(
        record.get("expected_keywords")
        or record.get("expected_conditions")
        or record.get("expected_sql")
    )


def parse_active(value: Any) -> bool | None:
    """``True``/``False`` for the many spellings of yes and no; ``None`` if not one of them."""
    if isinstance(value, bool):
        return value
    text = cell_text(value).casefold()
    if text == "":
        return True
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return None


def _header_row(rows: list[list[Any]]) -> int | None:
    for index, row in enumerate(rows):
        if any(cell_text(c) for c in row):
            return index
    return None


def _columns(header: Iterable[Any]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        name = _BY_ALIAS.get(cell_text(cell).casefold())
        if name is not None and name not in columns:  # the first of two aliases wins
            columns[name] = index
    return columns


def _bad_value(row: int, header: str, value: str) -> BadRequest:
    shown = value if len(value) <= 50 else value[:50] + "…"
    return BadRequest(
        f"第 {row} 行“{header}”列的值无效: {shown}（应为 是/否、true/false、1/0）",
        f"Row {row}, column '{header}': invalid value {shown!r} (expected yes/no, true/false, 1/0)",
    )


def _too_long(row: int, header: str, limit: int) -> BadRequest:
    return BadRequest(
        f"第 {row} 行“{header}”列太长（最多 {limit} 个字符）",
        f"Row {row}, column '{header}': too long (at most {limit} characters)",
    )


def parse_cases(table: Table) -> ParsedCases:
    """Validate every row; raise ``BadRequest`` naming the row and column of the first problem."""
    rows = table.rows
    header_index = _header_row(rows)
    if header_index is None:
        raise BadRequest("文件为空：没有表头和数据", "The file is empty: no header and no data")
    header = rows[header_index]
    columns = _columns(header)
    if "question" not in columns:
        found = ", ".join(t for t in (cell_text(c) for c in header) if t)[:200]
        raise BadRequest(
            f"缺少问题列（表头应包含 问题 / question / query 之一）；文件表头: {found}",
            "Missing the question column (expected a header question / 问题 / query); "
            f"headers found: {found}",
        )
    headers = {name: cell_text(header[index]) for name, index in columns.items()}
    mapped = set(columns.values())
    unmapped = [
        text
        for index, text in enumerate(cell_text(c) for c in header)
        if text and index not in mapped and text.casefold() not in _IGNORED
    ]
    text_fields = [(n, i) for n, i in columns.items() if n != "is_active"]
    active_index = columns.get("is_active")
    question_index = columns["question"]
    parsed = ParsedCases(mapping=headers, unmapped=unmapped)
    seen: set[str] = set()
    for offset, row in enumerate(rows[header_index + 1 :], start=header_index + 1):
        width = len(row)
        if not any(c != "" and c is not None for c in row):
            continue  # an entirely empty row is not a row
        row_number = table.first_row + offset
        parsed.total_rows += 1
        question = cell_text(row[question_index]) if question_index < width else ""
        if not question:
            parsed.skipped_blank += 1
            continue
        record: dict[str, Any] = {
            "expected_keywords": "",
            "expected_conditions": None,
            "expected_sql": None,
            "category": None,
            "is_active": True,
        }
        for name, index in text_fields:
            text = cell_text(row[index]) if index < width else ""
            if len(text) > _MAX_LENGTH[name]:
                raise _too_long(row_number, headers[name], _MAX_LENGTH[name])
            if name == "expected_keywords":
                record[name] = text
            else:
                record[name] = text or None
        if active_index is not None and active_index < width:
            active = parse_active(row[active_index])
            if active is None:
                raise _bad_value(row_number, headers["is_active"], cell_text(row[active_index]))
            record["is_active"] = active
        if question in seen:
            parsed.skipped_duplicate += 1
            continue
        seen.add(question)
        parsed.records.append(record)
    return parsed
