"""``case_menu``: the right-click menu of a case row (Cases, Run and Reports tables)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

__all__ = ["CaseRow", "case_menu"]


@dataclass(frozen=True, slots=True)
class CaseRow:
    """What the menu acts on: one case's row in a results table."""

    case_id: int
    question: str
    actual_sql: str | None = None
    expected_sql: str | None = None


def _copy(text: str) -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(text)


def case_menu(
    parent: QWidget,
    row: CaseRow,
    *,
    open_case: Callable[[int], object] | None,
    run_case: Callable[[list[int]], object],
) -> QMenu:
    """Copy question / SQL / expected SQL, open the case, run this case (built, not shown).

    ``open_case`` None leaves "Open case" out (the Cases table, where the case is open).
    """

    # Literal translate calls first, so that lupdate finds every text.
    texts = (
        QCoreApplication.translate("CaseMenu", "Copy question"),
        QCoreApplication.translate("CaseMenu", "Copy SQL"),
        QCoreApplication.translate("CaseMenu", "Copy expected SQL"),
        QCoreApplication.translate("CaseMenu", "Open case"),
        QCoreApplication.translate("CaseMenu", "Run this case"),
    )
    menu = QMenu(parent)
    menu.setObjectName("caseMenu")
    menu.addAction(texts[0], lambda: _copy(row.question))
    copy_sql = menu.addAction(texts[1], lambda: _copy(row.actual_sql or ""))
    copy_sql.setEnabled(bool(row.actual_sql))
    copy_expected = menu.addAction(texts[2], lambda: _copy(row.expected_sql or ""))
    copy_expected.setEnabled(bool(row.expected_sql))
    menu.addSeparator()
    if open_case is not None:
        menu.addAction(texts[3], lambda: open_case(row.case_id))
    menu.addAction(texts[4], lambda: run_case([row.case_id]))
    return menu
