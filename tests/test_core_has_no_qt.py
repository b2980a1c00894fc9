"""The core (materials, session, command line) works on a machine without Qt.

A fresh interpreter is started in which importing PySide6 or shiboken6 fails; the core
modules must still import and ``dialogdesk validate`` must still work there.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import REPO

SCRIPT = textwrap.dedent(
    """
    import importlib
    import importlib.util
    import pkgutil
    import sys

    BLOCKED = ("PySide6", "shiboken6")


    class NoQt:
        @staticmethod
        def find_spec(name, path=None, target=None):
            if any(name == blocked or name.startswith(blocked + ".") for blocked in BLOCKED):
                raise ImportError(f"Qt is not available here: {name}")
            return None


    sys.meta_path.insert(0, NoQt())

    # The blocker itself works (otherwise this test would prove nothing).
    for name in ("PySide6", "PySide6.QtCore", "shiboken6"):
        try:
            importlib.import_module(name)
        except ImportError:
            pass
        else:
            raise SystemExit(f"the blocker let {name} through")

    core = [
        "dialogdesk.materials.model",
        "dialogdesk.materials.loader",
        "dialogdesk.materials.checks",
        "dialogdesk.materials.library",
        "dialogdesk.cli",
    ]
    for package in ("dialogdesk.materials", "dialogdesk.session"):
        if importlib.util.find_spec(package) is None:
            continue
        module = importlib.import_module(package)
        core += [info.name for info in pkgutil.walk_packages(module.__path__, package + ".")]
    for name in core:
        importlib.import_module(name)
    print("imported:", ", ".join(sorted(set(core))))

    from dialogdesk.cli import main

    code = main(["validate", "materials"])
    leaked = sorted(name for name in sys.modules if name.split(".")[0] in BLOCKED)
    if leaked:
        raise SystemExit(f"Qt modules were loaded: {leaked}")
    raise SystemExit(code)
    """
)


def test_core_imports_and_validates_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert "dialogdesk.materials.loader" in result.stdout
    assert "3 material(s) valid, 0 error(s)" in result.stdout
