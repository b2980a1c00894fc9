"""What differs between the Linux and the Windows bundle, and what the bundle leaves out.

Imported by dialogdesk.spec; kept apart so the spec reads the same on both systems, and so a test
on Linux can ask what the spec builds on Windows (``BundlePlatform("win32")``).
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Executable:
    """One program in the bundle: its name without ``.exe`` and whether it gets a console."""

    name: str
    console: bool


@dataclass(frozen=True)
class BundlePlatform:
    """How the bundle is made on one system (``sys.platform``), so a Linux test can ask about Windows."""

    platform: str

    @property
    def windows(self) -> bool:
        return self.platform == "win32"

    @property
    def windowed(self) -> bool:
        # No console window on Windows; on Linux the console is where a terminal start writes errors.
        return self.windows

    @property
    def console_twin(self) -> bool:
        # A windowed Windows program has no standard output, so ``--self-test`` and ``validate``
        # would print nothing: Windows gets a second, console executable for IT.
        return self.windows

    @property
    def strip(self) -> bool:
        # Debug symbols are most of libpython's size on Linux; Windows binaries carry none.
        return not self.windows

    @property
    def icon(self) -> str:
        if self.windows:
            return str(HERE / "dialogdesk.ico")
        return str(HERE.parent / "resources" / "icons" / "dialogdesk.png")

    @property
    def executables(self) -> list[Executable]:
        """What the spec builds: ``dialogdesk`` (windowed on Windows) and, on Windows, the console twin."""
        programs = [Executable("dialogdesk", console=not self.windowed)]
        if self.console_twin:
            programs.append(Executable("dialogdesk-console", console=True))
        return programs

    def file_name(self, executable: Executable) -> str:
        """The program's file name in the bundle folder (``dialogdesk.exe`` on Windows)."""
        return executable.name + (".exe" if self.windows else "")


THIS = BundlePlatform(sys.platform)

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
    # Not "PySide6.QtNetwork": the QtMultimedia binding imports it when it loads.
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
    "PySide6.QtPdf",  # the self-test checks the report PDF without reading it
    "PySide6.QtPdfWidgets",
    "PySide6.QtSvgWidgets",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
]

# Files the hooks collect that DialogDesk does not load at run time (matched on the path inside
# the bundle). Qt's own translations: DialogDesk ships its own .qm; platform plugins for Wayland
# compositors and EGLFS kiosks are not used by a meeting-room desktop.
# Qt's own Danish (Yes/No, the file dialog, a text field's menu); the other 40 languages' are dropped.
QT_TRANSLATIONS_KEPT = ("qtbase_da.qm", "qtmultimedia_da.qm")

_UNUSED_PARTS = (
    "PySide6/Qt/translations/",
    "PySide6/translations/",  # where the Windows wheel keeps them
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
    # OpenSSL, which the QtNetwork hook collects for the TLS plugins (left out above).
    "libssl.so",
    "libcrypto.so",
    "plugins/platforms/libqeglfs",
    "plugins/platforms/libqwayland",
    "plugins/platforms/libqminimal.",
    "plugins/platforms/libqdirect2d.",  # Windows: Direct2D painting, not used (qwindows is)
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


# The FFmpeg multimedia plugin is linked against these Qt Quick and QML libraries (PySide6 6.10, Linux):
# without them it does not load and there is no audio or video playback. Windows' plugin imports
# none of them (its DLL imports in the PySide6 6.10.3 win_amd64 wheel), so they go there.
_NEEDED_BY_FFMPEG_PLUGIN = {
    "libQt6Quick.so.6",
    "libQt6Qml.so.6",
    "libQt6QmlModels.so.6",
    "libQt6QmlMeta.so.6",
    "libQt6QmlWorkerScript.so.6",
}
# GNU strip (binutils 2.40, Debian 12) breaks the wheel's FFmpeg libraries: "ELF load command
# address/offset not page-aligned". They come stripped already; they are copied as they are.
_NOT_STRIPPED = ("libavcodec.so", "libavformat.so", "libavutil.so", "libswresample.so", "libswscale.so")


def prune_binaries(entries: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Drop collected files DialogDesk never loads (see _UNUSED_PARTS), on Linux and on Windows."""
    kept = []
    for entry in entries:
        destination = _as_linux_plugin(entry[0].replace("\\", "/"))
        name = destination.rsplit("/", 1)[-1]
        needed = name in _NEEDED_BY_FFMPEG_PLUGIN or name in QT_TRANSLATIONS_KEPT
        if not needed and any(part in destination for part in _UNUSED_PARTS):
            continue
        kept.append(entry)
    return kept


_WINDOWS_PLUGIN = re.compile(r"(^|/)plugins/([^/]+)/(?!lib)([^/]+\.dll)$", re.IGNORECASE)


def _as_linux_plugin(destination: str) -> str:
    """``plugins/imageformats/qtiff.dll`` as ``.../libqtiff.dll``: one list names both systems' plugins."""
    return _WINDOWS_PLUGIN.sub(r"\1plugins/\2/lib\3", destination)


def copy_unstripped(entries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Collect the FFmpeg libraries as data files, which COLLECT(strip=True) copies unchanged."""
    return [
        (destination, source, "DATA" if kind == "BINARY" and _unstrippable(destination) else kind)
        for destination, source, kind in entries
    ]


def _unstrippable(destination: str) -> bool:
    return destination.replace("\\", "/").rsplit("/", 1)[-1].startswith(_NOT_STRIPPED)


# ICU's data library (libicudata, 32 MB) holds locale data for some 800 locales; DialogDesk runs in
# Danish or English. On Linux it is replaced by one with the root, Danish and English data only
# (4.5 MB): collation, case mapping, word breaks and time-zone names in both languages stay the same.
# Needs icupkg (Debian: icu-devtools) and binutils. Windows wheels use the system's ICU.
ICU_LANGUAGES = ("da", "en")
_LOCALE_ITEM = re.compile(r"^([a-z]{2,3})(?:_|$)")


def trim_icu_data(
    entries: list[tuple[str, str, str]], work: Path, platform: BundlePlatform = THIS
) -> list[tuple[str, str, str]]:
    if platform.windows:
        return entries
    trimmed = []
    for destination, source, kind in entries:
        if Path(destination).name.startswith("libicudata.so."):
            source = str(_trimmed_icu_library(Path(source), work))
        trimmed.append((destination, source, kind))
    return trimmed


def _unneeded_icu_item(item: str) -> bool:
    folder, _, name = item.rpartition("/")
    stem, _, extension = name.rpartition(".")
    if extension == "dict" or folder == "translit":
        return True  # Chinese, Japanese, Thai, Khmer, Lao, Burmese word lists; transliteration
    if extension == "cnv":
        return True  # legacy code pages: UTF-8, UTF-16 and Latin-1 are built into ICU's code
    locale = _LOCALE_ITEM.match(stem)
    return (
        extension == "res" and stem != "res_index" and locale is not None and locale[1] not in ICU_LANGUAGES
    )


def _trimmed_icu_library(library: Path, work: Path) -> Path:
    version = re.search(r"libicudata\.so\.(\d+)", library.name)[1]  # type: ignore[index]
    symbol, package = f"icudt{version}_dat", f"icudt{version}l"
    work.mkdir(parents=True, exist_ok=True)
    (work / "out").mkdir(exist_ok=True)

    def output(*command: str) -> str:
        return subprocess.run(command, check=True, capture_output=True, text=True, cwd=work).stdout

    # The data package is the symbol icudtNN_dat in .rodata.
    address, size = next(
        (int(fields[0], 16), int(fields[1], 16))
        for fields in (
            line.split() for line in output("nm", "-D", "-S", "--defined-only", str(library)).splitlines()
        )
        if len(fields) == 4 and fields[3] == symbol
    )
    section = next(
        line.split("]", 1)[1].split()
        for line in output("readelf", "-SW", str(library)).splitlines()
        if " .rodata " in line
    )
    start = address - int(section[2], 16) + int(section[3], 16)
    data = work / f"{package}.dat"
    data.write_bytes(library.read_bytes()[start : start + size])

    items = output("icupkg", "-l", str(data)).split()
    (work / "remove.txt").write_text("\n".join(i for i in items if _unneeded_icu_item(i)) + "\n")
    smaller = work / "out" / f"{package}.dat"  # the file name is the package name inside
    smaller.unlink(missing_ok=True)
    output("icupkg", "--ignore-deps", "-r", "remove.txt", str(data), str(smaller))

    (work / "icudata.s").write_text(
        f".section .rodata\n.balign 16\n.globl {symbol}\n.type {symbol}, %object\n{symbol}:\n"
        f'.incbin "{smaller}"\n.size {symbol}, . - {symbol}\n.section .note.GNU-stack,"",%progbits\n'
    )
    output("as", "-o", "icudata.o", "icudata.s")
    result = work / library.name
    output("ld", "-shared", "-soname", library.name, "-o", str(result), "icudata.o")
    return result
