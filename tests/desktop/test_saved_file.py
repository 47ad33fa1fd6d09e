"""Exports are written beside the target and renamed: never half a file, no leftovers."""

from __future__ import annotations

import os
import stat
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


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
async def test_the_saved_file_gets_normal_permissions(tmp_path: Path) -> None:
    # mkstemp makes 0600 files; an export must be readable like any file the user makes.
    old = os.umask(0o022)
    try:
        await save_bytes(tmp_path / "a.xlsx", b"data")
        os.umask(0o002)
        await save_bytes(tmp_path / "b.xlsx", b"data")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.xlsx").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "b.xlsx").stat().st_mode) == 0o664
