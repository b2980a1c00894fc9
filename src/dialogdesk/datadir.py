"""Where user data lives: sessions, attached media, settings.

The Qt app points this at ``QStandardPaths.AppDataLocation`` at start-up; tests and IT admins
override it with ``DIALOGDESK_DATA_DIR``. Kept Qt-free so the session engine can use it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VARIABLE = "DIALOGDESK_DATA_DIR"


def default_data_dir() -> Path:
    """The per-user data folder, as QStandardPaths.AppDataLocation names it on each platform."""
    override = os.environ.get(ENV_VARIABLE)
    if override:
        return Path(override)
    if sys.platform == "win32":
        return (
            Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / "DialogDesk" / "DialogDesk"
        )
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "DialogDesk" / "DialogDesk"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "DialogDesk" / "DialogDesk"


def sessions_dir(data_dir: Path | None = None) -> Path:
    return (data_dir or default_data_dir()) / "sessions"


def material_cache_file(data_dir: Path | None = None) -> Path:
    """What the library knows about each material file, so start-up need not validate them again."""
    return (data_dir or default_data_dir()) / "cache" / "materials.json"
