"""A stray key never throws the session forward: on the board, letters and spaces are an idea.

Issue 15, item 1: after clicking "Start: Brainstorm 1 minut i tavshed" the focus sat on that
button; the facilitator typed idea cards and B blanked the projector, two spaces jumped two
steps and F froze the room's screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.materials.model import ActivityKind
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
    yield screens
    screens.presenter.confirm_leaving()
    screens.close()
    desk.window.close()


def brainstorm_step(screens: SessionScreens) -> int:
    steps = screens.controller.material.steps
    return next(
        index
        for index, step in enumerate(steps)
        if step.board and any(a.kind is ActivityKind.SILENT_BRAINSTORM for a in step.activities)
    )


def test_typing_after_starting_the_silent_minute_writes_an_idea_and_moves_nothing(
    qtbot: QtBot, running: SessionScreens
) -> None:
    screens = running
    presenter = screens.presenter
    index = brainstorm_step(screens)
    screens.controller.send(i.JumpToStep(index=index))
    assert presenter.work_tabs.currentWidget() is presenter.board_editor
    qtbot.mouseClick(presenter.activity_button, Qt.MouseButton.LeftButton)  # starts the silent minute
    QApplication.processEvents()
    if presenter.activity_button.menu() is not None:  # several activities: the first from its menu
        presenter.activity_button.menu().actions()[0].trigger()
    presenter.activity_button.setFocus()  # where the click left the focus
    assert screens.controller.state.activity is not None

    qtbot.keyClicks(presenter.activity_button, "Bf  ")

    state = screens.controller.state
    assert state.current == index  # no step skipped
    assert state.activity is not None  # the silent minute still runs
    assert state.audience is not AudienceMode.BLANK and state.audience is not AudienceMode.FREEZE
    assert presenter.board_editor.capture.line.text() == "Bf  "
    assert presenter.focusWidget() is presenter.board_editor.capture.line  # the next letters go there too


def test_the_remote_still_moves_on_from_the_board(qtbot: QtBot, running: SessionScreens) -> None:
    screens = running
    index = brainstorm_step(screens)
    screens.controller.send(i.JumpToStep(index=index))

    qtbot.keyClick(screens.presenter, Qt.Key.Key_PageDown)

    assert screens.controller.state.current == index + 1


def test_off_the_board_b_still_blanks_the_projector(qtbot: QtBot, running: SessionScreens) -> None:
    screens = running
    screens.controller.send(i.StartSession())
    screens.presenter.work_tabs.setCurrentWidget(screens.presenter.script)

    qtbot.keyClick(screens.presenter, Qt.Key.Key_B)

    assert screens.controller.state.audience is AudienceMode.BLANK
