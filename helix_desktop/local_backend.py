"""The desktop's one door into the bundled backend: starts the local server (and,
for the self-check, the demo bot), and forwards the backend subcommands
(``helix server``, ``helix demo-bot``).

The local server runs as a child process, ``helix server`` on 127.0.0.1 and a
free port: the same HTTP/WebSocket contract as a team server, on a core of its
own. On a thread of the desktop process it would compete with the GUI thread
for the GIL, and at the runner's full speed the window stalled for 0.1-0.75 s
(``tests/benchmarks/bench_run_view.py`` measures both). The child exits when
its stdin closes, so it never outlives the desktop, even one that was killed.
``in_process=True`` keeps the thread (tests that start many servers, tools).

The ASGI app, uvicorn and everything under them are imported when an
in-process server starts, not when this module is imported.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

import httpx
from pydantic import SecretStr

from server.settings import Settings

if TYPE_CHECKING:
    import uvicorn

__all__ = ["BackendFailed", "DemoBot", "LocalBackend", "backend_command", "free_port"]

log = logging.getLogger(__name__)

# Where the child server writes its log (in the data dir), read back when it fails.
BACKEND_LOG = "backend.log"
# How a port taken between ``free_port`` and the child's bind shows in its log.
_PORT_TAKEN = ("address already in use", "errno 98", "errno 48", "10048")


def backend_command(argv: Sequence[str]) -> int:
    """Run a backend subcommand such as ``server --port 8000``."""
    from server import cli as server_cli

    return server_cli.main(list(argv))


def free_port(host: str = "127.0.0.1") -> int:
    """A port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def helix_command() -> list[str]:
    """How to start ``helix`` again: the bundle's executable, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "helix_desktop.cli"]


class BackendFailed(RuntimeError):
    """The local backend did not come up: a one-line message, the log's last lines apart."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.details = details


# An exception's last line in a traceback ("ConnectionRefusedError: [Errno 111] ...").
_EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Failed)\b.*")
# The timestamp the server's log lines start with.
_LOG_STAMP = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[,.]\d+ ")


def _cause(log_tail: str) -> str:
    """The most telling line of a failed server's log: its last exception, else its last line."""
    lines = [line.rstrip() for line in log_tail.splitlines() if line.strip()]
    for line in reversed(lines):
        if _EXCEPTION_LINE.match(line):
            return line
    return _LOG_STAMP.sub("", lines[-1]) if lines else ""


class LocalBackend:
    """The backend on 127.0.0.1 only: a ``helix server`` child process (default) or,
    with ``in_process=True``, uvicorn on a background thread."""

    def __init__(
        self,
        data_dir: Path | None = None,
        *,
        settings: Settings | None = None,
        host: str = "127.0.0.1",
        port: int | None = None,
        root_password: str | None = None,
        private: bool = False,
        in_process: bool = False,
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
        self.in_process = in_process
        self._fixed_port = port is not None
        self.port = port or free_port(host)
        # In-process mode.
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        # Child-process mode.
        self._process: subprocess.Popen[bytes] | None = None
        self._log_file: IO[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def log_path(self) -> Path:
        """The child server's log (warnings and errors); the previous start's is ``.1``."""
        return self.settings.data_dir / BACKEND_LOG

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    @property
    def exit_code(self) -> int | None:
        """The child's exit code once it has stopped by itself (None while it runs)."""
        return self._process.poll() if self._process is not None else None

    @property
    def running(self) -> bool:
        if self._process is not None:
            return self._process.poll() is None
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 30.0) -> str:
        """Start serving and wait until ``/health`` answers; returns the base URL."""
        if self.running:
            return self.url
        self._stop_process(0)  # a child that died: reap it before starting anew
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        if self.in_process:
            self._start_thread()
        else:
            # A port taken between choosing it and the child's bind: choose again.
            for attempt in range(3):
                self._start_process()
                try:
                    self._wait_healthy(timeout)
                except BackendFailed:
                    if attempt == 2 or self._fixed_port or not self._port_was_taken():
                        raise
                    self.port = free_port(self.host)
                    continue
                return self.url
        self._wait_healthy(timeout)
        return self.url

    # -- child process -------------------------------------------------------------

    def _start_process(self) -> None:
        command = [
            *helix_command(),
            "server",
            "--host",
            self.host,
            "--port",
            str(self.port),
            "--log-level",
            "warning",
            "--exit-with-parent",
        ]
        # Settings travel as HELIX_* variables (readable by this user only), never as
        # arguments (which every user sees in ``ps``); the parent's own HELIX_* go.
        env = {k: v for k, v in os.environ.items() if not k.upper().startswith("HELIX_")}
        env.update(self.settings.environment())
        env["PYTHONUNBUFFERED"] = "1"
        self._close_log()
        # The log of the previous start (a crash, say) stays one generation.
        if self.log_path.exists() and self.log_path.stat().st_size:
            os.replace(self.log_path, self.log_path.with_name(BACKEND_LOG + ".1"))
        self._log_file = self.log_path.open("wb")
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
        self._process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            env=env,
            creationflags=flags,
        )
        log.info("local backend: pid %s on %s", self._process.pid, self.url)

    def _port_was_taken(self) -> bool:
        text = self.log_tail().lower()
        return any(marker in text for marker in _PORT_TAKEN)

    def log_tail(self, lines: int = 20) -> str:
        """The last lines of the child server's log, for an error message."""
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.strip().splitlines()[-lines:])

    def _stop_process(self, timeout: float) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        try:
            if process.stdin is not None:
                process.stdin.close()  # the child's cue to shut down cleanly
            process.wait(timeout)
        except (OSError, subprocess.TimeoutExpired):
            log.warning("the local backend did not stop within %.0f s; terminating it", timeout)
            process.terminate()
            try:
                process.wait(3)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self._close_log()

    def _close_log(self) -> None:
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None

    # -- thread --------------------------------------------------------------------

    def _start_thread(self) -> None:
        import uvicorn

        from server.app import create_app
        from server.cli import server_config

        config = server_config(create_app(self.settings), self.host, self.port, "warning")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._serve, name="helix-backend", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        assert self._server is not None
        try:
            # A fresh loop on this thread; the GUI thread keeps its qasync loop.
            asyncio.run(self._server.serve())
        except BaseException as exc:  # reported to start() through _error
            self._error = exc
            log.exception("the local backend stopped with an error")

    def _stop_thread(self, timeout: float) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("the local backend did not stop within %.0f s", timeout)
        self._thread = None
        self._server = None

    # -- both ----------------------------------------------------------------------

    def _failure(self) -> BackendFailed | None:
        """Why the server is gone, or None while it may still come up."""
        if self._process is not None:
            code = self._process.poll()
            if code is None:
                return None
            self._process.wait()
            tail = self.log_tail()
            cause = _cause(tail)
            return BackendFailed(f"exit code {code}" + (f": {cause}" if cause else ""), tail)
        if self._thread is not None and not self._thread.is_alive():
            return BackendFailed(f"the local backend did not start ({self._error!r})")
        return None

    def _wait_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=1.0) as client:
            while time.monotonic() < deadline:
                failure = self._failure()
                if failure is not None:
                    self.stop()
                    raise failure
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
        """Stop the server and wait for it (the database is closed by the lifespan)."""
        self._stop_process(timeout)
        self._stop_thread(timeout)

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
