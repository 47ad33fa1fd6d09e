"""Look and feel: Fusion with a light or dark palette that follows the system, and our QSS."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from helix_desktop.resources import resource_path

__all__ = ["apply_theme", "is_dark"]


# The user's choice (``system``, ``light``, ``dark``) lives on the application object.
THEME_PROPERTY = "helixTheme"


def is_dark() -> bool:
    """Whether the app shows its dark palette: the user's choice, else the system's."""
    app = QGuiApplication.instance()
    choice = str(app.property(THEME_PROPERTY) or "system") if app is not None else "system"
    if choice in ("light", "dark"):
        return choice == "dark"
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def _dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text = QColor(30, 32, 36), QColor(43, 45, 50), QColor(225, 227, 230)
    disabled = QColor(120, 122, 128)
    for role, color in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.ToolTipBase, window),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.Highlight, QColor(62, 130, 220)),
        (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
        (QPalette.ColorRole.Link, QColor(110, 170, 250)),
        (QPalette.ColorRole.PlaceholderText, disabled),
    ):
        palette.setColor(role, color)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def _apply_palette(app: QApplication) -> None:
    app.setPalette(_dark_palette() if is_dark() else app.style().standardPalette())


def apply_theme(app: QApplication, choice: str | None = None) -> None:
    """Fusion style, the palette (``choice``: system/light/dark), the QSS, the window icon."""
    if choice is not None:
        app.setProperty(THEME_PROPERTY, choice)
    # Setting the style or the style sheet again re-polishes every widget, windows on
    # their way out included: only when it changes (a theme switch changes the palette).
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    _apply_palette(app)
    if not app.property("helixThemed"):  # follow later system changes, connected once
        app.setProperty("helixThemed", True)
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda *_: _apply_palette(app))
    qss = resource_path("qss", "helix.qss")
    if qss.exists():
        text = qss.read_text(encoding="utf-8")
        if app.styleSheet() != text:
            app.setStyleSheet(text)
    icon = resource_path("icons", "helix.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
