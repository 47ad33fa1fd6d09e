"""``helix server`` (and the other backend-side subcommands)."""

from __future__ import annotations

import argparse
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from server.demo_bot.options import add_demo_bot_arguments

if TYPE_CHECKING:
    import uvicorn
    from fastapi import FastAPI

    from server.settings import Settings

__all__ = ["ONE_PROCESS", "demo_bot", "main", "serve", "server_config"]

ONE_PROCESS = (
    "--workers {workers}: a {backend} database is served by one process. "
    "Several processes need PostgreSQL (--database-url postgresql://...)."
)


def _server_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument("--data-dir", type=Path, help="data directory (env HELIX_DATA_DIR)")
    parser.add_argument("--database-url", help="SQLAlchemy URL (env HELIX_DATABASE_URL)")
    parser.add_argument(
        "--allowed-bot-hosts",
        help="hosts runs may reach, comma-separated (env HELIX_ALLOWED_BOT_HOSTS; default any)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes (PostgreSQL only; default 1)",
    )
    parser.add_argument(
        "--log-level", default="info", choices=["debug", "info", "warning", "error"]
    )
    # The desktop's local server: stop when the desktop closes our stdin (or dies).
    parser.add_argument("--exit-with-parent", action="store_true", help=argparse.SUPPRESS)
    return parser


def server_config(app: FastAPI, host: str, port: int, log_level: str) -> uvicorn.Config:
    """How the backend app is served: by ``helix server`` and by an in-process server alike."""
    import uvicorn

    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        log_config=None,
        ws="wsproto",
        lifespan="on",
        timeout_graceful_shutdown=5,
    )


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from server.app import create_app
    from server.logs import configure_logging
    from server.settings import Settings

    # Keyword arguments of Settings, over its HELIX_* environment variables.
    overrides: dict[str, Any] = {}
    if args.data_dir is not None:
        overrides["data_dir"] = args.data_dir
    if args.database_url:
        overrides["database_url"] = args.database_url
    if getattr(args, "allowed_bot_hosts", None):
        overrides["allowed_bot_hosts"] = args.allowed_bot_hosts
    settings = Settings(**overrides)
    configure_logging(args.log_level)
    if args.workers != 1:
        return _serve_workers(args, settings)
    config = server_config(create_app(settings), args.host, args.port, args.log_level)
    server = uvicorn.Server(config)
    if args.exit_with_parent:
        threading.Thread(
            target=_exit_when_stdin_closes, args=(server,), name="parent-watch", daemon=True
        ).start()
    server.run()
    return 0 if server.started else 1


def _serve_workers(args: argparse.Namespace, settings: Settings) -> int:
    """``--workers N``: uvicorn's worker processes, each building the app from the
    ``HELIX_*`` environment (these settings, passed down)."""
    import uvicorn
    from sqlalchemy.engine import make_url

    if args.workers < 1:
        print(f"helix server: --workers {args.workers}: give 1 or more", file=sys.stderr)
        return 2
    # Leases and notices (ADR 0005) are PostgreSQL's.
    backend = make_url(settings.resolved_database_url()).get_backend_name()
    if backend != "postgresql":
        names = {"sqlite": "SQLite", "mysql": "MySQL", "mariadb": "MariaDB"}
        message = ONE_PROCESS.format(workers=args.workers, backend=names.get(backend, backend))
        print(f"helix server: {message}", file=sys.stderr)
        return 2
    if args.exit_with_parent:
        print("helix server: --exit-with-parent serves one process only", file=sys.stderr)
        return 2
    os.environ.update(settings.environment())
    os.environ["HELIX_LOG_LEVEL"] = args.log_level
    # As ``server_config``, for an app each worker builds itself.
    uvicorn.run(
        "server.app:app_from_environment",
        factory=True,
        workers=args.workers,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        log_config=None,
        ws="wsproto",
        lifespan="on",
        timeout_graceful_shutdown=5,
    )
    return 0


def _exit_when_stdin_closes(server: uvicorn.Server) -> None:
    """Read stdin to its end (the parent closed it, or died), then stop serving.

    Reads the file descriptor, not ``sys.stdin.buffer``: a daemon thread blocked in a
    buffered read aborts the interpreter at exit ("could not acquire lock for <stdin>")
    when the server stops first, e.g. after a failed start.
    """
    try:
        fd = sys.stdin.fileno() if sys.stdin is not None else -1
        while fd >= 0 and os.read(fd, 4096):
            pass
    except (OSError, ValueError):
        pass
    server.should_exit = True


def demo_bot(args: argparse.Namespace) -> int:
    import uvicorn

    from server.demo_bot.app import create_demo_bot_app
    from server.demo_bot.options import options_from_args
    from server.logs import configure_logging

    configure_logging(args.log_level)
    options = options_from_args(args)
    app = create_demo_bot_app(options)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=2,
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="helix", description="Helix backend commands")
    commands = parser.add_subparsers(dest="command", required=True)
    _server_parser(commands.add_parser("server", help="serve the backend for a team"))
    add_demo_bot_arguments(
        commands.add_parser(
            "demo-bot",
            help="run the demo Q&A bot (SSE) over the sample catalogue",
            description="A real HTTP Q&A bot for demos, tests and benchmarks: "
            "POST /brain/faq/session/ask answers with SQL about the sample catalogue.",
        )
    )
    args = parser.parse_args(argv)
    if args.command == "server":
        return serve(args)
    if args.command == "demo-bot":
        return demo_bot(args)
    parser.error(f"unknown command {args.command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
