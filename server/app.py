"""``create_app(settings)``: the one ASGI app serving both contracts."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import PackageNotFoundError, version

from fastapi import FastAPI
from starlette.types import ASGIApp, Receive, Scope, Send

from server.auth.passwords import PasswordHasher
from server.auth.routes import router as auth_router
from server.auth.throttle import LoginThrottle
from server.auth.tokens import TokenIssuer
from server.body_limit import BodySizeLimit
from server.bot_hosts import BotHostPolicy
from server.cases.routes import router as cases_router
from server.config.routes import router as config_router
from server.contract.common import HealthResponse, ServiceInfo
from server.data_sources import DataSourcePolicy
from server.db import Database
from server.db.listen import NoticeListener
from server.errors import install_error_handlers
from server.experiments.routes import router as experiments_router
from server.experiments.transcoding_routes import router as transcoding_router
from server.generator.routes import router as generator_router
from server.judge.routes import router as judge_router
from server.openapi import install_openapi
from server.reports.routes import router as reports_router
from server.reports.stability_routes import router as stability_router
from server.runs.keeper import LeaseKeeper
from server.runs.leases import APPLICATION_PREFIX
from server.runs.routes import router as runs_router
from server.runs.runner.adapter import ChatIds
from server.runs.runner.engine import RunEngine
from server.runs.runner.notices import CHANNEL
from server.settings import Settings
from server.targets.routes import router as targets_router
from server.users import service as users_service
from server.users.routes import router as users_router

__all__ = ["app_from_environment", "app_version", "create_app"]

log = logging.getLogger(__name__)


def app_version() -> str:
    try:
        return version("helix-desktop")
    except PackageNotFoundError:
        return "0.0.0"


class StripTrailingSlash:
    """``/cases/`` and ``/cases`` answer alike, without a redirect (earlier clients used both)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            path: str = scope["path"]
            if len(path) > 1 and path.endswith("/"):
                scope = dict(scope)
                scope["path"] = path.rstrip("/") or "/"
                raw = scope.get("raw_path")
                if raw:
                    scope["raw_path"] = raw.rstrip(b"/") or b"/"
        await self.app(scope, receive, send)


def create_app(settings: Settings) -> FastAPI:
    settings.prepare_data_dir()
    database = Database(settings.resolved_database_url())
    hasher = PasswordHasher()
    tokens = TokenIssuer(
        settings.resolved_secret_key(),
        access_minutes=settings.access_token_minutes,
        refresh_days=settings.refresh_token_days,
    )
    throttle = LoginThrottle(
        max_failures=settings.login_max_failures,
        window_seconds=settings.login_failure_window_seconds,
        lockout_seconds=settings.login_lockout_seconds,
        client_max_failures=settings.login_client_max_failures,
    )

    bot_hosts = BotHostPolicy.parse(settings.allowed_bot_hosts)
    sources = DataSourcePolicy(
        app_database_url=settings.resolved_database_url(), data_dir=settings.data_dir
    )
    engine = RunEngine(
        database,
        bot_hosts=bot_hosts,
        sources=sources,
        lease_seconds=settings.lease_seconds,
        notices=database.is_postgresql,
    )
    # On PostgreSQL several processes may share the database: leases and notices.
    keeper = (
        LeaseKeeper(
            database,
            engine,
            NoticeListener(
                database.url,
                channel=CHANNEL,
                name=APPLICATION_PREFIX + engine.owner,
                slots=ChatIds.SLOTS,
            ),
            heartbeat=settings.lease_heartbeat_seconds,
        )
        if database.is_postgresql
        else None
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await database.migrate()
        async with database.session() as session:
            initial = settings.initial_root_password
            created = await users_service.ensure_initial_root(
                session,
                hasher=hasher,
                initial_password=initial.get_secret_value() if initial else None,
            )
            if created is not None:
                log.info("created the initial root account")
        if settings.autotest_anonymous:
            log.warning("AutoTest endpoints are open to anonymous callers (autotest_anonymous)")
        live_owners = await keeper.connect() if keeper is not None else frozenset()
        await engine.start(live_owners)
        if keeper is not None:
            keeper.start()
        try:
            yield
        finally:
            try:
                # Another live process carries on what this one was running.
                hand_over = await keeper.close() if keeper is not None else False
                await engine.close(hand_over=hand_over)
            finally:
                if keeper is not None:
                    await keeper.aclose()
                await database.dispose()

    app = FastAPI(
        title="Helix",
        version=app_version(),
        description="AutoTest and VoidView (experiments, accounts) APIs",
        lifespan=lifespan,
        redirect_slashes=False,
    )
    app.state.settings = settings
    app.state.database = database
    app.state.hasher = hasher
    app.state.tokens = tokens
    app.state.throttle = throttle
    app.state.engine = engine
    app.state.bot_hosts = bot_hosts
    app.state.sources = sources

    install_error_handlers(app)
    install_openapi(app)

    # No auth on either path: the original VoidView client pings ``/api/v1/health``
    # before it shows its login window.
    @app.get("/health", response_model=HealthResponse, tags=["health"])
    @app.get("/api/v1/health", response_model=HealthResponse, tags=["health"])
    async def health() -> HealthResponse:
        return HealthResponse(status="ok", version=app_version())

    @app.get("/", response_model=ServiceInfo, tags=["health"])
    async def service_info() -> ServiceInfo:
        return ServiceInfo(name="Helix", version=app_version(), docs="/docs")

    for router in (
        auth_router,
        users_router,
        experiments_router,
        transcoding_router,
        config_router,
        cases_router,
        runs_router,
        stability_router,
        reports_router,
        generator_router,
        targets_router,
        judge_router,
    ):
        app.include_router(router)

    app.add_middleware(
        BodySizeLimit,
        json_limit=settings.max_json_body_bytes,
        upload_limit=settings.max_upload_bytes,
    )
    app.add_middleware(StripTrailingSlash)
    return app


def app_from_environment() -> FastAPI:
    """The app of one worker of ``helix server --workers N``: settings from ``HELIX_*``."""
    from server.logs import configure_logging

    configure_logging(os.environ.get("HELIX_LOG_LEVEL", "info"))
    return create_app(Settings())
