"""Enter in the login dialog logs in, never quits: on every platform theme.

Seen on GNOME/GTK themes: after a failed login by mouse, Quit had become the
dialog's default button, so the next Enter closed the app.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle

from tests.desktop.conftest import login, until

ROOT = Path(__file__).resolve().parents[2]
# The subprocess run checks that the platform theme asked for is really in effect.
EXPECTED_LAYOUT_ENV = "HELIX_TEST_EXPECT_BUTTON_LAYOUT"


async def test_enter_logs_in_after_a_failed_login_by_mouse(helix: Any, qtbot: Any) -> None:
    expected_layout = os.environ.get(EXPECTED_LAYOUT_ENV)
    if expected_layout is not None:
        style = QApplication.style()
        assert style.styleHint(QStyle.StyleHint.SH_DialogButtonLayout) == int(expected_layout)
    quits: list[object] = []
    helix.quit_requested.connect(lambda: quits.append(True))
    helix.start()
    dialog = helix.login_dialog
    await login(helix, qtbot, "root", "wrong-password")  # clicks "Log in"
    await until(lambda: dialog.message.kind == "error")
    await until(lambda: dialog.login_button.isEnabled())
    assert dialog.login_button.isDefault()
    assert not dialog.cancel_button.isDefault()

    qtbot.keyClicks(dialog.password, "root123")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    await until(lambda: helix.password_dialog is not None)  # logged in (forced change next)
    assert quits == []
    assert helix.login_dialog is None


async def test_enter_with_focus_on_quit_does_not_quit(helix: Any, qtbot: Any) -> None:
    quits: list[object] = []
    helix.quit_requested.connect(lambda: quits.append(True))
    helix.start()
    dialog = helix.login_dialog
    await until(lambda: dialog.login_button.isEnabled())
    # Enter is not Quit's even when it has the focus: Space or a click are.
    dialog.cancel_button.setFocus(Qt.FocusReason.TabFocusReason)
    assert dialog.login_button.isDefault()
    dialog.username.setText("root")
    dialog.password.setText("root123")
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Return)
    await until(lambda: helix.password_dialog is not None)
    assert quits == []


def test_enter_logs_in_under_the_gnome_platform_theme(tmp_path: Path) -> None:
    """The same test on a virtual X screen with Qt's GNOME theme (its button order)."""
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is needed to try the GNOME platform theme"
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="xcb",
        QT_QPA_PLATFORMTHEME="gnome",
        # QDialogButtonBox::GnomeLayout: Quit left of Log in.
        **{EXPECTED_LAYOUT_ENV: "3"},
    )
    test = f"{Path(__file__).relative_to(ROOT)}::test_enter_logs_in_after_a_failed_login_by_mouse"
    command = [xvfb_run, "-a", sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    command += ["--basetemp", str(tmp_path / "inner"), test]
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=240, check=False
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "1 passed" in done.stdout
