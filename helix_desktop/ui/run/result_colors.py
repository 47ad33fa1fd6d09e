"""``result_colors``: the colours of a case status (PASS green, FAIL red, ERROR orange...)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from helix_desktop.state.vocabulary import RowStatus
from server.contract.vocabulary import CaseVerdict

__all__ = ["result_colors"]

# status -> (light background, light text, dark background, dark text)
_COLORS: dict[str, tuple[str, str, str, str]] = {
    RowStatus.PASS: ("#dff3e4", "#1b6e34", "#1f4a2c", "#9be2ad"),
    RowStatus.FAIL: ("#fde2e1", "#b3261e", "#5a2423", "#ffb4ab"),
    RowStatus.ERROR: ("#fff0d6", "#9a5b00", "#553a10", "#ffcf87"),
    RowStatus.RUNNING: ("#e1ecfd", "#1a56c4", "#1e3557", "#a8c7fa"),
    RowStatus.QUEUED: ("#f1f2f4", "#6b7078", "#2f3237", "#9aa0a8"),
    RowStatus.NOT_RUN: ("#f1f2f4", "#8a8f96", "#2f3237", "#80868e"),
    # A case passed on some asks only (repeats).
    CaseVerdict.FLAKY: ("#f3e5f5", "#7b1fa2", "#3f2446", "#e1a8ee"),
}


def result_colors(status: str, *, dark: bool = False) -> tuple[QColor, QColor]:
    """Background and text colour for a status; neutral for an unknown one."""
    light_bg, light_fg, dark_bg, dark_fg = _COLORS.get(status, _COLORS[RowStatus.QUEUED])
    return (QColor(dark_bg), QColor(dark_fg)) if dark else (QColor(light_bg), QColor(light_fg))
