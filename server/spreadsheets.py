"""Spreadsheet files: read an uploaded ``.xlsx``/``.csv`` into rows; write ``.xlsx``.

The one reader behind case import and the generator's metadata upload.

Reading uses python-calamine (Rust, many times faster than openpyxl's reader);
writing uses openpyxl in write-only mode. Both are synchronous: callers run
them in a worker thread.
"""

from __future__ import annotations

import csv
import io
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from python_calamine import CalamineError, CalamineWorkbook

from server.contract.common import strip_text
from server.i18n import Text
from server.spreadsheet_limits import (
    DEFAULT_LIMITS,
    NotAnXlsx,
    SpreadsheetLimits,
    SpreadsheetTooLarge,
    check_csv_shape,
    rebuild_xlsx,
)

__all__ = [
    "XLSX_MEDIA_TYPE",
    "PercentCell",
    "Sheet",
    "SheetToWrite",
    "SpreadsheetLimits",
    "SpreadsheetTooLarge",
    "Table",
    "UnreadableFile",
    "UnsupportedFileType",
    "cell_text",
    "read_sheets",
    "read_table",
    "write_workbook",
    "write_xlsx",
]

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

_ZIP_MAGIC = b"PK\x03\x04"
# Excel on Chinese Windows writes CSV in GBK; gb18030 is its superset.
_CSV_ENCODINGS = ("utf-8-sig", "gb18030")


class UnsupportedFileType(Exception):
    """The file name ends in neither ``.xlsx`` nor ``.csv``."""


class UnreadableFile(Exception):
    """The content does not parse as what the extension says; ``text`` is the reason."""

    def __init__(self, reason: str | Text) -> None:
        self.text = reason if isinstance(reason, Text) else Text(reason, reason)
        super().__init__(self.text.en)


@dataclass(frozen=True, slots=True)
class Table:
    """Rows of one sheet, as read; ``first_row`` is the sheet row number of ``rows[0]``."""

    rows: list[list[Any]]
    first_row: int = 1


def cell_text(value: Any) -> str:
    """A cell as trimmed text: integral numbers without ``.0``, dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, str):
        return strip_text(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value).strip()


@dataclass(frozen=True, slots=True)
class Sheet:
    """One named sheet of a workbook (a CSV file is one sheet named after the file)."""

    name: str
    rows: list[list[Any]]
    first_row: int = 1


def _suffix(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


def read_table(filename: str, data: bytes, limits: SpreadsheetLimits = DEFAULT_LIMITS) -> Table:
    """The rows of the file's first sheet (``.xlsx``) or of the CSV text.

    ``SpreadsheetTooLarge`` when the file passes one of ``limits``.
    """
    suffix = _suffix(filename)
    if suffix == "xlsx":
        sheet = _read_xlsx(data, limits, first_only=True)[0]
        return Table(rows=sheet.rows, first_row=sheet.first_row)
    if suffix == "csv":
        return _read_csv(data, limits)
    raise UnsupportedFileType(filename)


def read_sheets(
    filename: str, data: bytes, limits: SpreadsheetLimits = DEFAULT_LIMITS
) -> list[Sheet]:
    """Every sheet of an ``.xlsx``, or the CSV text as one sheet named after the file."""
    suffix = _suffix(filename)
    if suffix == "xlsx":
        return _read_xlsx(data, limits, first_only=False)
    if suffix == "csv":
        stem = filename.rsplit(".", 1)[0]
        return [Sheet(name=stem, rows=_read_csv(data, limits).rows)]
    raise UnsupportedFileType(filename)


def _read_xlsx(data: bytes, limits: SpreadsheetLimits, *, first_only: bool) -> list[Sheet]:
    if not data.startswith(_ZIP_MAGIC):
        raise UnreadableFile("not an xlsx (zip) file")
    with tempfile.TemporaryDirectory(prefix="helix-xlsx-") as folder:
        path = Path(folder) / "upload.xlsx"
        try:
            # calamine never sees the upload itself: only the package rebuilt from the
            # parts just counted, opened by path so that it is read as xlsx whatever
            # its content looks like.
            with path.open("wb") as out:
                rebuild_xlsx(data, out, limits)
            workbook = CalamineWorkbook.from_path(str(path))
            try:
                names = list(workbook.sheet_names)
                if not names:
                    raise UnreadableFile("the workbook has no sheet")
                return [_sheet(workbook, name) for name in (names[:1] if first_only else names)]
            finally:
                workbook.close()
        except NotAnXlsx as exc:
            raise UnreadableFile(exc.text) from exc
        except CalamineError as exc:
            raise UnreadableFile(str(exc)) from exc
        except (ValueError, OSError) as exc:  # zip or XML damage surfaces under several types
            raise UnreadableFile(str(exc)) from exc


def _sheet(workbook: CalamineWorkbook, name: str) -> Sheet:
    """The sheet's used area only (never padded from A1), and the row it starts at."""
    sheet = workbook.get_sheet_by_name(name)
    start = sheet.start
    rows = sheet.to_python(skip_empty_area=True)
    return Sheet(name=name, rows=rows, first_row=start[0] + 1 if start else 1)


def _decode(data: bytes) -> str:
    for encoding in _CSV_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile("unknown text encoding (expected UTF-8 or GBK)")


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", "\t", ";")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(data: bytes, limits: SpreadsheetLimits) -> Table:
    if data.startswith(_ZIP_MAGIC) or b"\x00" in data[:4096]:
        raise UnreadableFile("binary content, not CSV text")
    text = _decode(data)
    first_line = text.split("\n", 1)[0]
    rows: list[list[Any]] = []
    cells = 0
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line)):
            rows.append(row)
            cells += len(row)
            check_csv_shape(len(rows), len(row), cells, limits)
    except csv.Error as exc:
        raise UnreadableFile(str(exc)) from exc
    return Table(rows=rows)


@dataclass(frozen=True, slots=True)
class PercentCell:
    """A fraction written as a number and shown as a percentage (0.75 -> 75.00%)."""

    value: float


# Excel's escape for characters XML cannot hold (``_x0007_``); readers (calamine, Excel)
# turn it back into the character, and read ``_x005F_`` as a literal underscore.
_ESCAPE_LOOKALIKE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")


def _excel_text(value: str) -> str:
    """Text as Excel stores it: control characters escaped, and an underscore that
    would start such an escape escaped itself, so that a reader gives back ``value``."""
    text = _ESCAPE_LOOKALIKE.sub("_x005F_", value)
    return ILLEGAL_CHARACTERS_RE.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def _cell(sheet: Any, value: Any) -> Any:
    """A value as written: text always as text. openpyxl would write a string that starts
    with ``=`` as a live formula (``=HYPERLINK(...)``, ``=cmd|...``); never from user text."""
    if isinstance(value, PercentCell):
        percent = WriteOnlyCell(sheet, value=value.value)
        percent.number_format = "0.00%"
        return percent
    if not isinstance(value, str):
        return value
    # openpyxl refuses control characters in cell values: escaped as Excel does.
    text = _excel_text(value)
    if not text.startswith("="):
        return text
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    return cell


@dataclass(slots=True)
class SheetToWrite:
    """One sheet of a workbook being written: a bold, frozen header row, then ``rows``.

    ``table`` sheets get an autofilter over the header and every data row; a key/value
    sheet (a summary) leaves it off.
    """

    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Any]]
    widths: Sequence[int] | None = None
    table: bool = True


def _write_sheet(workbook: Any, spec: SheetToWrite) -> None:
    sheet = workbook.create_sheet(title=spec.title[:31])
    if spec.widths:
        for index, width in enumerate(spec.widths):
            sheet.column_dimensions[get_column_letter(index + 1)].width = width
    # A write-only sheet writes its views (the frozen pane) with the first row: set it first.
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for header in spec.headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    written = 1
    for row in spec.rows:
        sheet.append([_cell(sheet, v) for v in row])
        written += 1
    if spec.table and spec.headers:
        # Write-only sheets write the filter in their tail, after the rows: set it last.
        last = get_column_letter(len(spec.headers))
        sheet.auto_filter.ref = f"A1:{last}{written}"


def write_workbook(sheets: Sequence[SheetToWrite]) -> bytes:
    """A workbook of ``sheets``, in order (the first is the one a spreadsheet app opens)."""
    workbook = Workbook(write_only=True)
    for spec in sheets:
        _write_sheet(workbook, spec)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_xlsx(
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    widths: Sequence[int] | None = None,
) -> bytes:
    """A one-sheet workbook: a bold, frozen, filterable header row, then ``rows``."""
    return write_workbook([SheetToWrite(title, headers, rows, widths)])
