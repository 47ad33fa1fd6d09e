"""The desktop's one door into the bundled backend: starts the in-process server (and,
for the self-check, the demo bot), and forwards the backend subcommands
(``helix server``, ``helix demo-bot``).

The ASGI app, uvicorn and everything under them are imported when a server
starts (on the thread that starts it), not when this module is imported: the
desktop shows its login window first and loads the backend meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
from pydantic import SecretStr

from server.settings import Settings

if TYPE_CHECKING:
    import uvicorn

__all__ = ["BackendFailed", "DemoBot", "LocalBackend", "backend_command", "free_port"]

log = logging.getLogger(__name__)


def backend_command(argv: Sequence[str]) -> int:
    """Run a backend subcommand such as ``server --port 8000``."""
    from server import cli as server_cli

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
        root_password: str | None = None,
        private: bool = False,
    ) -> None:
        """``root_password``: the first root password of a new database (no forced change);
        ``private``: a throwaway data dir, deaf to ``HELIX_DATABASE_URL`` and friends."""
        if settings is None:
            # Without a data dir, Settings picks HELIX_DATA_DIR or the per-user default.
            overrides: dict[str, object] = {} if data_dir is None else {"data_dir": data_dir}
            if root_password is not None:
                overrides["initial_root_password"] = SecretStr(root_password)
            if private:
                overrides.update(database_url=None, secret_key=None, autotest_anonymous=False)
            settings = Settings(**overrides)  # type: ignore[arg-type]
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
        import uvicorn

        from server.app import create_app

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


class DemoBot:
    """The demo Q&A bot (``helix demo-bot``) on a background thread, on 127.0.0.1 only."""

    def __init__(self, *, latency_ms: float = 20.0, host: str = "127.0.0.1") -> None:
        # Imported here: the desktop's start-up does not need the demo bot.
        from server.demo_bot.app import create_demo_bot_app
        from server.demo_bot.options import DemoBotOptions

        self.app = create_demo_bot_app(DemoBotOptions(latency_ms=latency_ms))
        self.host = host
        self._socket: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def ask_url(self) -> str:
        """The bot endpoint, ready for the ``bot_url`` config field."""
        from server.demo_bot.app import ASK_PATH

        return self.url + ASK_PATH

    def start(self, timeout: float = 15.0) -> str:
        """Serve on a port bound here (no race for it); returns the ask URL once serving."""
        import uvicorn

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind((self.host, 0))
        self._socket = sock
        self.port = int(sock.getsockname()[1])
        config = uvicorn.Config(
            self.app, log_config=None, log_level="warning", access_log=False, lifespan="on"
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="helix-demo-bot", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise BackendFailed("the demo bot did not start")
            # uvicorn sets ``started`` from its own thread; nothing to wait on but the flag.
            time.sleep(0.01)
        return self.ask_url

    def stop(self, timeout: float = 10.0) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = None

    def __enter__(self) -> DemoBot:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
