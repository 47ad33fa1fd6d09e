"""Hand-written hostile ``.xlsx`` files (zipfile + XML), for the tests and the benchmarks."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable

__all__ = ["far_cell_xlsx", "minimal_xlsx", "shared_string_bomb_xlsx"]

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


def _chain(first: bytes, rest: Iterable[bytes]) -> Iterable[bytes]:
    yield first
    yield from rest
