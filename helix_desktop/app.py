"""Composition root: QApplication, qasync loop, preferences, session, backend and windows."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from qasync import asyncSlot

from helix_desktop.local_backend import BackendFailed, LocalBackend
from helix_desktop.state.cases import CasesState
from helix_desktop.state.config import ConfigState
from helix_desktop.state.generator import GeneratorState
from helix_desktop.state.matrix import MatrixState
from helix_desktop.state.preferences import Preferences
from helix_desktop.state.reports import ReportsState
from helix_desktop.state.run import RunState
from helix_desktop.state.session import Session
from helix_desktop.state.targets import TargetsState
from helix_desktop.state.users import UsersState
from helix_desktop.ui.collector import MainThreadCollector
from helix_desktop.ui.connection_dialog import ConnectionDialog
from helix_desktop.ui.language import LanguageSwitch, client_language
from helix_desktop.ui.login_dialog import LoginDialog
from helix_desktop.ui.main_window import MainWindow
from helix_desktop.ui.pages import PageContext
from helix_desktop.ui.pages.cases import CasesPage
from helix_desktop.ui.password_dialog import ChangePasswordDialog
from helix_desktop.ui.theme import apply_theme
from helix_desktop.ui.unsaved_guard import ask_before_leaving
from helix_desktop.ui.users_dialog import UsersDialog

__all__ = ["STARTUP_PROBE_ENV", "HelixApp", "app_version", "main"]

# Set by ``helix --startup-probe``: time the start-up to the login window, then quit.
STARTUP_PROBE_ENV = "HELIX_EXIT_AFTER_LOGIN_SHOWN"

log = logging.getLogger(__name__)

# How often the app checks that its local server process is still there.
BACKEND_CHECK_MS = 1000
# A server that stops more often than this is not restarted again.
MAX_RESTARTS = 3
RESTART_WINDOW_S = 120.0


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("helix-desktop")
    except PackageNotFoundError:
        return "0.0.0"


class HelixApp(QObject):
    """Runs the flows: connect -> log in -> (change password) -> main window; expiry; log out."""

    quit_requested = Signal()
    # The local server stopped by itself and was started again (exit code), or could not be.
    backend_restarted = Signal(int)
    backend_lost = Signal(str)

    def __init__(
        self,
        *,
        preferences: Preferences,
        backend_factory: Callable[[], LocalBackend] = LocalBackend,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        application = QApplication.instance()
        if isinstance(application, QApplication):
            # Windows come and go (login <-> main); quitting is decided here, via quit().
            application.setQuitOnLastWindowClosed(False)
        self.preferences = preferences
        self.backend_factory = backend_factory
        self.language = LanguageSwitch()
        self.language.apply(preferences.language)
        self.session = Session(language=client_language(preferences.language))  # type: ignore[arg-type]
        self.config = ConfigState(self.session)
        self.cases = CasesState(self.session)
        self.generator = GeneratorState(self.session)
        self.generator.show_cases_requested.connect(self._show_new_cases)
        self.matrix = MatrixState(self.session)
        # Runs outlive the main window (language switch, re-login): their state lives here.
        self.run = RunState(self.session, self)
        self.reports = ReportsState(self.session, self)
        self.targets = TargetsState(self.session, self)
        # Bound methods, not lambdas: a lambda holding ``self`` would keep the app alive.
        self.run.started.connect(self._on_run_changed)
        self.cases.run_requested.connect(self.run_cases)
        self.reports.rerun_requested.connect(self.rerun_batch)
        self.reports.run_requested.connect(self.run_cases)
        self.reports.open_case_requested.connect(self.open_case)
        self.run.open_case_requested.connect(self.open_case)
        self.run.finished.connect(self._on_run_changed)
        self.backend: LocalBackend | None = None
        self._backend_check = QTimer(self)
        self._backend_check.setInterval(BACKEND_CHECK_MS)
        self._backend_check.timeout.connect(self._check_backend)
        self._restarts: list[float] = []
        self._restarting = False
        self.lost_box: QMessageBox | None = None
        self.login_dialog: LoginDialog | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.connection_dialog: ConnectionDialog | None = None
        self.users_dialog: UsersDialog | None = None
        self.main_window: MainWindow | None = None
        self.session.password_change_required.connect(self._on_password_change_required)
        self.session.logged_in.connect(self._on_logged_in)
        self.session.expired.connect(self._on_expired)
        preferences.language_changed.connect(self._on_language_changed)
        preferences.theme_changed.connect(self._on_theme_changed)
        if isinstance(application, QApplication):
            apply_theme(application, preferences.theme)

    # ------------------------------------------------------------------ start

    def start(self) -> None:
        """Show the login dialog and connect to the chosen server (local by default)."""
        self.show_login()
        self.connect_default()

    @asyncSlot()
    async def connect_default(self) -> None:
        if self.preferences.mode == "remote" and self.preferences.server_url:
            await self.session.connect_to(self.preferences.server_url)
        else:
            await self.use_local()

    async def use_local(self) -> bool:
        """Start the bundled backend (once) off the GUI thread, then connect to it."""
        if self.backend is None or not self.backend.running:
            self.session.connecting.emit("")
            backend = self.backend_factory()
            try:
                await asyncio.get_running_loop().run_in_executor(None, backend.start)
            except (BackendFailed, OSError) as exc:
                details = getattr(exc, "details", "")
                log.error("local backend failed: %s\n%s", exc, details)
                message = QCoreApplication.translate(
                    "HelixApp", "The local server could not start: %1"
                ).replace("%1", str(exc))
                if details:
                    message += "\n" + self._log_hint(backend)
                self.session.connect_failed.emit(message)
                return False
            self.backend = backend
            self._backend_check.start()
        self.preferences.use_local()
        return await self.session.connect_to(self.backend.url)

    def _check_backend(self) -> None:
        backend = self.backend
        if backend is None or backend.running or self._restarting:
            return
        self._restarting = True
        self._restart_backend(backend)

    @asyncSlot()
    async def _restart_backend(self, backend: LocalBackend) -> None:
        """The local server died (killed, out of memory, a crash): start it again on the
        same port, so the session, its tokens and the run stream carry on by themselves.
        Runs that were in progress come back interrupted and can be resumed."""
        try:
            await self._revive(backend)
        finally:
            self._restarting = False

    async def _revive(self, backend: LocalBackend) -> None:
        code = backend.exit_code
        code = -1 if code is None else code
        tail = backend.log_tail()
        log.error("the local server stopped (exit code %s): %s", code, tail or "no log")
        now = time.monotonic()
        self._restarts = [at for at in self._restarts if now - at < RESTART_WINDOW_S] + [now]
        if len(self._restarts) > MAX_RESTARTS:
            self._backend_check.stop()
            message = QCoreApplication.translate(
                "HelixApp", "The local server keeps stopping (exit code %1)."
            )
            self._lose_backend(message.replace("%1", str(code)), tail)
            return
        self._notify(
            QCoreApplication.translate(
                "HelixApp", "The local server stopped unexpectedly; restarting it…"
            )
        )
        try:
            await asyncio.get_running_loop().run_in_executor(None, backend.start)
        except (BackendFailed, OSError) as exc:
            self._backend_check.stop()
            message = QCoreApplication.translate(
                "HelixApp", "The local server stopped and could not be restarted."
            )
            self._lose_backend(message, f"{exc}\n{getattr(exc, 'details', '')}".strip())
            return
        if self.backend is not backend:
            backend.stop()  # the app was shut down meanwhile
            return
        if self.session.server_url != backend.url:
            # Its port was taken meanwhile: a new address, so a new login.
            await self.session.connect_to(backend.url)
            if self.main_window is not None:
                self.show_login(relogin=True)
        self._notify(
            QCoreApplication.translate(
                "HelixApp",
                "The local server was restarted. Runs that were in progress were "
                "interrupted; resume them from the Run page.",
            )
        )
        self.backend_restarted.emit(code)

    def _notify(self, text: str) -> None:
        if self.main_window is not None:
            self.main_window.statusBar().showMessage(text, 15_000)

    def _lose_backend(self, text: str, details: str) -> None:
        log.error("%s %s", text, details)
        self.backend_lost.emit(text)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("HelixApp", "Local server"),
            text,
            QMessageBox.StandardButton.Ok,
            self.main_window,
        )
        if self.backend is not None:
            box.setInformativeText(self._log_hint(self.backend))
        box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._forget_lost_box)
        self.lost_box = box  # without a parent window, only this reference keeps it
        box.open()  # not exec(): the event loop (and the runs) go on

    @staticmethod
    def _log_hint(backend: LocalBackend) -> str:
        return QCoreApplication.translate("HelixApp", "Its log: %1").replace(
            "%1", str(backend.log_path)
        )

    def _forget_lost_box(self, _result: int) -> None:
        self.lost_box = None

    def _on_local_server(self) -> bool:
        return self.backend is not None and self.session.server_url == self.backend.url

    def server_text(self) -> str:
        if self._on_local_server():
            return QCoreApplication.translate("HelixApp", "Local server (%1)").replace(
                "%1", self.session.server_url
            )
        return QCoreApplication.translate("HelixApp", "Server: %1").replace(
            "%1", self.session.server_url
        )

    # ------------------------------------------------------------------ login

    def show_login(self, *, relogin: bool = False) -> LoginDialog:
        if self.login_dialog is not None:
            return self.login_dialog
        parent = self.main_window if relogin else None
        dialog = LoginDialog(
            self.session,
            self.preferences,
            relogin=relogin,
            server_text=self.server_text,
            parent=parent,
        )
        dialog.change_server_requested.connect(self.show_connection_dialog)
        dialog.rejected.connect(self.logout if relogin else self.quit)
        dialog.finished.connect(lambda *_: self._forget_login(dialog))
        self.login_dialog = dialog
        if relogin:
            dialog.open()
        else:
            dialog.show()
        return dialog

    def _forget_login(self, dialog: LoginDialog) -> None:
        if self.login_dialog is dialog:
            self.login_dialog = None
        dialog.deleteLater()

    def _close_login(self) -> None:
        if self.login_dialog is not None:
            self.login_dialog.accept()

    def show_connection_dialog(self) -> ConnectionDialog:
        parent = self.login_dialog
        dialog = ConnectionDialog(self.session, self.preferences, parent)
        dialog.local_chosen.connect(self._choose_local)
        dialog.remote_chosen.connect(self._choose_remote)
        dialog.finished.connect(lambda *_: dialog.deleteLater())
        self.connection_dialog = dialog
        dialog.open()
        return dialog

    @asyncSlot()
    async def _choose_local(self) -> None:
        await self.use_local()

    @asyncSlot(str)
    async def _choose_remote(self, url: str) -> None:
        if await self.session.connect_to(url):
            self.preferences.use_remote(self.session.server_url)

    def _on_password_change_required(self, _user: object) -> None:
        self._close_login()
        dialog = ChangePasswordDialog(self.session, forced=True)
        dialog.accepted.connect(self._enter_main)
        dialog.rejected.connect(self.logout)
        dialog.finished.connect(lambda *_: self._forget_password_dialog(dialog))
        self.password_dialog = dialog
        dialog.show()

    def _forget_password_dialog(self, dialog: ChangePasswordDialog) -> None:
        if self.password_dialog is dialog:
            self.password_dialog = None
        dialog.deleteLater()

    def _on_logged_in(self, _user: object) -> None:
        self._close_login()
        self._enter_main()

    def _on_expired(self, _message: str) -> None:
        if self.main_window is None:
            self.logout()
        else:
            self.show_login(relogin=True)

    # ------------------------------------------------------------ main window

    def _enter_main(self) -> None:
        if self.main_window is None:
            self.main_window = self._build_main_window()
        self.main_window.refresh_user()
        self.main_window.show()
        self.main_window.raise_()

    def _build_main_window(self) -> MainWindow:
        context = PageContext(
            session=self.session,
            preferences=self.preferences,
            config=self.config,
            run=self.run,
            reports=self.reports,
            matrix=self.matrix,
            cases=self.cases,
            generator=self.generator,
            targets=self.targets,
        )
        window = MainWindow(context, server_text=self.server_text(), version=app_version())
        window.runs_stop_on_close = self._on_local_server()
        window.logout_requested.connect(self.logout)
        window.users_requested.connect(self.show_users)
        window.change_password_requested.connect(self.show_change_password)
        window.language_requested.connect(self.preferences.set_language)
        window.theme_requested.connect(self.preferences.set_theme)
        window.closed.connect(self.quit)
        return window

    def _on_run_changed(self, *_args: object) -> None:
        """A run started or ended: the reports list changed."""
        self.reports.refresh_if_loaded()

    def run_cases(self, case_ids: list[int]) -> None:
        """Run these cases (the cases page's "run selected") and show the Run page."""
        if self.main_window is not None:
            self.main_window.show_page("run")
        self.run.start_cases(list(case_ids))

    def open_case(self, case_id: int) -> None:
        """Show one case on the Cases page (a result row's "Open case")."""
        if self.main_window is not None:
            self.main_window.show_page("cases")
            page = self.main_window.page_widgets["cases"]
            if isinstance(page, CasesPage):
                page.show_case_id(case_id)

    def rerun_batch(self, batch_id: str) -> None:
        """Run that batch's failed cases again (from a report) and show the Run page."""
        if self.main_window is not None:
            self.main_window.show_page("run")
        self.run.rerun_failed(batch_id)

    def _drop_main_window(self) -> None:
        window, self.main_window = self.main_window, None
        if window is not None:
            window.closed.disconnect(self.quit)
            window.runs_stop_on_close = False  # not quitting: the server and its runs stay
            window.close_answered()
            window.deleteLater()

    def _show_new_cases(self) -> None:
        """The generator's "show new cases": the Cases page, reloaded."""
        self.cases.reload()
        if self.main_window is not None:
            self.main_window.show_page("cases")

    def show_users(self) -> UsersDialog | None:
        if not self.session.is_root or self.main_window is None:
            return None
        dialog = UsersDialog(UsersState(self.session), self.main_window)
        dialog.state.setParent(dialog)
        dialog.finished.connect(lambda *_: dialog.deleteLater())
        self.users_dialog = dialog
        dialog.open()
        return dialog

    def show_change_password(self) -> ChangePasswordDialog:
        dialog = ChangePasswordDialog(self.session, forced=False, parent=self.main_window)
        dialog.finished.connect(lambda *_: dialog.deleteLater())
        self.password_dialog = dialog
        dialog.open()
        return dialog

    def _on_language_changed(self, language: str) -> None:
        self.language.apply(language)
        self.session.set_language(client_language(language))  # type: ignore[arg-type]
        self._rebuild_main_window()

    def _on_theme_changed(self, theme: str) -> None:
        application = QApplication.instance()
        if isinstance(application, QApplication):
            apply_theme(application, theme)
        self._rebuild_main_window()  # colours chosen when widgets were built follow

    def _rebuild_main_window(self) -> None:
        """A new main window on the same page (after a language or theme change)."""
        if self.main_window is not None:
            # Unsaved edits would go with the old window: ask about them first.
            form = self.main_window.dirty_form()
            ask_before_leaving(self.main_window, form, self._replace_main_window)

    def _replace_main_window(self) -> None:
        if self.main_window is not None:
            page = self.main_window.current_page()
            self.main_window.save_geometry()
            self._drop_main_window()
            self._enter_main()
            assert self.main_window is not None
            self.main_window.show_page(page)

    # -------------------------------------------------------------- leaving

    def logout(self) -> None:
        """Back to the login dialog, after asking about unsaved edits (Cancel stays)."""
        window = self.main_window
        form = window.dirty_form() if window is not None else None
        if window is None or form is None:
            self._log_out_now()
            return
        # Asked here, not in the window's closeEvent: the window is deleted on logout, and
        # its question would die with it.
        window.unsaved_box = ask_before_leaving(window, form, self._log_out_after_saves)

    @asyncSlot()
    async def _log_out_after_saves(self) -> None:
        # "Save" starts a request that needs this login: let it land before the tokens go.
        for state in (self.targets, self.config, self.cases):
            await state.pending.idle()
        self._log_out_now()

    def _log_out_now(self) -> None:
        """Back to the login dialog; the server connection (and local backend) stay."""
        if self.main_window is not None:
            self.main_window.unsaved_box = None
        self.run.detach()
        self.session.logout()  # states on StateBase forget what they loaded (logged_out)
        self.matrix.forget()
        self.targets.forget()
        self.show_login()
        self._drop_main_window()

    def quit(self) -> None:
        self.preferences.sync()
        self.quit_requested.emit()

    async def shutdown(self) -> None:
        """Close the connection and stop the local backend (waits for its process)."""
        await self.matrix.settle()
        await self.run.close()
        for state in (self.config, self.cases, self.reports, self.generator, self.targets):
            await state.close()
        await self.session.close()
        self._backend_check.stop()
        # Translators are the application's, not this object's: another HelixApp in the
        # same process (tests, a re-login) must not read this one's language.
        self.language.remove()
        if self.backend is not None:
            backend, self.backend = self.backend, None
            await asyncio.get_running_loop().run_in_executor(None, backend.stop)


def main(argv: Sequence[str] | None = None) -> int:
    """Open the desktop app; returns the exit code."""
    import qasync

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    # httpx logs every request URL at INFO; nothing of it is worth a user's terminal.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(list(argv) if argv is not None else sys.argv)
    app.setOrganizationName("Helix")
    app.setApplicationName("Helix Desktop")
    app.setApplicationVersion(app_version())
    apply_theme(app)
    collector = MainThreadCollector()
    collector.start()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    helix = HelixApp(preferences=Preferences())
    finished = asyncio.Event()
    helix.quit_requested.connect(finished.set)
    with loop:
        helix.start()
        if os.environ.get(STARTUP_PROBE_ENV):
            from helix_desktop.ui.startup_probe import StartupProbe

            StartupProbe(helix)
        loop.run_until_complete(finished.wait())
        loop.run_until_complete(helix.shutdown())
    collector.stop()
    return 0
