"""Exports are written beside the target and renamed: never half a file, no leftovers."""

from __future__ import annotations

from pathlib import Path

import pytest

from helix_desktop.state.saved_file import save_bytes


async def test_save_replaces_the_file_whole_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "报告.xlsx"
    target.write_bytes(b"old")
    await save_bytes(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["报告.xlsx"]


async def test_a_failed_save_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "export.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(TypeError):
        await save_bytes(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.xlsx"]


async def test_an_unwritable_folder_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        await save_bytes(tmp_path / "missing" / "x.xlsx", b"data")
