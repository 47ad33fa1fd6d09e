"""The Windows version resource of ``helix.exe`` (file and product version, names)."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

__all__ = ["project_version", "version_file"]

TEMPLATE = """# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple}, prodvers={tuple}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404B0', [
      StringStruct('CompanyName', 'Helix'),
      StringStruct('FileDescription', 'Helix Desktop'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'helix'),
      StringStruct('OriginalFilename', 'helix.exe'),
      StringStruct('ProductName', 'Helix Desktop'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [2052, 1200])])
  ]
)
"""


def project_version(root: Path) -> str:
    """The version in ``pyproject.toml`` (the one source of it)."""
    with (root / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def version_file(root: Path, *, workpath: Path) -> str | None:
    """Write the resource description for Windows builds; None elsewhere (unused there)."""
    if sys.platform != "win32":
        return None
    version = project_version(root)
    numbers = [int(part) for part in version.split(".")[:4] if part.isdigit()]
    numbers += [0] * (4 - len(numbers))
    path = workpath / "version_info.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TEMPLATE.format(tuple=tuple(numbers), version=version), encoding="utf-8")
    return str(path)
