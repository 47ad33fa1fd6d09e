"""The UI language: Chinese by default (our translation), English is the source text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from helix_desktop.resources import resource_path

__all__ = ["LanguageSwitch", "client_language"]


def client_language(language: str) -> str:
    """The ``Accept-Language`` value for a UI language code."""
    return "en" if language == "en" else "zh"


class LanguageSwitch:
    """Installs the translators for a language; switching removes the previous ones."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def remove(self) -> None:
        """Take this object's translators off the application (the app is closing)."""
        app = QCoreApplication.instance()
        if app is not None:
            for translator in self._installed:
                app.removeTranslator(translator)
        self._installed.clear()

    def apply(self, language: str) -> bool:
        """Install ``language``; False when our translation file is missing."""
        app = QCoreApplication.instance()
        assert app is not None
        self.remove()
        self.language = language
        if language == "en":
            QLocale.setDefault(QLocale(QLocale.Language.English))
            return True
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        ours = QTranslator()
        if not ours.load(str(resource_path("translations", f"helix_{language}.qm"))):
            return False
        # Qt's own strings (standard buttons, context menus) in the same language.
        qt_base = QTranslator()
        if qt_base.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_base)
            self._installed.append(qt_base)
        app.installTranslator(ours)
        self._installed.append(ours)
        return True
