"""Where user data lives: sessions, attached media, settings, the library's cache.

One resolver for the whole program: ``DIALOGDESK_DATA_DIR`` if set (tests, IT admins), else Qt's
per-user ``AppDataLocation``. Light at import and usable without Qt, so the session core and the
library's start-up can call it: Qt is asked only when an application is already running, and
otherwise the same folder is named by hand.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VARIABLE = "DIALOGDESK_DATA_DIR"
# The names create_application() gives the app; Qt builds AppDataLocation from them.
ORGANIZATION = APPLICATION = "DialogDesk"


def default_data_dir() -> Path:
    """``DIALOGDESK_DATA_DIR`` if set, else the per-user data folder (Qt's ``AppDataLocation``)."""
    override = os.environ.get(ENV_VARIABLE)
    if override:
        return Path(override)
    return _qt_app_data() or app_data_location()


def _qt_app_data() -> Path | None:
    """Qt's answer, when Qt is loaded and an application running; never imports Qt itself."""
    if "PySide6.QtCore" not in sys.modules:
        return None
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if QCoreApplication.instance() is None:
        return None
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else None


def app_data_location() -> Path:
    """The folder ``QStandardPaths.AppDataLocation`` names on each platform, named without Qt."""
    if sys.platform == "win32":
        # Qt asks Windows for the Roaming folder, which APPDATA names; an empty APPDATA (a service's
        # environment) must not make the data folder relative to wherever the program started.
        roaming = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(roaming) / ORGANIZATION / APPLICATION
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / ORGANIZATION / APPLICATION
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / ORGANIZATION / APPLICATION


def sessions_dir(data_dir: Path | None = None) -> Path:
    return (data_dir or default_data_dir()) / "sessions"


def material_cache_file(data_dir: Path | None = None) -> Path:
    """What the library knows about each material file, so start-up need not validate them again."""
    return (data_dir or default_data_dir()) / "cache" / "materials.json"
