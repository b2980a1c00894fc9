"""One data folder for the whole program: IT's override, else Qt's AppDataLocation, also without Qt."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from dialogdesk.datadir import default_data_dir, material_cache_file, sessions_dir
from tests.conftest import REPO
from tests.no_qt import run_without_qt

_ASK = textwrap.dedent(
    """
    import sys
    from dialogdesk.datadir import default_data_dir
    before = default_data_dir()  # no Qt loaded yet
    from PySide6.QtCore import QStandardPaths
    from dialogdesk.ui.app import create_application
    app = create_application(["dialogdesk"])
    qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    print(before, default_data_dir(), qt, sep="|")
    """
)


def test_the_override_names_every_folder(data_dir: Path) -> None:
    assert default_data_dir() == data_dir
    assert sessions_dir() == data_dir / "sessions"
    assert material_cache_file() == data_dir / "cache" / "materials.json"


def test_without_the_override_it_is_the_folder_qt_names_before_and_after_the_app_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DIALOGDESK_DATA_DIR")
    environment = {**os.environ, "PYTHONPATH": str(REPO), "XDG_DATA_HOME": str(tmp_path / "share")}
    result = subprocess.run(
        [sys.executable, "-c", _ASK], capture_output=True, text=True, env=environment, timeout=120
    )

    assert result.returncode == 0, result.stderr
    before, after, qt = result.stdout.strip().splitlines()[-1].split("|")
    assert Path(before) == Path(after) == Path(qt)
    if sys.platform.startswith("linux"):
        assert Path(qt) == tmp_path / "share" / "DialogDesk" / "DialogDesk"


def test_it_names_the_folder_with_qt_blocked() -> None:
    result = run_without_qt(
        """
        import os
        os.environ.pop("DIALOGDESK_DATA_DIR", None)
        from dialogdesk.datadir import sessions_dir
        print(sessions_dir())
        """
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(os.path.join("DialogDesk", "DialogDesk", "sessions"))
