"""``save_bytes``: write a file the user chose so it only ever appears complete."""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

__all__ = ["save_bytes"]


def _umask() -> int:
    # Linux reports it without changing it (this runs on a worker thread: setting the
    # process-wide umask, even for an instant, would race files other threads create).
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    # Elsewhere it can only be read by setting it; set it straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_then_rename(path: Path, content: bytes) -> None:
    # A temp file beside the target, renamed over it: a reader (or the user's spreadsheet
    # app) never sees half a file, and a failed write leaves an older file untouched.
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        # mkstemp creates 0600; an export is an ordinary file the user shares, so give it
        # the permissions any new file of theirs gets (0666 less the umask).
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


async def save_bytes(path: str | Path, content: bytes) -> None:
    """Write ``content`` to ``path`` off the GUI thread, atomically."""
    await asyncio.to_thread(_write_then_rename, Path(path), content)
