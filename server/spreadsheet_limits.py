"""Caps on what an uploaded spreadsheet may hold, checked before anything is loaded.

The xlsx reader (calamine) allocates one cell for every position between A1 and
the farthest cell it meets, and keeps every shared string in memory: a 2 KB file
with one cell at ``XFD1048576`` asks for 512 GiB, a few MB of repeated shared
strings for gigabytes. So the zip is first walked with a streaming XML parser
that counts what the file really holds (rows, columns, cells, shared strings,
uncompressed bytes); only a workbook within every cap reaches the reader.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass
from xml.parsers import expat

from server.i18n import Text

__all__ = [
    "DEFAULT_LIMITS",
    "SpreadsheetLimits",
    "SpreadsheetTooLarge",
    "check_csv_shape",
    "check_xlsx",
]

_CHUNK = 256 * 1024
_CELL_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$")


@dataclass(frozen=True, slots=True)
class SpreadsheetLimits:
    """What one uploaded spreadsheet may hold (rows/columns/cells count per sheet)."""

    max_rows: int = 200_000
    max_columns: int = 512
    # Rows x columns of a sheet's used area: the reader allocates that many cells.
    max_cells: int = 2_000_000
    max_shared_strings: int = 1_000_000
    max_uncompressed_bytes: int = 256 * 1024 * 1024
    max_zip_entries: int = 2_000


DEFAULT_LIMITS = SpreadsheetLimits()


class SpreadsheetTooLarge(Exception):
    """The file holds more than a cap allows; ``text`` names the cap in both languages."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text


class _Malformed(Exception):
    """The XML inside the zip does not parse (or declares a DTD, which xlsx never does)."""


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _too_many(what_zh: str, what_en: str, found: int | str, limit: int) -> SpreadsheetTooLarge:
    return SpreadsheetTooLarge(
        Text(
            f"表格太大：{what_zh}超过上限 {limit}（文件中为 {found}）",
            f"Spreadsheet too large: {what_en} over the limit of {limit} (the file has {found})",
        )
    )


class _SheetShape:
    """Counts a worksheet's rows, columns and cells as expat reports its elements."""

    def __init__(self, limits: SpreadsheetLimits) -> None:
        self.limits = limits
        self.row = 0
        self.column = 0
        self.max_row = 0
        self.max_column = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(" ")[2]
        if local == "row":
            number = attrs.get("r", "")
            self.row = int(number) if number.isdigit() else self.row + 1
            self.column = 0
            self._check_row()
        elif local == "c":
            match = _CELL_REF.match(attrs.get("r", ""))
            if match:
                self.column = _column_number(match.group(1))
                self.row = max(self.row, int(match.group(2)))
                self._check_row()
            else:
                self.column += 1
            if self.column > self.max_column:
                self.max_column = self.column
                self._check_columns()

    def _check_row(self) -> None:
        if self.row > self.max_row:
            self.max_row = self.row
            if self.row > self.limits.max_rows:
                raise _too_many("行数", "rows", f"{self.row}+", self.limits.max_rows)
            self._check_cells()

    def _check_columns(self) -> None:
        if self.max_column > self.limits.max_columns:
            raise _too_many("列数", "columns", f"{self.max_column}+", self.limits.max_columns)
        self._check_cells()

    def _check_cells(self) -> None:
        area = self.max_row * self.max_column
        if area > self.limits.max_cells:
            raise _too_many(
                "单元格区域（行数×列数）",
                "cell area (rows x columns)",
                f"{self.max_row}x{self.max_column}",
                self.limits.max_cells,
            )


class _SharedStrings:
    def __init__(self, limits: SpreadsheetLimits) -> None:
        self.limit = limits.max_shared_strings
        self.count = 0

    def start(self, name: str, _attrs: dict[str, str]) -> None:
        if name.rpartition(" ")[2] == "si":
            self.count += 1
            if self.count > self.limit:
                raise _too_many("共享字符串数", "shared strings", f"{self.count}+", self.limit)


def _refuse_doctype(*_args: object) -> None:
    raise _Malformed("a DTD inside an xlsx part")


def _scan(archive: zipfile.ZipFile, info: zipfile.ZipInfo, handler: object, budget: int) -> int:
    """Feed one part through expat; the bytes it really decompressed to."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = handler.start  # type: ignore[attr-defined]
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_doctype
    size = 0
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > budget:
                break
            try:
                parser.Parse(chunk, False)
            except expat.ExpatError as exc:
                raise _Malformed(f"{info.filename}: {exc}") from exc
        else:
            try:
                parser.Parse(b"", True)
            except expat.ExpatError as exc:
                raise _Malformed(f"{info.filename}: {exc}") from exc
    return size


def check_xlsx(data: bytes, limits: SpreadsheetLimits = DEFAULT_LIMITS) -> None:
    """Raise ``SpreadsheetTooLarge`` when the workbook passes a cap, ``ValueError`` when
    its zip or XML is damaged; return when it is safe to load."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > limits.max_zip_entries:
                raise _too_many("压缩包条目数", "zip entries", len(infos), limits.max_zip_entries)
            budget = limits.max_uncompressed_bytes
            declared = sum(info.file_size for info in infos)
            if declared > budget:
                raise _too_many("解压后大小（字节）", "uncompressed bytes", declared, budget)
            for info in infos:
                name = info.filename.lower()
                handler: _SheetShape | _SharedStrings
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    handler = _SheetShape(limits)
                elif name == "xl/sharedstrings.xml":
                    handler = _SharedStrings(limits)
                else:
                    continue
                budget -= _scan(archive, info, handler, budget)
                if budget < 0:
                    raise _too_many(
                        "解压后大小（字节）",
                        "uncompressed bytes",
                        f"{limits.max_uncompressed_bytes}+",
                        limits.max_uncompressed_bytes,
                    )
    except (_Malformed, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise ValueError(str(exc)) from exc


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
