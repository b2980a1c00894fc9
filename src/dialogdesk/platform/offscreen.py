"""Qt's offscreen platform with simulated screens, for the self-test, renders and tests.

Qt splits ``QT_QPA_PLATFORM`` at every ':', so an absolute Windows path (``C:\\...``) cannot be
given as the screens file: it is named relative to the current folder instead. No Qt here.
"""

from __future__ import annotations

import os
from pathlib import Path


def offscreen_platform(screens_file: Path) -> str:
    """The ``QT_QPA_PLATFORM`` value for the offscreen platform with the screens in ``screens_file``."""
    path = str(screens_file)
    if ":" in path:
        # Raises ValueError when the file is on another drive: write it where the program runs.
        path = os.path.relpath(screens_file)
    return f"offscreen:configfile={path}"
