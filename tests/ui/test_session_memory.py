"""Sessions held one after another in one run of the app do not pile up memory."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.state import SessionSetup
from dialogdesk.ui.flow import DialogDesk
from tests.conftest import MATERIALS


def test_back_to_back_sessions_leave_nothing_frozen(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    # Given the library, with nothing frozen (an earlier test may have left a session open)
    gc.unfreeze()
    before = gc.get_freeze_count()
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path, clock=ManualClock())
    qtbot.addWidget(desk.window)
    desk.show()

    # When two sessions are held one after the other, each closed back to the library
    frozen_during, frozen_after = [], []
    for material_id in ("hardware", "forventningsafstemning"):
        loaded = desk.load_material(material_id)
        assert loaded is not None
        running = desk.start_session(loaded, SessionSetup(material_id, participants=8), None)
        running.controller.send(i.StartSession())
        frozen_during.append(gc.get_freeze_count())
        running.presenter._leaving_confirmed = True
        running.close()
        frozen_after.append(gc.get_freeze_count())

    # Then each session kept the collector off what it built while it ran, and gave it back
    assert all(count > before for count in frozen_during)
    assert frozen_after == [before, before]
    assert desk.running is None and desk.window.isVisible()
    desk.window.close()
