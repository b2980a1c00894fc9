"""Issue 15, item 3: the projector's state (LIVE, BLACK, FROZEN, HIDDEN) and the room's buttons
stay visible in every tab, the board's too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.state import AudienceMode, SessionSetup
from dialogdesk.ui.app import DialogDesk
from dialogdesk.ui.session_screens import SessionScreens
from tests.conftest import MATERIALS


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


def on_board_tab(screens: SessionScreens) -> None:
    board_step = next(index for index, step in enumerate(screens.controller.material.steps) if step.board)
    screens.controller.send(i.JumpToStep(index=board_step))
    assert screens.presenter.work_tabs.currentWidget() is screens.presenter.board_editor


def badge(screens: SessionScreens) -> str:
    bar = screens.presenter.room_state
    assert bar.badge.isVisibleTo(screens.presenter)
    return bar.badge.text().strip()


def test_on_the_board_tab_the_projectors_state_and_buttons_are_still_there(
    qtbot: QtBot, running: SessionScreens
) -> None:
    screens = running
    on_board_tab(screens)
    bar = screens.presenter.room_state
    assert not screens.presenter.right_column.isVisibleTo(screens.presenter)  # the board needs the room
    assert badge(screens) == "LIVE · board"  # a board step opens on its board

    qtbot.mouseClick(bar.buttons[AudienceMode.FREEZE], Qt.MouseButton.LeftButton)

    assert screens.controller.state.audience is AudienceMode.FREEZE
    assert badge(screens) == "FROZEN"
    assert bar.buttons[AudienceMode.FREEZE].isChecked()
    qtbot.mouseClick(bar.buttons[AudienceMode.BOARD], Qt.MouseButton.LeftButton)
    assert badge(screens) == "LIVE · board"


def test_black_and_hidden_are_said_in_words(qtbot: QtBot, running: SessionScreens) -> None:
    screens = running
    screens.presenter.work_tabs.setCurrentWidget(screens.presenter.script)

    qtbot.keyClick(screens.presenter, Qt.Key.Key_B)
    assert badge(screens) == "BLACK"
    qtbot.keyClick(screens.presenter, Qt.Key.Key_B)
    qtbot.keyClick(screens.presenter, Qt.Key.Key_F6)  # two screens: the room's window hidden
    screens.controller.ticked.emit(screens.controller.timing())

    assert not screens.audience.isVisible()
    assert badge(screens) == "HIDDEN"
    assert not screens.presenter.room_state.buttons[AudienceMode.STEP].isVisibleTo(screens.presenter)
