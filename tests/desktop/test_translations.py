"""Every UI string is translated to Chinese, and the committed .qm matches the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from helix_desktop.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("translations", "helix_zh_CN.ts")
QM = resource_path("translations", "helix_zh_CN.qm")
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        pytest.skip(f"{name} is not installed")
    return str(path)


def _unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    missing = []
    for message in root.iter("message"):
        translation = message.find("translation")
        done = (
            translation is not None
            and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            and (translation.text or "").strip()
        )
        if not done:
            missing.append(message.findtext("source") or "")
    return missing


def test_resource_locator_finds_the_checkout_resources() -> None:
    assert resource_path("qss", "helix.qss").is_file()
    assert resource_path("icons", "helix.svg").is_file()


def test_every_source_string_is_translated(tmp_path: Path) -> None:
    """Run lupdate over the code into a copy of the .ts: nothing new or unfinished appears."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "helix_desktop").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    assert _unfinished(copy) == []
    assert _unfinished(TS) == []


def test_committed_qm_is_not_stale(tmp_path: Path) -> None:
    fresh = tmp_path / QM.name
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on the .ts and commit"
