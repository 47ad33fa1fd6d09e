"""Reading uploaded metadata: an ``.xlsx`` with an indicator sheet and an entity sheet, or
one ``.csv``/``.xlsx`` file for each. Headers may be English or Chinese.

All or nothing, like case import: a file that can't be read, a sheet without
a name or code column, or a row with a name but no code (or the reverse) is a
400 that says which file, sheet, column and row. Blank rows and repeated
names are left out and counted as skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from server.errors import BadRequest, PayloadTooLarge
from server.generator.sources import MAX_METADATA_ROWS, Entity, Indicator
from server.spreadsheets import (
    SpreadsheetTooLarge,
    UnreadableFile,
    UnsupportedFileType,
    cell_text,
    read_sheets,
)

__all__ = ["MetadataFile", "ParsedMetadata", "parse_metadata"]

Kind = Literal["indicators", "entities"]

_NAME = {"name", "名称", "名字"}
_CODE = {"code", "代码", "编码"}
_INDICATOR_NAME = {
    "indicator",
    "indicator_name",
    "metric",
    "metric_name",
    "指标",
    "指标名称",
    "指标名",
}
_INDICATOR_CODE = {"indicator_code", "metric_code", "指标代码", "指标编码"}
_ENTITY_NAME = {
    "entity", "entity_name", "company", "company_name", "公司", "公司名称", "企业", "企业名称",
    "实体", "实体名称", "证券简称", "股票简称", "简称",
}  # fmt: skip
_ENTITY_CODE = {
    "entity_code", "company_code", "stock_code", "公司代码", "企业代码", "实体代码", "股票代码",
    "证券代码",
}  # fmt: skip
_TABLE = {"table", "table_name", "表", "表名", "数据表"}
_CATEGORY = {"category", "分类", "类别"}

_SHEET_KIND: dict[str, Kind] = {
    **dict.fromkeys(
        ("indicators", "indicator", "metrics", "metric", "指标", "指标表"), "indicators"
    ),
    **dict.fromkeys(
        ("entities", "entity", "companies", "company", "公司", "公司表", "实体", "实体表", "企业"),
        "entities",
    ),
}

_LABEL = {"indicators": ("指标", "indicators"), "entities": ("实体", "entities")}


@dataclass(frozen=True, slots=True)
class MetadataFile:
    """One uploaded file: its name and bytes; ``kind`` when the form field says what it holds."""

    filename: str
    content: bytes
    kind: Kind | None = None


@dataclass(frozen=True, slots=True)
class ParsedMetadata:
    indicators: tuple[Indicator, ...]
    entities: tuple[Entity, ...]
    skipped: int


@dataclass(frozen=True, slots=True)
class _Sheet:
    where: str  # "file.xlsx / Sheet1", for messages
    name: str
    rows: list[list[object]]
    first_row: int = 1  # the sheet row of rows[0], for messages


def _header_key(value: object) -> str:
    return cell_text(value).lower()


def _sheets_of(upload: MetadataFile) -> list[_Sheet]:
    try:
        sheets = read_sheets(upload.filename, upload.content)
    except UnsupportedFileType as exc:
        raise BadRequest(
            f"{upload.filename}: 只支持 .xlsx 或 .csv 文件",
            f"{upload.filename}: only .xlsx or .csv files are accepted",
        ) from exc
    except UnreadableFile as exc:
        raise BadRequest(
            f"{upload.filename}: 无法读取文件 ({exc.text.zh})",
            f"{upload.filename}: cannot read the file ({exc.text.en})",
        ) from exc
    except SpreadsheetTooLarge as exc:
        raise PayloadTooLarge(
            f"{upload.filename}: {exc.text.zh}", f"{upload.filename}: {exc.text.en}"
        ) from exc
    is_csv = upload.filename.lower().endswith(".csv")
    return [
        _Sheet(
            where=upload.filename if is_csv else f"{upload.filename} / {sheet.name}",
            name=sheet.name,
            rows=sheet.rows,
            first_row=sheet.first_row,
        )
        for sheet in sheets
    ]


def _header_row(sheet: _Sheet) -> tuple[int, list[str]] | None:
    for index, row in enumerate(sheet.rows):
        keys = [_header_key(cell) for cell in row]
        if any(keys):
            return index, keys
    return None


def _find(keys: list[str], *names: set[str]) -> int | None:
    for group in names:
        for position, key in enumerate(keys):
            if key in group:
                return position
    return None


def _guess_kind(sheet: _Sheet) -> Kind | None:
    by_name = _SHEET_KIND.get(sheet.name.strip().lower())
    if by_name:
        return by_name
    header = _header_row(sheet)
    if header is None:
        return None
    keys = header[1]
    if _find(keys, _INDICATOR_NAME, _INDICATOR_CODE, _TABLE, _CATEGORY) is not None:
        return "indicators"
    if _find(keys, _ENTITY_NAME, _ENTITY_CODE) is not None:
        return "entities"
    return None


def _column(sheet: _Sheet, keys: list[str], kind: Kind, what: str, *groups: set[str]) -> int:
    position = _find(keys, *groups)
    if position is None:
        accepted = " / ".join(sorted(set().union(*groups)))
        zh_what = {"name": "名称", "code": "代码"}[what]
        raise BadRequest(
            f"{sheet.where}: {_LABEL[kind][0]}表缺少{zh_what}列（可用列名: {accepted}）",
            f"{sheet.where}: the {kind} sheet has no {what} column (accepted: {accepted})",
        )
    return position


def _cell(row: Sequence[object], position: int | None) -> str:
    if position is None or position >= len(row):
        return ""
    return cell_text(row[position])


def _records(sheet: _Sheet, kind: Kind) -> tuple[list[tuple[str, str, str, str]], int]:
    """(name, code, table, category) of each row, and how many rows were left out."""
    header = _header_row(sheet)
    if header is None:
        raise BadRequest(f"{sheet.where}: 没有表头和数据", f"{sheet.where}: no header and no rows")
    start, keys = header
    if kind == "indicators":
        name_col = _column(sheet, keys, kind, "name", _INDICATOR_NAME, _NAME)
        code_col = _column(sheet, keys, kind, "code", _INDICATOR_CODE, _CODE)
        table_col, category_col = _find(keys, _TABLE), _find(keys, _CATEGORY)
    else:
        name_col = _column(sheet, keys, kind, "name", _ENTITY_NAME, _NAME)
        code_col = _column(sheet, keys, kind, "code", _ENTITY_CODE, _CODE)
        table_col = category_col = None
    records: list[tuple[str, str, str, str]] = []
    seen: set[str] = set()
    skipped = 0
    for offset, row in enumerate(sheet.rows[start + 1 :], start=sheet.first_row + start + 1):
        name, code = _cell(row, name_col), _cell(row, code_col)
        if not name and not code:
            if any(cell_text(cell) for cell in row):
                skipped += 1
            continue
        if not name or not code:
            missing_zh, missing_en = ("名称", "name") if not name else ("代码", "code")
            raise BadRequest(
                f"{sheet.where} 第 {offset} 行: {missing_zh}为空",
                f"{sheet.where} row {offset}: the {missing_en} is blank",
            )
        if name in seen:
            skipped += 1
            continue
        if len(records) >= MAX_METADATA_ROWS:
            raise BadRequest(
                f"{sheet.where}: 超过 {MAX_METADATA_ROWS} 行",
                f"{sheet.where}: more than {MAX_METADATA_ROWS} rows",
            )
        seen.add(name)
        records.append((name, code, _cell(row, table_col), _cell(row, category_col)))
    if not records:
        raise BadRequest(f"{sheet.where}: 没有数据行", f"{sheet.where}: no data rows")
    return records, skipped


def _pick(sheets: list[tuple[_Sheet, Kind | None]], kind: Kind) -> _Sheet:
    matching = [sheet for sheet, guessed in sheets if guessed == kind]
    if not matching:
        zh, en = _LABEL[kind]
        names = ", ".join(sheet.where for sheet, _ in sheets) or "-"
        raise BadRequest(
            f"找不到{zh}表（工作表名为 {en}/{zh}，或表头含相应列）；收到: {names}",
            f"No {en} sheet found (name a sheet '{en}' or '{zh}', or give it the"
            f" {en} columns); got: {names}",
        )
    if len(matching) > 1:
        names = ", ".join(sheet.where for sheet in matching)
        raise BadRequest(
            f"有多个{_LABEL[kind][0]}表: {names}", f"More than one {kind} sheet: {names}"
        )
    return matching[0]


def _complete_kinds(sheets: list[tuple[_Sheet, Kind | None]]) -> None:
    """With one kind recognised and one unrecognised sheet with content, that sheet is the other."""
    known = {kind for _, kind in sheets if kind is not None}
    unknown = [i for i, (sheet, kind) in enumerate(sheets) if kind is None and _header_row(sheet)]
    if len(known) == 1 and len(unknown) == 1:
        other: Kind = "entities" if known == {"indicators"} else "indicators"
        sheets[unknown[0]] = (sheets[unknown[0]][0], other)


def parse_metadata(files: Sequence[MetadataFile]) -> ParsedMetadata:
    """Indicators and entities from the uploaded files, or 400 saying what is wrong."""
    sheets: list[tuple[_Sheet, Kind | None]] = []
    for upload in files:
        for sheet in _sheets_of(upload):
            if upload.kind is not None:
                sheets.append((sheet, upload.kind))
                break  # a file given for one kind: its first sheet
            sheets.append((sheet, _guess_kind(sheet)))
    _complete_kinds(sheets)
    indicator_rows, skipped_indicators = _records(_pick(sheets, "indicators"), "indicators")
    entity_rows, skipped_entities = _records(_pick(sheets, "entities"), "entities")
    return ParsedMetadata(
        indicators=tuple(
            Indicator(name=n, code=c, table=t or None, category=g or None)
            for n, c, t, g in indicator_rows
        ),
        entities=tuple(Entity(name=n, code=c) for n, c, _, _ in entity_rows),
        skipped=skipped_indicators + skipped_entities,
    )
