"""Hand-written hostile ``.xlsx`` files (zipfile + XML), for the tests and the benchmarks."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable

__all__ = [
    "far_cell_package",
    "far_cell_xlsx",
    "many_sheets_xlsx",
    "minimal_xlsx",
    "ods_as_xlsx",
    "package_xlsx",
    "shared_string_bomb_xlsx",
    "unique_count_bomb_xlsx",
    "xlsb_as_xlsx",
]

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"

_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="{_TYPE}.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_TYPE}.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="{_TYPE}.sharedStrings+xml"/>
</Types>"""

_ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{_PKG_REL}">
<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""

_WORKBOOK = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">
<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>
</workbook>"""

_WORKBOOK_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{_PKG_REL}">
<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""


def minimal_xlsx(sheet_data: str, shared_strings: Iterable[bytes] = ()) -> bytes:
    """A one-sheet workbook whose ``<sheetData>`` is ``sheet_data`` and whose shared
    string table is the given ``<si>`` items (streamed into the zip, never joined)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<worksheet xmlns="{_MAIN}"><sheetData>{sheet_data}</sheetData></worksheet>',
        )
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            prologue = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            part.write(f'{prologue}<sst xmlns="{_MAIN}">'.encode())
            for item in shared_strings:
                part.write(item)
            part.write(b"</sst>")
    return buffer.getvalue()


def far_cell_xlsx() -> bytes:
    """About 2 KB: one inline-string cell at ``XFD1048576``, the last cell Excel has."""
    return minimal_xlsx(
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>question</t></is></c></row>'
    )


def shared_string_bomb_xlsx(count: int = 10_000_000) -> bytes:
    """A header cell and ``count`` repeated shared strings: a few MB that expand ~40x."""
    header = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    first = b"<si><t>question</t></si>"
    repeated = b"<si><t>x</t></si>" * 10_000
    batches = (repeated for _ in range(max(0, count - 1) // 10_000))
    return minimal_xlsx(header, _chain(first, batches))


def unique_count_bomb_xlsx() -> bytes:
    """About 1 KB: one shared string, declared as 100,000,000,000 (``uniqueCount``); the
    reader reserves room for them all before reading the first."""
    data = minimal_xlsx('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', [b"<si><t>q</t></si>"])
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in source.namelist():
            content = source.read(name)
            if name == "xl/sharedStrings.xml":
                content = content.replace(b"<sst ", b'<sst uniqueCount="100000000000" ', 1)
            archive.writestr(name, content)
    return buffer.getvalue()


def _chain(first: bytes, rest: Iterable[bytes]) -> Iterable[bytes]:
    yield first
    yield from rest


_FAR_CELL = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>question</t></is></c></row>'


def _sheet_xml(sheet_data: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{_MAIN}"><sheetData>{sheet_data}</sheetData></worksheet>'
    )


def package_xlsx(
    sheets: list[tuple[str, str, str]],
    *,
    sheet_data: list[str] | None = None,
    workbook_dir: str = "xl",
    kind: str = "worksheet",
    extra: dict[str, bytes] | None = None,
    entry_name: dict[str, str] | None = None,
) -> bytes:
    """A workbook whose sheets are ``(name, relationship target, sheet XML)``: targets and
    relationship types are written as given, so a part may be named anything."""
    workbook = "".join(
        f'<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>'
        for n, (name, _, _) in enumerate(sheets, start=1)
    )
    rels = "".join(
        f'<Relationship Id="rId{n}" Type="{_REL}/{kind}" Target="{target}"/>'
        for n, (_, target, _) in enumerate(sheets, start=1)
    )
    parts: dict[str, str | bytes] = {
        "_rels/.rels": _ROOT_RELS.replace("xl/workbook.xml", f"{workbook_dir}/workbook.xml"),
        f"{workbook_dir}/workbook.xml": _WORKBOOK.replace(
            '<sheet name="Sheet1" sheetId="1" r:id="rId1"/>', workbook
        ),
        f"{workbook_dir}/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{_PKG_REL}">{rels}</Relationships>'
        ),
    }
    for _, target, xml in sheets:
        path = target.lstrip("/") if target.startswith("/") else f"{workbook_dir}/{target}"
        parts[path] = xml
    parts.update(extra or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr((entry_name or {}).get(name, name), content)
    return buffer.getvalue()


def far_cell_package(target: str = "worksheets/sheet1.xml", **kwargs: object) -> bytes:
    """The far-cell sheet under another part name, relationship type or folder."""
    return package_xlsx([("Sheet1", target, _sheet_xml(_FAR_CELL))], **kwargs)  # type: ignore[arg-type]


def many_sheets_xlsx(sheets: int, rows: int, columns: int) -> bytes:
    """``sheets`` sheets, each ``rows`` x ``columns`` cells (within the per-sheet caps)."""
    cells = "".join('<c t="inlineStr"><is><t>x</t></is></c>' for _ in range(columns))
    data = "".join(f"<row>{cells}</row>" for _ in range(rows))
    xml = _sheet_xml(data)
    return package_xlsx([(f"S{n}", f"worksheets/sheet{n}.xml", xml) for n in range(1, sheets + 1)])


_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
<manifest:file-entry manifest:full-path="/"
 manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
_ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
<office:body><office:spreadsheet><table:table table:name="Sheet1">
<table:table-row table:number-rows-repeated="100000">\
<table:table-cell table:number-columns-repeated="1000" office:value-type="string">\
<text:p>question</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"""


def ods_as_xlsx() -> bytes:
    """An OpenDocument spreadsheet (under 1 KB) whose one row of 1,000 cells repeats
    100,000 times: the reader detects ODS by content and expands it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), _ODS_MIME)
        archive.writestr("META-INF/manifest.xml", _ODS_MANIFEST)
        archive.writestr("content.xml", _ODS_CONTENT)
    return buffer.getvalue()


def xlsb_as_xlsx() -> bytes:
    """The entries of a binary workbook (.xlsb); the reader would parse them as such."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS.replace("workbook.xml", "workbook.bin"))
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
        archive.writestr("xl/_rels/workbook.bin.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.bin", b"\x81\x01\x00")
    return buffer.getvalue()
