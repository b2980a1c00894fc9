"""Run Python code in a fresh interpreter in which PySide6 and shiboken6 cannot be imported.

The Qt-free core (materials, session, export data, media files, settings) must work there.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import REPO

_BLOCKER = textwrap.dedent(
    """
    import sys

    class NoQt:
        @staticmethod
        def find_spec(name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"Qt is not available here: {name}")
            return None

    sys.meta_path.insert(0, NoQt())
    """
)

_NO_QT_LOADED = textwrap.dedent(
    """
    leaked = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
    if leaked:
        raise SystemExit(f"Qt modules were loaded: {leaked}")
    """
)


def run_without_qt(script: str, *arguments: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    """Run ``script`` with Qt blocked, then fail if any Qt module got loaded anyway."""
    code = _BLOCKER + textwrap.dedent(script) + _NO_QT_LOADED
    return subprocess.run(
        [sys.executable, "-c", code, *arguments], cwd=REPO, capture_output=True, text=True, timeout=timeout
    )
