"""Which of PyInstaller's collected files the bundle keeps (used by ``helix.spec``).

PyInstaller's Qt hooks collect every plugin of a plugin type and every Qt
translation; the app needs few of them. Entries are matched on their path inside
the bundle (``PySide6/Qt/plugins/platforms/libqxcb.so``, ``PySide6/...`` on
Windows with backslashes). Plugins are filtered where the hooks collect them
(``limit_qt_plugins``), before PyInstaller follows their library dependencies:
dropping them afterwards would leave behind what they linked (a GTK theme
plugin alone drags in cairo, pango and friends).
"""

from __future__ import annotations

import os
import re

__all__ = ["DROPPED_PLUGIN_TYPES", "KEPT_PLATFORMS", "keep_entry", "limit_qt_plugins"]

# Platform plugins: X11 (xcb) and offscreen (tests, the start-up probe) on Linux,
# the native one elsewhere. Wayland sessions use X11 through XWayland.
KEPT_PLATFORMS = frozenset({"qxcb", "qoffscreen", "qwindows", "qcocoa"})
# Plugin types the app never loads (touch screens, virtual keyboards, Wayland
# compositors, network status, multimedia, 3D).
DROPPED_PLUGIN_TYPES = frozenset(
    {
        "generic",
        "egldeviceintegrations",
        "wayland-decoration-client",
        "wayland-graphics-integration-client",
        "wayland-graphics-integration-server",
        "wayland-shell-integration",
        "networkinformation",
        "tls",
        "multimedia",
        "position",
        "sensors",
        "sqldrivers",
        "texttospeech",
        "qmltooling",
        "renderers",
        "renderplugins",
        "sceneparsers",
        "geometryloaders",
        "assetimporters",
        "designer",
        "webview",
        "canbus",
        "printsupport",
        "scxmldatamodel",
        "geoservices",
        "vectorimageformats",
        # Native dialogs and colours through GTK: links the whole GTK stack, which the
        # bundle does not carry; Qt's own (Fusion) look is used everywhere instead.
        "platformthemes",
    }
)
# Qt libraries no kept plugin or module needs (pulled in by dropped plugins).
_DROPPED_LIBS = re.compile(
    r"Qt6(Wayland\w*|WlShellIntegration|Quick\w*|Qml\w*|VirtualKeyboard\w*|Pdf\w*|"
    r"Multimedia\w*|WebEngine\w*|3D\w*)[.\d]*(\.so|\.dll)",
)
# Qt's own translations: Chinese and English only (the app offers those two).
_TRANSLATION = re.compile(r"(?P<module>[a-z_]+?)_(?P<lang>[a-z]{2}(_[A-Z]{2})?)\.qm$")


def keep_entry(dest: str) -> bool:
    """False for a collected file the bundle does not need."""
    path = dest.replace("\\", "/")
    parts = path.split("/")
    if "plugins" in parts:
        plugin_type = (
            parts[parts.index("plugins") + 1] if len(parts) > parts.index("plugins") + 1 else ""
        )
        if plugin_type in DROPPED_PLUGIN_TYPES:
            return False
        if plugin_type == "platforms":
            name = parts[-1].split(".")[0].removeprefix("lib")
            return name in KEPT_PLATFORMS
        if plugin_type == "platforminputcontexts" and "virtualkeyboard" in parts[-1]:
            return False
        if plugin_type == "imageformats" and parts[-1].split(".")[0].endswith("qpdf"):
            return False
    if _DROPPED_LIBS.search(parts[-1]):
        return False
    if "translations" in parts and parts[-1].endswith(".qm") and "PySide6" in parts:
        match = _TRANSLATION.search(parts[-1])
        if match and match.group("lang") not in ("zh_CN", "en"):
            return False
        if match and match.group("module") not in ("qtbase", "qt"):
            return False
    return True


def limit_qt_plugins() -> None:
    """Make PyInstaller's Qt hooks collect only the plugins ``keep_entry`` keeps."""
    from PyInstaller.utils.hooks import qt

    collect = qt.QtLibraryInfo.collect_plugins
    if getattr(collect, "helix_limited", False):
        return

    def collect_kept(self: qt.QtLibraryInfo, plugin_type: str) -> list[tuple[str, str]]:
        return [
            (src, dest)
            for src, dest in collect(self, plugin_type)
            if keep_entry(os.path.join(dest, os.path.basename(src)))
        ]

    collect_kept.helix_limited = True  # type: ignore[attr-defined]
    qt.QtLibraryInfo.collect_plugins = collect_kept  # type: ignore[method-assign]
