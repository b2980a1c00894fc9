"""What differs between the Linux and the Windows bundle, and what the bundle leaves out.

Imported by dialogdesk.spec; kept apart so the spec reads the same on both systems.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

WINDOWS = sys.platform == "win32"
# No console window on Windows; on Linux the console is where a terminal start writes errors.
WINDOWED = WINDOWS
# Debug symbols are most of libpython's size on Linux; Windows binaries carry none.
STRIP = not WINDOWS
ICON = (
    str(HERE / "dialogdesk.ico") if WINDOWS else str(HERE.parent / "resources" / "icons" / "dialogdesk.png")
)

# Qt and Python modules DialogDesk never imports; PyInstaller's hooks would otherwise follow
# optional imports into them.
EXCLUDED_MODULES = [
    "tkinter",
    "unittest",
    "pydoc",
    "hypothesis",
    "pytest",
    "_pytest",
    "pytestqt",
    "ssl",
    "_ssl",
    "_hashlib",  # hashlib falls back to Python's own SHA-256; saves OpenSSL (5 MB)
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtNetwork",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtBluetooth",
    "PySide6.QtNfc",
    "PySide6.QtPositioning",
    "PySide6.QtLocation",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtTextToSpeech",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtStateMachine",
    "PySide6.QtHttpServer",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdfWidgets",
    "PySide6.QtSvgWidgets",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
]

# Files the hooks collect that DialogDesk does not load at run time (matched on the path inside
# the bundle). Qt's own translations: DialogDesk ships its own .qm; platform plugins for Wayland
# compositors and EGLFS kiosks are not used by a meeting-room desktop.
_UNUSED_PARTS = (
    "PySide6/Qt/translations/",
    "qtwebengine",
    "Qt6WebEngine",
    "Qt6Quick",
    "Qt6Qml",
    "Qt6Pdf",
    "Qt6Designer",
    "Qt6ShaderTools",
    "Qt63D",
    "Qt6Charts",
    "Qt6Graphs",
    "Qt6DataVisualization",
    "plugins/qmltooling",
    "plugins/sceneparsers",
    "plugins/geometryloaders",
    "plugins/designer",
    "plugins/sqldrivers",
    "plugins/position",
    "plugins/sensors",
    "plugins/canbus",
    "plugins/texttospeech",
    "plugins/webview",
    "plugins/renderers",
    "plugins/networkinformation",
    "plugins/tls",
    "plugins/platforms/libqeglfs",
    "plugins/platforms/libqwayland",
    "plugins/platforms/libqminimal.",
    "plugins/platforminputcontexts/libqtvirtualkeyboard",
    "plugins/platformthemes/libqgtk3",
    "plugins/imageformats/libqtiff",
    "plugins/imageformats/libqwebp",
    "plugins/imageformats/libqpdf",
    "plugins/imageformats/libqicns",
    "plugins/imageformats/libqtga",
    "plugins/imageformats/libqwbmp",
    "plugins/generic/",
    "plugins/xcbglintegrations/libqxcb-egl",
    "Qt6VirtualKeyboard",
    "Qt6WaylandClient",
    "Qt6WlShellIntegration",
    "Qt6EglFs",
    "Qt6EglFS",
    # No SVG, JPEG or GIF images in DialogDesk (its icon is a PNG).
    "Qt6Svg",
    "plugins/iconengines/libqsvgicon",
    "plugins/imageformats/libqsvg",
    "plugins/imageformats/libqjpeg",
    "plugins/imageformats/libqgif",
    "libjpeg",
    # Chinese, Japanese and Korean text codecs; materials are UTF-8.
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_codecs_iso2022",
    # The GTK stack came in with the GTK platform theme, which is left out above.
    "libgtk-3",
    "libgdk-3",
    "libgdk_pixbuf",
    "libatk",
    "libcairo",
    "libpango",
    "libepoxy",
    "libpixman",
    "libharfbuzz",
    "libfribidi",
    "libthai",
    "libdatrie",
    "libXcomposite",
    "libXcursor",
    "libXdamage",
    "libXinerama",
    "libXrandr",
    "libwayland-",
    "libtiff",
    "libwebp",
    "libjbig",
    "libLerc",
    "libdeflate",
    "plugins/platforms/libqlinuxfb",
    "plugins/platforms/libqminimalegl",
    "plugins/platforms/libqvnc",
    "plugins/platforms/libqvkkhrdisplay",
    "plugins/egldeviceintegrations",
    "plugins/wayland",
)


def prune_binaries(entries: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Drop collected files DialogDesk never loads (see _UNUSED_PARTS)."""
    kept = []
    for entry in entries:
        destination = entry[0].replace("\\", "/")
        if any(part in destination for part in _UNUSED_PARTS):
            continue
        kept.append(entry)
    return kept
