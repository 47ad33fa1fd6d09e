"""The desktop's one door into the bundled backend: starts the in-process server,
and forwards the backend subcommands (``helix server``, ``helix demo-bot``)."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import httpx
import uvicorn

from server import cli as server_cli
from server.app import create_app
from server.settings import Settings, default_data_dir

__all__ = ["BackendFailed", "LocalBackend", "backend_command", "free_port"]

log = logging.getLogger(__name__)


def backend_command(argv: Sequence[str]) -> int:
    """Run a backend subcommand such as ``server --port 8000``."""
    return server_cli.main(list(argv))


def free_port(host: str = "127.0.0.1") -> int:
    """A port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class BackendFailed(RuntimeError):
    """The local backend did not come up."""


class LocalBackend:
    """The ASGI app served by uvicorn on a background thread, on 127.0.0.1 only."""

    def __init__(
        self,
        data_dir: Path | None = None,
        *,
        settings: Settings | None = None,
        host: str = "127.0.0.1",
        port: int | None = None,
    ) -> None:
        if settings is None:
            settings = Settings(data_dir=data_dir or default_data_dir())
        self.settings = settings
        self.host = host
        self.port = port or free_port(host)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 30.0) -> str:
        """Start serving and wait until ``/health`` answers; returns the base URL."""
        if self.running:
            return self.url
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        config = uvicorn.Config(
            create_app(self.settings),
            host=self.host,
            port=self.port,
            log_config=None,
            log_level="warning",
            ws="wsproto",
            lifespan="on",
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._serve, name="helix-backend", daemon=True)
        self._thread.start()
        self._wait_healthy(timeout)
        return self.url

    def _serve(self) -> None:
        assert self._server is not None
        try:
            # A fresh loop on this thread; the GUI thread keeps its qasync loop.
            asyncio.run(self._server.serve())
        except BaseException as exc:  # reported to start() through _error
            self._error = exc
            log.exception("the local backend stopped with an error")

    def _wait_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=1.0) as client:
            while time.monotonic() < deadline:
                if self._thread is not None and not self._thread.is_alive():
                    raise BackendFailed(f"the local backend did not start: {self._error!r}")
                try:
                    if client.get(f"{self.url}/health").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                # Polling a socket that is about to open; no event exists to wait on.
                time.sleep(0.02)
        self.stop()
        raise BackendFailed(f"the local backend did not answer within {timeout:.0f} s")

    def stop(self, timeout: float = 10.0) -> None:
        """Ask uvicorn to exit and join its thread (the database is closed by the lifespan)."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("the local backend did not stop within %.0f s", timeout)
        self._thread = None
        self._server = None

    def __enter__(self) -> LocalBackend:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
