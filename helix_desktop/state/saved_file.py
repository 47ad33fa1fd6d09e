"""``save_bytes``: write a file the user chose so it only ever appears complete."""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

__all__ = ["save_bytes"]


def _write_then_rename(path: Path, content: bytes) -> None:
    # A temp file beside the target, renamed over it: a reader (or the user's spreadsheet
    # app) never sees half a file, and a failed write leaves an older file untouched.
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


async def save_bytes(path: str | Path, content: bytes) -> None:
    """Write ``content`` to ``path`` off the GUI thread, atomically."""
    await asyncio.to_thread(_write_then_rename, Path(path), content)
