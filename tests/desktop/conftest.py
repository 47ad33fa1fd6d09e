"""Desktop test fixtures: a real local backend, and Qt tests that run inside a qasync loop.

How GUI tests are written here (reuse this for every page):

- A test that uses ``qtbot`` and is ``async def`` runs inside a ``qasync.QEventLoop``
  (see ``pytest_asyncio_loop_factories`` below): pytest-asyncio drives the test
  coroutine with ``loop.run_until_complete``, so the asyncio loop *is running* and
  Qt events are processed whenever the test awaits. ``@asyncSlot`` handlers
  started by a click therefore run while the test awaits.
- Click with ``qtbot.mouseClick``/``keyClicks`` (synchronous), then ``await
  until(lambda: <condition>)`` or ``await signal_emitted(obj.signal)``. Do not call
  ``qtbot.waitUntil``/``waitSignal`` from an async test: they spin a nested Qt loop
  inside the running task and asyncio refuses to step other tasks from there.
- Never ``exec()`` a dialog in code under test: dialogs are opened with ``open()``
  or ``show()`` and report through signals, so tests can drive them.
- Other async tests (no ``qtbot``) get a plain asyncio loop.
"""

from __future__ import annotations

import asyncio
import functools
import gc
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QSettings, SignalInstance
from PySide6.QtWidgets import QApplication

from helix_desktop.local_backend import LocalBackend
from server.settings import Settings

SECRET = "desktop-test-secret-0123456789abcdef0123"
ROOT_PASSWORD = "root-pass-1"


def _qasync_loop() -> asyncio.AbstractEventLoop:
    app = QApplication.instance() or QApplication([])
    # As the app does: a closing window (a dialog, a page between tests) must never quit
    # the application, which would stop the qasync loop under a running test.
    app.setQuitOnLastWindowClosed(False)
    return qasync.QEventLoop(app)


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, Any]:
    """Qt tests get a qasync loop; the rest a plain asyncio loop."""
    if "qtbot" in getattr(item, "fixturenames", ()):
        return {"qasync": _qasync_loop}
    return {"asyncio": asyncio.new_event_loop}


async def until(condition: Callable[[], object], timeout: float = 10.0) -> None:
    """Await until ``condition()`` is true, letting Qt and asyncio work meanwhile."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(0.01)


async def until_async(check: Callable[[], Awaitable[bool]], timeout: float = 10.0) -> None:
    """Await until an async ``check()`` answers true (e.g. a process starting to serve)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        if loop.time() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(0.05)


async def signal_emitted(signal: SignalInstance, timeout: float = 10.0) -> tuple[Any, ...]:
    """Await the next emission of a Qt signal; returns its arguments."""
    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def _receive(*args: Any) -> None:
        if not future.done():
            future.set_result(args)

    signal.connect(_receive)
    try:
        return await asyncio.wait_for(future, timeout)
    finally:
        signal.disconnect(_receive)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """An async Qt test ends only when the slots its clicks started have ended.

    A request still in flight when the test's loop stops would be stepped later by
    Qt's event processing, outside any running asyncio loop, and fail there.
    """
    test = getattr(item, "obj", None)
    if "qtbot" in getattr(item, "fixturenames", ()) and asyncio.iscoroutinefunction(test):
        assert test is not None

        @functools.wraps(test)
        async def settled(*args: Any, **kwargs: Any) -> Any:
            result = await test(*args, **kwargs)
            await _settle()
            return result

        item.obj = settled  # type: ignore[attr-defined]
    yield


async def _settle(timeout: float = 5.0) -> None:
    """Let the slots in flight end, then cancel what still runs and start no new ones
    (a run may go on finishing cases, each selection loading its detail)."""
    from helix_desktop.state.pending import PendingTasks

    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while PendingTasks.running() and loop.time() < deadline:
        await asyncio.sleep(0.01)
    for pending in PendingTasks.every():
        await pending.cancel_all()
    # Untracked tasks too (a first load as a window opens): end them inside this loop.
    current = asyncio.current_task()
    others = [t for t in asyncio.all_tasks() if t is not current and not t.done()]
    if others:
        await asyncio.wait(others, timeout=2.0)
        for task in others:
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread() -> Iterator[None]:
    """No cyclic GC during a test; collect on this thread once its loop is closed.

    Some tests run servers on threads of this process (the demo bot, in-process
    backends); a GC pass there would destroy Qt objects (the qasync loop's
    timers, dialogs) from the wrong thread and crash Qt later. The
    app does the same with ``MainThreadCollector``. This fixture is set up first,
    so it is torn down last, after pytest-asyncio closed the test's loop.
    """
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        gc.enable()


def backend_settings(data_dir: Path, **overrides: Any) -> Settings:
    return Settings(data_dir=data_dir, secret_key=SECRET, **overrides)


@pytest.fixture
def backend(tmp_path: Path) -> Iterator[LocalBackend]:
    """A real backend on a free loopback port with a fresh database."""
    with LocalBackend(settings=backend_settings(tmp_path / "data")) as running:
        yield running


@pytest.fixture
def qsettings(tmp_path: Path) -> Iterator[QSettings]:
    """QSettings that write to the test's temp dir, never to the user's real settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "HelixTest", "t")
    yield settings
    settings.clear()


# Where ``shot`` saves: the running test's own tmp_path (pytest keeps the last runs'),
# so parallel runs never write into one shared folder.
_shots_dir: list[Path] = []


@pytest.fixture(autouse=True)
def _shots_in_tmp_path(tmp_path: Path) -> Iterator[None]:
    _shots_dir.append(tmp_path / "shots")
    yield
    _shots_dir.pop()


def shot(widget: Any, name: str) -> Path:
    """Save a screenshot of a widget for a human to look at (offscreen ``grab()``)."""
    folder = _shots_dir[-1]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def preferences(qsettings: QSettings) -> Any:
    from helix_desktop.state.preferences import Preferences

    return Preferences(qsettings)


# Top-level widgets that existed before each app was made (by ``id`` of the app).
_WINDOWS_BEFORE: dict[int, set[int]] = {}


def make_helix(preferences: Any, settings: Settings) -> Any:
    """A ``HelixApp`` whose local backend uses ``settings`` (temp data dir)."""
    from helix_desktop.app import HelixApp

    before = _top_level_pointers()
    app = HelixApp(preferences=preferences, backend_factory=lambda: LocalBackend(settings=settings))
    _WINDOWS_BEFORE[id(app)] = before
    return app


@pytest.fixture
async def helix(qtbot: Any, preferences: Any, tmp_path: Path) -> Any:
    """The whole desktop app in local mode on a fresh data dir; shut down afterwards."""
    from helix_desktop.ui.theme import apply_theme

    apply_theme(QApplication.instance())
    app = make_helix(preferences, backend_settings(tmp_path / "data"))
    yield app
    await close_helix(app)


def _top_level_pointers() -> set[int]:
    import shiboken6

    return {shiboken6.getCppPointer(w)[0] for w in QApplication.topLevelWidgets()}


async def close_helix(app: Any) -> None:
    """Stop the app, then delete its windows now, while this test's loop still runs.

    Only windows that appeared after ``make_helix`` are deleted: widgets of
    earlier tests belong to pytest-qt, which closes and deletes them itself, and
    deleting them a second time here crashed Qt now and then.
    """
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    app._drop_main_window()
    await app.shutdown()
    keep = _WINDOWS_BEFORE.pop(id(app), set())
    for widget in QApplication.topLevelWidgets():
        if shiboken6.getCppPointer(widget)[0] in keep:
            continue
        widget.close()
        widget.deleteLater()
    # Deferred deletes left for a later test's loop would hit objects already gone.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    await asyncio.sleep(0)


async def login(app: Any, qtbot: Any, username: str, password: str) -> None:
    """Type credentials into the open login dialog and press the login button."""
    from PySide6.QtCore import Qt

    dialog = app.login_dialog
    assert dialog is not None
    await until(lambda: dialog.login_button.isEnabled())
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)


async def log_in_as_root(app: Any, qtbot: Any) -> Any:
    """Start ``app``, log in as root and change the first password; the main window.

    Awaited in the test, not done by an async fixture: a fixture's set-up runs
    outside the test's task, and requests it starts then fail (sniffio finds no
    async library) under qasync.
    """
    app.start()
    await login(app, qtbot, "root", "root123")
    await change_password(app, qtbot, "root123", ROOT_PASSWORD)
    await until(lambda: app.main_window is not None)
    return app.main_window


async def change_password(app: Any, qtbot: Any, old: str, new: str) -> None:
    from PySide6.QtCore import Qt

    await until(lambda: app.password_dialog is not None)
    dialog = app.password_dialog
    qtbot.keyClicks(dialog.old_password, old)
    qtbot.keyClicks(dialog.new_password, new)
    qtbot.keyClicks(dialog.confirm, new)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
