"""Start-up: the library comes up without the heavy modules, and a material that broke says so."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import MATERIALS, REPO

# What only a session, the preparation page or validating a material needs.
HEAVY = ("yaml", "pydantic", "pydantic_core", "PySide6.QtMultimedia", "dialogdesk.session.engine")

_START = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from dialogdesk.ui.app import DialogDesk, create_application

    app = create_application(["dialogdesk"])
    desk = DialogDesk(app, [Path(sys.argv[1])])
    desk.show()
    QTimer.singleShot(0, app.quit)
    app.exec()
    heavy = sorted(n for n in sys.modules if n.startswith(tuple(sys.argv[2].split(","))))
    print(json.dumps({"judged": desk.library.judged, "cards": len(desk.window.cards), "heavy": heavy}))
    """
)


# Patches DialogDesk.show so that the script can count the library window's paints.
_COUNT_PAINTS = textwrap.dedent(
    """
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from dialogdesk.ui import app as app_module

    painted = []

    class Count(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and watched is self.parent():
                painted.append(1)
            return False

    original_show = app_module.DialogDesk.show

    def show(desk):
        desk.window.installEventFilter(Count(desk.window))
        original_show(desk)

    app_module.DialogDesk.show = show
    """
)


def run_python(script: str, *arguments: str, **env: str) -> str:
    """Run ``script`` in a fresh interpreter that imports this checkout; the last line it printed.

    ``env`` is added to this process's environment, without the benchmark's quit unless given.
    """
    environment = {key: value for key, value in os.environ.items() if key != "DIALOGDESK_EXIT_WHEN_READY"}
    environment.update(PYTHONPATH=str(REPO), **env)
    command = [sys.executable, "-c", textwrap.dedent(script), *arguments]
    result = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def start_library(materials: Path, data: Path) -> dict[str, object]:
    """Start DialogDesk's library in a fresh interpreter; what it judged, showed and imported."""
    printed = run_python(_START, str(materials), ",".join(HEAVY), DIALOGDESK_DATA_DIR=str(data))
    return json.loads(printed)


def test_the_library_starts_without_yaml_pydantic_or_multimedia(tmp_path: Path) -> None:
    data = tmp_path / "data"

    first = start_library(MATERIALS, data)
    second = start_library(MATERIALS, data)

    # The first start on this machine validates the materials (a bundle ships its verdicts) ...
    assert first["judged"] == 3 and first["cards"] == 3
    assert "pydantic" in first["heavy"]  # type: ignore[operator]
    # ... every later start lists them from the remembered verdicts, with nothing heavy loaded.
    assert second == {"judged": 0, "cards": 3, "heavy": []}


def test_warm_up_imports_what_preparing_a_session_needs(tmp_path: Path) -> None:
    printed = run_python(
        """
        import sys
        from dialogdesk.ui.app import WARM_UP_MODULES, warm_up

        before = [name for name in WARM_UP_MODULES if name in sys.modules]
        warm_up().join(timeout=60)
        after = [name for name in WARM_UP_MODULES if name in sys.modules]
        print(before, after == list(WARM_UP_MODULES))
        """
    )

    assert printed == "[] True"


def test_a_material_that_broke_since_the_library_opened_says_why(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    from dialogdesk.ui.app import DialogDesk

    materials = tmp_path / "materials"
    shutil.copytree(MATERIALS, materials)
    desk = DialogDesk(qapp, [materials], data=tmp_path / "data")
    qtbot.addWidget(desk.window)
    desk.show()
    card = next(card for card in desk.window.cards if card.entry.id == "hardware")
    assert not desk.window.error_label.isVisible()

    # A content author saves a broken version while the library is open
    card.entry.path.write_text("id: hardware\ntitle: [unclosed\n", encoding="utf-8")
    card.prepare_button.click()

    assert desk.preparation is None
    assert desk.window.isVisible()
    assert desk.window.error_label.isVisible()
    assert f"{card.entry.path}:2:8: invalid YAML" in desk.window.error_label.text()
    desk.window.close()


def test_the_start_up_benchmark_waits_for_the_library_to_be_painted(tmp_path: Path) -> None:
    printed = run_python(
        _COUNT_PAINTS
        + textwrap.dedent(
            """
        code = app_module.run_app([app_module.resources().parent / "materials"])
        print(code, len(painted) > 0)
        """
        ),
        DIALOGDESK_DATA_DIR=str(tmp_path / "data"),
        DIALOGDESK_EXIT_WHEN_READY="1",
    )

    assert printed == "0 True"


def test_the_warm_up_begins_once_the_library_is_painted(tmp_path: Path) -> None:
    printed = run_python(
        _COUNT_PAINTS
        + textwrap.dedent(
            """
        def warm_up():
            print("warm-up after", len(painted), "paint(s)")
            QCoreApplication.quit()

        app_module.warm_up = warm_up
        app_module.run_app(None)
        """
        ),
        DIALOGDESK_DATA_DIR=str(tmp_path / "data"),
    )

    assert printed.startswith("warm-up after ") and int(printed.split()[2]) >= 1, printed


def test_a_rooms_settings_file_can_name_its_own_materials_folder(tmp_path: Path) -> None:
    own = tmp_path / "kommunens-materialer"
    shutil.copytree(MATERIALS / "hardware", own / "hardware")
    room = tmp_path / "dialogdesk-settings.json"
    room.write_text(json.dumps({"material_folders": [str(own)]}), encoding="utf-8")

    printed = run_python(
        """
        import sys
        from pathlib import Path
        from dialogdesk.ui import app as app_module

        shown = []
        original = app_module.DialogDesk.show

        def show(desk):
            shown.extend(str(entry.path) for entry in desk.library.entries)
            original(desk)

        app_module.DialogDesk.show = show
        print(app_module.run_app(None, room_settings=Path(sys.argv[1])), shown)
        """,
        str(room),
        DIALOGDESK_DATA_DIR=str(tmp_path / "data"),
        DIALOGDESK_EXIT_WHEN_READY="1",
    )

    assert printed == f"0 {[str(own / 'hardware' / 'material.yaml')]}"
