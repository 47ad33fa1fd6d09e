"""``ChecksStrip``: which of the judge's checks ran on a result and how each came out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from helix_desktop.ui.run.result_colors import result_colors
from helix_desktop.ui.theme import is_dark

__all__ = ["ChecksStrip", "check_name"]


def check_name(check: str) -> str:
    names = {
        "keywords": QCoreApplication.translate("JudgeCheck", "Keywords"),
        "conditions": QCoreApplication.translate("JudgeCheck", "Conditions"),
        "structure": QCoreApplication.translate("JudgeCheck", "Structure"),
        "execution": QCoreApplication.translate("JudgeCheck", "Execution"),
    }
    return names.get(check, check)


class ChecksStrip(QLabel):
    """One coloured chip per check (PASS green, FAIL red, ERROR orange); hover for its message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diffChecks")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.checks: list[tuple[str, str, str]] = []

    def show_checks(self, checks: Sequence[Mapping[str, Any]] | None) -> None:
        """Show the checks of a result (``[{"check", "result", "message"}]``); none: hidden."""
        self.checks = [
            (str(c.get("check", "")), str(c.get("result", "")), str(c.get("message") or ""))
            for c in checks or []
        ]
        if not self.checks:
            self.clear()
            self.setToolTip("")
            self.hide()
            return
        dark = is_dark()
        chips = []
        for check, result, _message in self.checks:
            background, foreground = result_colors(result, dark=dark)
            chips.append(
                f'<span style="background:{background.name()};color:{foreground.name()};">'
                f"&nbsp;{escape(check_name(check))}: {escape(result)}&nbsp;</span>"
            )
        title = escape(self.tr("Checks"))
        self.setText(f"{title}: " + "&nbsp; ".join(chips))
        self.setToolTip(
            "\n".join(
                f"{check_name(check)}: {result}" + (f" — {message}" if message else "")
                for check, result, message in self.checks
            )
        )
        self.show()
