"""Caps on what an uploaded spreadsheet may hold, checked before anything is loaded.

The xlsx reader (calamine) allocates one cell for every position of a sheet's used
area and keeps every shared string in memory: a 2 KB file with one cell at
``XFD1048576`` asks for 512 GiB, a few MB of repeated shared strings for gigabytes.
It also detects the format from the content (an ``.ods`` or ``.xlsb`` sent as
``.xlsx`` is read as such) and looks parts up by relationship, case-insensitively,
with ``\\`` read as ``/``.

So an upload never reaches the reader as sent. ``rebuild_xlsx`` resolves the
workbook the way calamine does (package relationships, workbook, sheet
relationships), streams every part it needs through expat while counting what it
really holds (rows, columns, cells per sheet and across sheets, shared strings,
uncompressed bytes), and writes a fresh package holding only those parts under
canonical names, plus a workbook and relationships of its own. The reader sees
exactly the bytes that were counted, and nothing else.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import IO, Protocol
from xml.parsers import expat
from xml.sax.saxutils import quoteattr

from server.i18n import Text

__all__ = [
    "DEFAULT_LIMITS",
    "NotAnXlsx",
    "SpreadsheetLimits",
    "SpreadsheetTooLarge",
    "check_csv_shape",
    "check_xlsx",
    "rebuild_xlsx",
]

_CHUNK = 256 * 1024
# Longer cell references are not Excel's; refusing them keeps the parse linear.
_MAX_REFERENCE = 16
_NAMESPACE_SEP = " "


@dataclass(frozen=True, slots=True)
class SpreadsheetLimits:
    """What one uploaded spreadsheet may hold."""

    max_rows: int = 200_000
    max_columns: int = 512
    # Rows x columns of one sheet's used area, counted from A1: the reader allocates
    # up to that many cells.
    max_cells: int = 2_000_000
    # The same area summed over every sheet (the metadata upload reads them all).
    max_total_cells: int = 3_000_000
    max_sheets: int = 100
    max_shared_strings: int = 1_000_000
    max_uncompressed_bytes: int = 256 * 1024 * 1024
    max_zip_entries: int = 2_000


DEFAULT_LIMITS = SpreadsheetLimits()


class SpreadsheetTooLarge(Exception):
    """The file holds more than a cap allows; ``text`` names the cap in both languages."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text


class NotAnXlsx(ValueError):
    """The zip is not a plain xlsx package (an ``.ods``, an ``.xlsb``, no workbook...)."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text


class _Malformed(Exception):
    """The package or its XML does not read as an xlsx (a DTD, an unexpected element...)."""


def _too_many(what_zh: str, what_en: str, found: int | str, limit: int) -> SpreadsheetTooLarge:
    return SpreadsheetTooLarge(
        Text(
            f"表格太大：{what_zh}超过上限 {limit}（文件中为 {found}）",
            f"Spreadsheet too large: {what_en} over the limit of {limit} (the file has {found})",
        )
    )


def _reference(text: str) -> tuple[int, int]:
    """``(row, column)`` 1-based as calamine reads a reference (``B2`` -> (2, 2), ``5``
    -> (5, 0)): letters then digits, any length; what calamine refuses is malformed."""
    if len(text) > _MAX_REFERENCE:
        raise _Malformed(f"cell reference {text[:_MAX_REFERENCE]!r}...")
    match = re.fullmatch(r"([A-Za-z]*)([0-9]+)", text)
    if not match or int(match.group(2)) == 0:
        raise _Malformed(f"cell reference {text!r}")
    column = 0
    for letter in match.group(1).upper():
        column = column * 26 + ord(letter) - ord("A") + 1
    return int(match.group(2)), column


def _local(name: str) -> str:
    return name.rpartition(_NAMESPACE_SEP)[2]


# Inside <sheetData>, the elements each element may hold. Anything else is refused:
# calamine reads cells by a flat walk over the stream, and only within this shape
# does that walk agree with the tree counted here.
_SHEET_CHILDREN: dict[str, frozenset[str] | None] = {
    "sheetData": frozenset({"row"}),
    "row": frozenset({"c"}),
    "c": frozenset({"f", "v", "is"}),
    "is": frozenset({"t", "r", "rPh", "phoneticPr"}),
    "r": frozenset({"rPr", "t"}),
    "rPh": frozenset({"t"}),
    "rPr": None,  # run properties: empty elements of any name
    "f": frozenset(),
    "v": frozenset(),
    "t": frozenset(),
    "phoneticPr": frozenset(),
}


class _SheetShape:
    """The farthest row and column holding a value, walked the way calamine walks a
    worksheet (a row's ``r`` sets the row, ``</row>`` moves to the next; a cell
    without ``r`` takes the next column), checked against the caps as it grows."""

    def __init__(self, limits: SpreadsheetLimits) -> None:
        self.limits = limits
        self.state = "before"  # before -> data -> after
        self.stack: list[str] = []
        self.row = 1
        self.column = 1
        self.cell: tuple[int, int] | None = None
        self.has_value = False
        self.max_row = 0
        self.max_column = 0

    @property
    def area(self) -> int:
        return self.max_row * self.max_column

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        if self.state == "before":
            if local == "sheetData":
                self.state = "data"
                self.stack = ["sheetData"]
            return
        if self.state == "after":
            return
        parent = self.stack[-1]
        allowed = _SHEET_CHILDREN.get(parent)
        if parent != "rPr" and (allowed is None or local not in allowed):
            raise _Malformed(f"<{local}> inside <{parent}> in a sheet")
        if parent == "rPr" and local in _SHEET_CHILDREN:
            raise _Malformed(f"<{local}> inside <rPr> in a sheet")
        self.stack.append(local if local in _SHEET_CHILDREN else "-")
        if local == "row":
            if "r" in attrs:
                self.row = _reference(attrs["r"])[0]
        elif local == "c":
            if "r" in attrs:
                row, column = _reference(attrs["r"])
                if column == 0:
                    raise _Malformed(f"cell reference {attrs['r']!r} without a column")
                self.column = column
                self.cell = (row, column)
            else:
                self.cell = (self.row, self.column)
            self.has_value = False
        elif parent == "c" and local in ("v", "is"):
            self.has_value = True

    def end(self, name: str) -> None:
        if self.state != "data":
            return
        local = self.stack.pop()
        if local == "sheetData":
            self.state = "after"
        elif local == "row":
            self.row += 1
            self.column = 1
        elif local == "c":
            self.column += 1
            if self.has_value and self.cell is not None:
                self._grow(*self.cell)
            self.cell = None

    def _grow(self, row: int, column: int) -> None:
        limits = self.limits
        if row > self.max_row:
            self.max_row = row
            if row > limits.max_rows:
                raise _too_many("行数", "rows", f"{row}+", limits.max_rows)
        if column > self.max_column:
            self.max_column = column
            if column > limits.max_columns:
                raise _too_many("列数", "columns", f"{column}+", limits.max_columns)
        if self.area > limits.max_cells:
            raise _too_many(
                "单元格区域（行数×列数）",
                "cell area (rows x columns)",
                f"{self.max_row}x{self.max_column}",
                limits.max_cells,
            )


class _SharedStrings:
    def __init__(self, limits: SpreadsheetLimits) -> None:
        self.limit = limits.max_shared_strings
        self.count = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        if local == "si":
            self.count += 1
            if self.count > self.limit:
                raise _too_many("共享字符串数", "shared strings", f"{self.count}+", self.limit)
        elif local == "sst":
            # calamine reserves room for uniqueCount strings before reading any.
            declared = attrs.get("uniqueCount", "").strip().lstrip("+")
            if declared and (not declared.isdigit() or len(declared) > 12):
                raise _Malformed(f"uniqueCount {declared[:20]!r}")
            if declared and int(declared) > self.limit:
                raise _too_many("共享字符串数", "shared strings", declared, self.limit)

    def end(self, name: str) -> None:
        pass


@dataclass
class _Elements:
    """Collects the attributes of the elements named in ``wanted`` (by local name)."""

    wanted: frozenset[str]
    found: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        if local in self.wanted:
            self.found.append((local, attrs))
            if len(self.found) > 100_000:
                raise _Malformed("too many elements")

    def end(self, name: str) -> None:
        pass


class _Handler(Protocol):
    def start(self, name: str, attrs: dict[str, str]) -> None: ...

    def end(self, name: str) -> None: ...


def _refuse_doctype(*_args: object) -> None:
    raise _Malformed("a DTD inside an xlsx part")


class _Budget:
    def __init__(self, limits: SpreadsheetLimits) -> None:
        self.limit = limits.max_uncompressed_bytes
        self.left = self.limit

    def spend(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            raise _too_many(
                "解压后大小（字节）", "uncompressed bytes", f"{self.limit}+", self.limit
            )


def _scan(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    handler: _Handler | None,
    budget: _Budget,
    out: IO[bytes] | None = None,
) -> None:
    """Stream one part through expat (when ``handler`` is given) and into ``out``."""
    parser = None
    if handler is not None:
        parser = expat.ParserCreate(namespace_separator=_NAMESPACE_SEP)
        parser.StartElementHandler = handler.start
        parser.EndElementHandler = handler.end
        parser.StartDoctypeDeclHandler = _refuse_doctype
        parser.EntityDeclHandler = _refuse_doctype
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            budget.spend(len(chunk))
            if parser is not None:
                try:
                    parser.Parse(chunk, False)
                except expat.ExpatError as exc:
                    raise _Malformed(f"{info.filename}: {exc}") from exc
            if out is not None:
                out.write(chunk)
    if parser is not None:
        try:
            parser.Parse(b"", True)
        except expat.ExpatError as exc:
            raise _Malformed(f"{info.filename}: {exc}") from exc


def _not_xlsx(zh: str, en: str) -> NotAnXlsx:
    return NotAnXlsx(
        Text(
            f"不是 .xlsx 工作簿：{zh}；请另存为 .xlsx",
            f"Not an .xlsx workbook: {en}; save it as .xlsx",
        )
    )


def _entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Entries by the name calamine looks them up by (lower case, ``\\`` as ``/``)."""
    entries: dict[str, zipfile.ZipInfo] = {}
    for info in archive.infolist():
        if info.is_dir():
            continue
        key = info.filename.replace("\\", "/").lower()
        if key in entries:
            raise _Malformed(f"two entries named {info.filename!r}")
        entries[key] = info
    if "mimetype" in entries or "content.xml" in entries:
        raise _not_xlsx(
            "这是 OpenDocument 表格（.ods）", "it is an OpenDocument spreadsheet (.ods)"
        )
    if any(key.endswith((".bin.rels", "workbook.bin")) for key in entries):
        raise _not_xlsx("这是二进制工作簿（.xlsb）", "it is a binary workbook (.xlsb)")
    return entries


def _part(entries: dict[str, zipfile.ZipInfo], path: str) -> zipfile.ZipInfo | None:
    return entries.get(path.replace("\\", "/").lower())


@dataclass(frozen=True, slots=True)
class _SheetRef:
    name: str
    entry: zipfile.ZipInfo


_OFFICE_DOCUMENT = "/relationships/officeDocument"
_SHEET_TYPES = ("worksheet", "chartsheet", "dialogsheet")
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _workbook(
    archive: zipfile.ZipFile,
    entries: dict[str, zipfile.ZipInfo],
    budget: _Budget,
    limits: SpreadsheetLimits,
) -> tuple[str, list[_SheetRef], bool]:
    """The workbook folder, its sheets in order, and whether it counts dates from 1904."""
    root = _part(entries, "_rels/.rels")
    if root is None:
        raise _not_xlsx("缺少 _rels/.rels", "no _rels/.rels")
    package = _Elements(frozenset({"Relationship"}))
    _scan(archive, root, package, budget)
    targets = [
        attrs.get("Target", "")
        for _, attrs in package.found
        if attrs.get("Type", "").endswith(_OFFICE_DOCUMENT)
    ]
    if not targets:
        raise _not_xlsx("没有指向工作簿的关系", "no relationship to a workbook")
    target = targets[-1]
    folder = target[: target.rfind("/") + 1].removeprefix("/") if "/" in target else ""
    book = _part(entries, f"{folder}workbook.xml")
    rels = _part(entries, f"{folder}_rels/workbook.xml.rels")
    if book is None or rels is None:
        raise _not_xlsx(f"缺少 {folder}workbook.xml", f"no {folder}workbook.xml")
    relationships = _Elements(frozenset({"Relationship"}))
    _scan(archive, rels, relationships, budget)
    by_id = {
        attrs["Id"]: (attrs.get("Target", ""), attrs.get("Type", ""))
        for _, attrs in relationships.found
        if "Id" in attrs
    }
    workbook = _Elements(frozenset({"sheet", "workbookPr"}))
    _scan(archive, book, workbook, budget)
    sheets: list[_SheetRef] = []
    date1904 = False
    names: set[str] = set()
    for local, attrs in workbook.found:
        if local == "workbookPr":
            date1904 = attrs.get("date1904", "") in ("1", "true")
            continue
        if len(sheets) >= limits.max_sheets:
            raise _too_many("工作表数", "sheets", f"{len(sheets) + 1}+", limits.max_sheets)
        name = attrs.get("name", "")
        if name in names:
            raise _Malformed(f"two sheets named {name!r}")
        names.add(name)
        ids = [value for key, value in attrs.items() if _local(key) == "id"]
        if not ids or ids[-1] not in by_id:
            raise _Malformed(f"sheet {name!r} has no relationship")
        sheet_target, kind = by_id[ids[-1]]
        if kind.rsplit("/", 1)[-1] not in _SHEET_TYPES:
            raise _Malformed(f"sheet {name!r} of unknown type {kind!r}")
        path = sheet_target[1:] if sheet_target.startswith("/") else folder + sheet_target
        entry = _part(entries, path)
        if entry is None:
            raise _Malformed(f"sheet {name!r}: no part {path!r}")
        sheets.append(_SheetRef(name, entry))
    return folder, sheets, date1904


def _write_package(
    out: zipfile.ZipFile, sheets: list[_SheetRef], parts: dict[zipfile.ZipInfo, str], date1904: bool
) -> None:
    """The workbook, its relationships and the package relationships, written afresh."""
    properties = '<workbookPr date1904="1"/>' if date1904 else ""
    elements = "".join(
        f'<sheet name={quoteattr(sheet.name)} sheetId="{n}" r:id="rId{n}"/>'
        for n, sheet in enumerate(sheets, start=1)
    )
    out.writestr(
        "xl/workbook.xml",
        f'{_XML}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
        f"{properties}<sheets>{elements}</sheets></workbook>",
    )
    relationships = "".join(
        f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="{parts[sheet.entry]}"/>'
        for n, sheet in enumerate(sheets, start=1)
    )
    out.writestr(
        "xl/_rels/workbook.xml.rels",
        f'{_XML}<Relationships xmlns="{_PKG_REL}">{relationships}</Relationships>',
    )
    out.writestr(
        "_rels/.rels",
        f'{_XML}<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
        f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    )


def _copy(
    archive: zipfile.ZipFile,
    entry: zipfile.ZipInfo,
    handler: _Handler | None,
    budget: _Budget,
    target: zipfile.ZipFile | None,
    name: str,
) -> None:
    if target is None:
        _scan(archive, entry, handler, budget)
        return
    with target.open(name, "w") as out:
        _scan(archive, entry, handler, budget, out)


def _copy_parts(
    archive: zipfile.ZipFile,
    entries: dict[str, zipfile.ZipInfo],
    folder: str,
    sheets: list[_SheetRef],
    parts: dict[zipfile.ZipInfo, str],
    budget: _Budget,
    limits: SpreadsheetLimits,
    target: zipfile.ZipFile | None,
) -> None:
    strings = _part(entries, f"{folder}sharedStrings.xml")
    if strings is not None:
        _copy(archive, strings, _SharedStrings(limits), budget, target, "xl/sharedStrings.xml")
    styles = _part(entries, f"{folder}styles.xml")
    if styles is not None:
        _copy(archive, styles, None, budget, target, "xl/styles.xml")
    areas: dict[zipfile.ZipInfo, int] = {}
    for entry, name in parts.items():
        shape = _SheetShape(limits)
        _copy(archive, entry, shape, budget, target, f"xl/{name}")
        areas[entry] = shape.area
    # Per sheet, not per part: two sheets may name one part, and each is loaded.
    total = sum(areas[sheet.entry] for sheet in sheets)
    if total > limits.max_total_cells:
        raise _too_many(
            "所有工作表的单元格区域合计",
            "cell area of all sheets together",
            total,
            limits.max_total_cells,
        )


def rebuild_xlsx(
    data: bytes, out: IO[bytes] | None, limits: SpreadsheetLimits = DEFAULT_LIMITS
) -> None:
    """Check an uploaded workbook against every cap and write, to ``out``, the package
    the reader may open: only the parts counted here, under canonical names.

    ``SpreadsheetTooLarge`` when a cap is passed, ``NotAnXlsx`` when the zip is another
    format, ``ValueError`` when the zip or its XML is damaged.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > limits.max_zip_entries:
                raise _too_many("压缩包条目数", "zip entries", len(infos), limits.max_zip_entries)
            declared = sum(info.file_size for info in infos)
            if declared > limits.max_uncompressed_bytes:
                raise _too_many(
                    "解压后大小（字节）",
                    "uncompressed bytes",
                    declared,
                    limits.max_uncompressed_bytes,
                )
            budget = _Budget(limits)
            entries = _entries(archive)
            folder, sheets, date1904 = _workbook(archive, entries, budget, limits)
            parts = {
                entry: f"worksheets/sheet{n}.xml"
                for n, entry in enumerate(dict.fromkeys(s.entry for s in sheets), start=1)
            }
            if out is None:
                _copy_parts(archive, entries, folder, sheets, parts, budget, limits, None)
                return
            with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
                _copy_parts(archive, entries, folder, sheets, parts, budget, limits, target)
                _write_package(target, sheets, parts, date1904)
    except _Malformed as exc:
        raise ValueError(f"not a readable xlsx: {exc}") from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise ValueError(str(exc)) from exc


def check_xlsx(data: bytes, limits: SpreadsheetLimits = DEFAULT_LIMITS) -> None:
    """``rebuild_xlsx`` without writing anything: raise when the workbook passes a cap."""
    rebuild_xlsx(data, None, limits)


def check_csv_shape(
    rows: int, columns: int, cells: int, limits: SpreadsheetLimits = DEFAULT_LIMITS
) -> None:
    """Raise ``SpreadsheetTooLarge`` once a CSV being read passes the row, column or cell caps."""
    if rows > limits.max_rows:
        raise _too_many("行数", "rows", f"{rows}+", limits.max_rows)
    if columns > limits.max_columns:
        raise _too_many("列数", "columns", f"{columns}+", limits.max_columns)
    if cells > limits.max_cells:
        raise _too_many("单元格数", "cells", f"{cells}+", limits.max_cells)
