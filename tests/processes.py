"""Real processes for tests and benchmarks: ``helix`` subcommands on loopback, polled on /health.

Starting a process and polling its ``/health`` until it answers is written once, here.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx

__all__ = ["backend_process", "helix_process", "stop_process", "wait_healthy", "wait_healthy_sync"]


def helix_process(argv: list[str], **popen: Any) -> subprocess.Popen[Any]:
    """``helix <argv>`` (any subcommand) as a child process."""
    return subprocess.Popen([sys.executable, "-m", "helix_desktop.cli", *argv], **popen)


def stop_process(
    process: subprocess.Popen[Any],
    *,
    how: signal.Signals = signal.SIGTERM,
    timeout: float = 15,
) -> None:
    """Ask the process to stop (``how``), kill it if it does not within ``timeout``."""
    if process.poll() is None:
        process.send_signal(how)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


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


def wait_healthy_sync(
    url: str,
    process: subprocess.Popen[Any],
    *,
    timeout: float = 30,
    why: Callable[[], str] = lambda: "",
) -> None:
    """Poll ``url`` until it answers 200; fail early if ``process`` exits (``why()`` says more)."""
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: the process exited with {process.returncode}. {why()}")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{url} did not come up within {timeout} s. {why()}")
        time.sleep(0.05)


async def wait_healthy(
    url: str,
    process: subprocess.Popen[Any],
    timeout: float = 60,
) -> None:
    """As ``wait_healthy_sync``, without blocking the event loop."""
    async with httpx.AsyncClient(timeout=1) as client:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{url}: the process exited with {process.returncode}")
            try:
                if (await client.get(url)).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{url} did not come up within {timeout} s")
            await asyncio.sleep(0.1)
