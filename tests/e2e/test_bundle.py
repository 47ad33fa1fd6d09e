"""The self-check (checkout and bundle), and the PyInstaller bundle built for real.

The ``bundle`` tests build ``dist/helix`` with ``build/bundle.sh`` (about 1-2 min);
deselect them locally with ``-m "not bundle"``. CI (``make test``) runs them.
"""

from __future__ import annotations

import importlib.util
import io
import os
import platform
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from helix_desktop.selfcheck import CASES
from helix_desktop.selfcheck import main as self_check

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
VERDICT = re.compile(r"^self-check: OK \(5 cases, 5 PASS, [\d.]+ s\)$")
PROBE = re.compile(r"^startup: login window shown after [\d.]+ s; server ready after [\d.]+ s$")
MAX_BUNDLE_BYTES = 250 * 1000 * 1000


def _plain_env(home: Path, **extra: str) -> dict[str, str]:
    """No display, no HELIX_* settings of the caller, settings files in ``home``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM") and not k.startswith("HELIX_")
    }
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), **extra)
    return env


def _bundle_filter() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bundle_filter", ROOT / "build" / "bundle_filter.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_self_check_from_the_checkout_without_a_display(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "helix_desktop.cli", "--self-check"],
        env=_plain_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert VERDICT.match(result.stdout.strip()), result.stdout
    assert len(result.stdout.strip().splitlines()) == 1
    assert len(CASES) == 5


def test_self_check_names_the_step_that_failed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A bundle whose resources were left out: the locator looks in an empty folder.
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    out = io.StringIO()
    assert self_check([], stdout=out) == 1
    line = out.getvalue().strip()
    assert line.startswith("self-check: FAILED at resources: missing resource ")
    assert str(tmp_path / "resources") in line
    assert self_check(["--bogus"], stdout=io.StringIO()) == 2


def test_startup_probe_from_the_checkout(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "helix_desktop.cli", "--startup-probe"],
        env=_plain_env(tmp_path, QT_QPA_PLATFORM="offscreen", HELIX_DATA_DIR=str(tmp_path / "d")),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert PROBE.match(result.stdout.strip()), result.stdout
    # The local server really started on that data dir.
    assert (tmp_path / "d" / "helix.db").exists()


def test_bundle_filter_keeps_what_the_app_loads() -> None:
    keep = _bundle_filter().keep_entry
    plugins = "PySide6/Qt/plugins"
    for kept in (
        f"{plugins}/platforms/libqxcb.so",
        f"{plugins}/platforms/libqoffscreen.so",
        "PySide6\\Qt\\plugins\\platforms\\qwindows.dll",
        f"{plugins}/imageformats/libqsvg.so",
        f"{plugins}/iconengines/libqsvgicon.so",
        f"{plugins}/platforminputcontexts/libibusplatforminputcontextplugin.so",
        f"{plugins}/xcbglintegrations/libqxcb-glx-integration.so",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "PySide6/Qt/lib/libQt6Charts.so.6",
        "resources/translations/helix_zh_CN.qm",
        "server/db/migrations/versions/0001_accounts.py",
    ):
        assert keep(kept), kept
    for dropped in (
        f"{plugins}/platforms/libqwayland.so",
        f"{plugins}/platforms/libqeglfs.so",
        f"{plugins}/platforms/libqvnc.so",
        f"{plugins}/platformthemes/libqgtk3.so",
        f"{plugins}/egldeviceintegrations/libqeglfs-kms-integration.so",
        f"{plugins}/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        f"{plugins}/imageformats/libqpdf.so",
        f"{plugins}/tls/libqopensslbackend.so",
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/designer_zh_CN.qm",
    ):
        assert not keep(dropped), dropped


# ------------------------------------------------------------------ the bundle


@pytest.fixture(scope="module")
def bundle() -> Iterator[Path]:
    """``make bundle``'s script, run once for this module: ``dist/helix`` and the archive."""
    result = subprocess.run(
        ["bash", "build/bundle.sh"],
        cwd=ROOT,
        env={**os.environ, "PY": sys.executable},
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    yield ROOT / "dist" / "helix"


@pytest.mark.bundle
@pytest.mark.timeout(1800)
def test_bundle_contents_and_self_check(bundle: Path, tmp_path: Path) -> None:
    from importlib.metadata import version

    system = platform.system().lower()
    archive = (
        ROOT / "dist" / f"helix-{version('helix-desktop')}-{system}-{platform.machine()}.tar.gz"
    )
    assert archive.is_file()
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < MAX_BUNDLE_BYTES, f"{size / 1e6:.0f} MB"
    internal = bundle / "_internal"
    for shipped in (
        "resources/translations/helix_zh_CN.qm",
        "resources/qss/helix.qss",
        "resources/icons/helix.svg",
        "server/db/migrations/env.py",
        "server/db/migrations/versions/0001_accounts.py",
        "server/demo_bot/catalogue.json",
    ):
        assert (internal / shipped).is_file(), shipped
    qt = internal / "PySide6" / "Qt"
    platforms = {p.name for p in (qt / "plugins" / "platforms").iterdir()}
    assert platforms == {"libqxcb.so", "libqoffscreen.so"}
    names = [p.name for p in internal.rglob("*")]
    for unused in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt6Pdf", "Qt6Multimedia", "Qt63D"):
        assert not [n for n in names if unused in n], unused
    assert (internal / "PySide6" / "QtCharts.abi3.so").is_file()
    assert (bundle / "helix.desktop").is_file() and (bundle / "helix.png").is_file()

    result = subprocess.run(
        [str(bundle / "helix"), "--self-check"],
        env=_plain_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert VERDICT.match(result.stdout.strip()), result.stdout


@pytest.mark.bundle
@pytest.mark.timeout(1800)
def test_bundle_opens_the_login_window_and_runs_commands(bundle: Path, tmp_path: Path) -> None:
    probe = subprocess.run(
        [str(bundle / "helix"), "--startup-probe"],
        env=_plain_env(tmp_path, QT_QPA_PLATFORM="offscreen", HELIX_DATA_DIR=str(tmp_path / "d")),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert probe.returncode == 0, probe.stdout + probe.stderr
    assert PROBE.match(probe.stdout.strip()), probe.stdout
    assert "Traceback" not in probe.stderr

    usage = subprocess.run(
        [str(bundle / "helix"), "run"], env=_plain_env(tmp_path), capture_output=True, text=True
    )
    assert usage.returncode == 2
    assert usage.stderr.startswith("helix run: give --server URL or --data-dir DIR")
    no_display = subprocess.run(
        [str(bundle / "helix")], env=_plain_env(tmp_path), capture_output=True, text=True
    )
    assert no_display.returncode == 2
    assert "QT_QPA_PLATFORM=offscreen" in no_display.stderr
