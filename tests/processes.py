"""Real processes for the benchmarks: ``helix server`` / ``helix demo-bot`` on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
import sys
from collections.abc import Iterator

import httpx

__all__ = ["backend_process", "wait_healthy"]


@contextlib.contextmanager
def backend_process(
    argv: list[str], env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    """``helix <argv>`` (a backend subcommand) as a process, terminated on exit."""
    process = subprocess.Popen([sys.executable, "-m", "server.cli", *argv], env=env)
    try:
        yield process
    finally:
        process.terminate()
        process.wait(20)


async def wait_healthy(url: str, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    """Poll ``url`` until it answers 200; fail early if ``process`` exits."""
    async with httpx.AsyncClient() as client:
        for _ in range(int(timeout / 0.1)):
            if process.poll() is not None:
                raise RuntimeError(f"{url} exited with {process.returncode}")
            try:
                if (await client.get(url)).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")
