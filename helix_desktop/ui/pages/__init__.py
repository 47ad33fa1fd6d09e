"""The main window's pages: one module per page, listed once in ``PAGES``.

A later issue fills a page by replacing its ``build`` with its own widget (and
adding the state it needs to ``PageContext``); the window needs no change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from helix_desktop.state.cases import CasesState
from helix_desktop.state.config import ConfigState
from helix_desktop.state.generator import GeneratorState
from helix_desktop.state.matrix import MatrixState
from helix_desktop.state.preferences import Preferences
from helix_desktop.state.reports import ReportsState
from helix_desktop.state.run import RunState
from helix_desktop.state.session import Session
from helix_desktop.state.targets import TargetsState
from helix_desktop.ui.pages import bot_config, cases, generator, matrix, reports, run, targets

__all__ = ["PAGES", "PageContext", "PageSpec"]


@dataclass(frozen=True, slots=True)
class PageContext:
    """What pages may use: the state objects built by the composition root."""

    session: Session
    preferences: Preferences
    config: ConfigState
    run: RunState
    reports: ReportsState
    matrix: MatrixState
    cases: CasesState
    generator: GeneratorState
    targets: TargetsState


@dataclass(frozen=True, slots=True)
class PageSpec:
    key: str
    title: Callable[[], str]  # called after the translator is installed
    build: Callable[[PageContext], QWidget]


PAGES: list[PageSpec] = [
    PageSpec(
        "matrix", lambda: QCoreApplication.translate("Pages", "Experiment matrix"), matrix.build
    ),
    PageSpec("cases", lambda: QCoreApplication.translate("Pages", "Cases"), cases.build),
    PageSpec("targets", lambda: QCoreApplication.translate("Pages", "Targets"), targets.build),
    PageSpec("run", lambda: QCoreApplication.translate("Pages", "Run"), run.build),
    PageSpec("reports", lambda: QCoreApplication.translate("Pages", "Reports"), reports.build),
    PageSpec(
        "generator", lambda: QCoreApplication.translate("Pages", "Generator"), generator.build
    ),
    PageSpec(
        "bot_config", lambda: QCoreApplication.translate("Pages", "Bot config"), bot_config.build
    ),
]
