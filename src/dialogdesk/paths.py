"""Where DialogDesk finds its bundled files, the same way from a checkout and from a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def install_root() -> Path:
    """The folder that holds ``resources/`` and ``materials/``.

    In development that is the repository root; in a PyInstaller bundle it is the bundle's
    data folder (``sys._MEIPASS``).
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root)
    return Path(__file__).resolve().parents[2]


def bundled_materials() -> Path:
    return install_root() / "materials"


def resources() -> Path:
    return install_root() / "resources"
