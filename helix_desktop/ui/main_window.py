"""``MainWindow``: navigation between the pages, menus with shortcuts, a status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from helix_desktop.ui.pages import PAGES, PageContext, PageSpec
from helix_desktop.ui.unsaved_guard import EditableForm, HasEditableForm, ask_before_leaving
from server.contract.vocabulary import Role

__all__ = ["MainWindow"]

GEOMETRY_KEY = "main_window"


class MainWindow(QMainWindow):
    """Views over the session; asks the composition root for accounts, log out, language."""

    logout_requested = Signal()
    users_requested = Signal()
    change_password_requested = Signal()
    language_requested = Signal(str)
    theme_requested = Signal(str)  # system / light / dark
    closed = Signal()

    def __init__(
        self,
        context: PageContext,
        *,
        server_text: str,
        version: str,
        pages: list[PageSpec] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.version = version
        self.pages = list(pages or PAGES)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Helix")
        self.setMinimumSize(QSize(720, 480))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.stack = QStackedWidget()
        self.page_widgets: dict[str, QWidget] = {}
        for spec in self.pages:
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.navigation.addItem(item)
            widget = spec.build(context)
            self.page_widgets[spec.key] = widget
            self.stack.addWidget(widget)
        self.navigation.currentRowChanged.connect(self._on_page_changed)
        # As wide as the longest title in the current language, without a scroll bar.
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setFixedWidth(max(170, self.navigation.sizeHintForColumn(0) + 36))
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # Set by the app when closing this window stops the local server (and its runs).
        self.runs_stop_on_close = False
        self._close_confirmed = False
        self._unsaved_answered = False
        self.quit_box: QMessageBox | None = None
        self.unsaved_box: QMessageBox | None = None
        self.quit_button: object = None
        self._build_menus()
        self.server_label = QLabel(server_text)
        self.server_label.setObjectName("statusServer")
        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self.statusBar().addWidget(self.server_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self.refresh_user()

        geometry = context.preferences.geometry(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        self.show_page(context.preferences.page or self.pages[0].key)

    # ------------------------------------------------------------------ menus

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.logout_action = QAction(self.tr("Log &out"), self)
        self.logout_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.logout_action.triggered.connect(self.logout_requested)
        quit_action = QAction(self.tr("&Quit"), self)
        # Not StandardKey.Quit: it is empty on Windows and on the offscreen platform.
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(self.logout_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index, spec in enumerate(self.pages):
            action = QAction(spec.title(), self)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_page(key))
            view_menu.addAction(action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("zh_CN", "中文"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(self.context.preferences.language == code)
            action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            language_menu.addAction(action)
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        themes = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for code, name in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            action = QAction(name, self, checkable=True)
            action.setChecked(self.context.preferences.theme == code)
            action.triggered.connect(lambda _=False, c=code: self.theme_requested.emit(c))
            themes.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[code] = action

        user_menu = self.menuBar().addMenu(self.tr("&Account"))
        self.users_action = QAction(self.tr("&User accounts…"), self)
        self.users_action.setObjectName("usersAction")
        self.users_action.setShortcut(QKeySequence("Ctrl+U"))
        self.users_action.triggered.connect(self.users_requested)
        self.password_action = QAction(self.tr("&Change password…"), self)
        self.password_action.triggered.connect(self.change_password_requested)
        user_menu.addAction(self.users_action)
        user_menu.addAction(self.password_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Helix"), self)
        about_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    # ------------------------------------------------------------------ state

    def refresh_user(self) -> None:
        """Status bar and root-only actions follow the logged-in user."""
        user = self.context.session.user
        if user is None:
            self.user_label.setText("")
        else:
            role = self.tr("Administrator") if user.role == Role.ROOT else self.tr("Tester")
            self.user_label.setText(f"{user.display_name} ({user.username}, {role})")
        self.users_action.setVisible(self.context.session.is_root)
        self.users_action.setEnabled(self.context.session.is_root)

    def current_page(self) -> str:
        return self.pages[max(self.stack.currentIndex(), 0)].key

    def show_page(self, key: str) -> None:
        keys = [spec.key for spec in self.pages]
        self.navigation.setCurrentRow(keys.index(key) if key in keys else 0)

    def _on_page_changed(self, row: int) -> None:
        if row < 0 or row == self.stack.currentIndex():
            return
        form = self._editable_form(self.stack.currentWidget())
        if form is not None and form.is_dirty():
            # Stay on the page with unsaved edits until the user has answered.
            self._set_navigation_row(self.stack.currentIndex())
            self.unsaved_box = ask_before_leaving(self, form, lambda: self._switch_to(row))
            return
        self._switch_to(row)

    def _switch_to(self, row: int) -> None:
        self.unsaved_box = None
        self._set_navigation_row(row)
        self.stack.setCurrentIndex(row)
        self.context.preferences.set_page(self.pages[row].key)

    def _set_navigation_row(self, row: int) -> None:
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(row)
        self.navigation.blockSignals(False)

    @staticmethod
    def _editable_form(page: QWidget | None) -> EditableForm | None:
        return page.editable_form() if isinstance(page, HasEditableForm) else None

    def dirty_form(self) -> EditableForm | None:
        """The first page form with unsaved edits (asked about before closing)."""
        for page in self.page_widgets.values():
            form = self._editable_form(page)
            if form is not None and form.is_dirty():
                return form
        return None

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About Helix"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(f"<b>Helix Desktop</b> {self.version}")
        box.setInformativeText(
            self.tr("A desktop tool for test teams that check text-to-SQL Q&A bots.")
        )
        box.open()
        self.about_box = box

    def save_geometry(self) -> None:
        self.context.preferences.set_geometry(GEOMETRY_KEY, self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        answered, self._unsaved_answered = self._unsaved_answered, False
        form = None if answered or self._close_confirmed else self.dirty_form()
        if form is not None:
            event.ignore()
            self.unsaved_box = ask_before_leaving(self, form, self._close_after_answer)
            return
        run = self.context.run
        if self.runs_stop_on_close and run.running and not self._close_confirmed:
            # Closing stops the local server: the run would be interrupted. Ask first.
            event.ignore()
            self._ask_to_close()
            return
        self.save_geometry()
        super().closeEvent(event)
        self.closed.emit()

    def close_answered(self) -> None:
        """Close without asking about unsaved edits: the caller asked already (log out,
        a language or theme change) and a save may still be on its way."""
        self._unsaved_answered = True
        self.close()

    def _close_after_answer(self) -> None:
        self._unsaved_answered = True  # saved (still on its way) or discarded: don't ask again
        self.close()

    def _ask_to_close(self) -> None:
        if self.quit_box is not None:
            self.quit_box.raise_()
            return
        run = self.context.run
        text = self.tr(
            "A run is in progress (%1 of %2 cases done). Quitting stops the local server "
            "and interrupts the run; you can resume it later from the Run page."
        )
        box = QMessageBox(self)
        box.setObjectName("quitBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Quit Helix"))
        box.setText(text.replace("%1", str(run.completed)).replace("%2", str(run.total)))
        self.quit_button = box.addButton(
            self.tr("Quit and interrupt"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(self.tr("Keep running"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.buttonClicked.connect(self._on_quit_answer)
        self.quit_box = box
        box.open()

    def _on_quit_answer(self, button: object) -> None:
        box, self.quit_box = self.quit_box, None
        if box is not None:
            box.deleteLater()
        if button is self.quit_button:
            self._close_confirmed = True
            self.close()
