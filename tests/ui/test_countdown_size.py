"""Issue 15, item 9: the projector's countdown is at least a fifth of the screen's height, as
drawn (the digits' ink), on the 1920x1080 projector."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.state import SessionSetup
from dialogdesk.ui.app import DialogDesk
from dialogdesk.ui.session_screens import SessionScreens
from tests.conftest import MATERIALS

LEAST_SHARE = 0.20


@pytest.fixture
def running(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[SessionScreens]:
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path / "data", clock=ManualClock())
    loaded = desk.load_material("forventningsafstemning")
    screens = desk.start_session(loaded, SessionSetup("forventningsafstemning", participants=14), None)
    screens.controller.session.sleep_detector.threshold_ns = 10**18
    qtbot.waitExposed(screens.audience)
    screens.controller.send(i.StartSession())
    yield screens
    screens.presenter.confirm_leaving()
    screens.close()
    desk.window.close()


def ink_height(label: QLabel) -> int:
    return QFontMetrics(label.font()).tightBoundingRect(label.text()).height()


def test_the_step_countdown_is_a_fifth_of_the_projector(running: SessionScreens) -> None:
    audience = running.audience
    assert audience.height() == 1080

    for index in range(len(running.controller.material.steps)):
        running.controller.send(i.JumpToStep(index=index))
        running.controller.send(i.ShowOnAudience("step"))  # a board step opens on its board
        label = audience.step_page.countdown_label
        assert label.isVisibleTo(audience)
        assert ink_height(label) / audience.height() >= LEAST_SHARE, (index, ink_height(label))
        assert label.sizeHint().width() <= audience.width()  # "-00:00" still fits across
