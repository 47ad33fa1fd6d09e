"""``ask_rerun``: the question before "Rerun failed" starts, with the count of cases it runs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from helix_desktop.state.run_choice import failed_count
from server.contract.autotest import ReportResponse

__all__ = ["ask_rerun"]


def ask_rerun(
    parent: QWidget, report: ReportResponse, rerun: Callable[[str], object]
) -> QMessageBox:
    """Say which run and how many cases; ``rerun(batch_id)`` only after "Rerun" (non-modal)."""
    count = failed_count(report)
    started = report.start_time.astimezone().strftime("%Y-%m-%d %H:%M")
    box = QMessageBox(parent)
    box.setObjectName("rerunBox")
    box.setWindowTitle(QCoreApplication.translate("RerunPrompt", "Rerun failed cases"))
    run_text = (
        QCoreApplication.translate("RerunPrompt", "The run of %1 (%2 cases)")
        .replace("%1", started)
        .replace("%2", f"{report.total_count:,}")
    )
    if count == 0:
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            QCoreApplication.translate("RerunPrompt", "%1 has no failed cases.").replace(
                "%1", run_text
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
    else:
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(
            QCoreApplication.translate("RerunPrompt", "Rerun %1 failed cases (%2 FAIL, %3 ERROR)?")
            .replace("%1", f"{count:,}")
            .replace("%2", f"{report.fail_count:,}")
            .replace("%3", f"{report.error_count:,}")
        )
        box.setInformativeText(
            QCoreApplication.translate("RerunPrompt", "From: %1. They run in a new batch.").replace(
                "%1", run_text
            )
        )
        yes = box.addButton(
            QCoreApplication.translate("RerunPrompt", "Rerun"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            QCoreApplication.translate("RerunPrompt", "Cancel"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(yes)
        box.accepted.connect(lambda: rerun(report.id))
    box.finished.connect(lambda *_: box.deleteLater())
    box.open()
    return box
