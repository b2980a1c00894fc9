"""A whole session on two simulated screens, driven only by the keys a presentation remote sends."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.session.clock import ManualClock
from dialogdesk.session.state import AudienceMode, SessionPhase, SessionSetup
from dialogdesk.ui.app import DialogDesk
from dialogdesk.ui.session_screens import SessionScreens
from tests.conftest import MATERIALS
from tests.offscreen_screens import LAPTOP, PROJECTOR, OffscreenScreens


@pytest.fixture
def running(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[SessionScreens, ManualClock]]:
    assert [screen.name() for screen in qapp.screens()] == ["Laptop", "Projector"]
    clock = ManualClock()
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path / "data", clock=clock)
    loaded = desk.load_material("forventningsafstemning")
    screens = desk.start_session(loaded, SessionSetup("forventningsafstemning", participants=14), None)
    screens.controller.session.sleep_detector.threshold_ns = 10**18  # the fake clock jumps
    qtbot.waitExposed(screens.audience)
    yield screens, clock
    screens.presenter._leaving_confirmed = True
    screens.close()
    desk.window.close()


def press(qtbot: QtBot, screens: SessionScreens, key: Qt.Key, *, on_audience: bool = False) -> None:
    target = screens.audience if on_audience else screens.presenter
    qtbot.keyClick(target, key)


def test_the_audience_view_is_fullscreen_on_the_projector_and_the_presenter_on_the_laptop(
    running: tuple[SessionScreens, ManualClock],
) -> None:
    screens, _ = running
    assert screens.audience.screen().name() == "Projector"
    assert screens.audience.geometry() == screens.audience.screen().geometry()
    assert screens.audience.isFullScreen()
    assert screens.presenter.screen().name() == "Laptop"


def test_forventningsafstemning_start_to_finish_with_clicker_keys(
    qtbot: QtBot, running: tuple[SessionScreens, ManualClock]
) -> None:
    screens, clock = running
    controller = screens.controller
    material = controller.material
    audience = screens.audience

    # Before the start the room sees the topic and its framing questions
    assert audience.step_page.step_label.text() == material.title

    press(qtbot, screens, Qt.Key.Key_F5)  # start
    assert controller.state.phase is SessionPhase.RUNNING
    for index, step in enumerate(material.steps):
        assert controller.state.current == index
        assert audience.step_page.step_label.text() == f"Trin {step.number}: {step.title}"
        assert audience.step_page.instruction_label.text() == step.participant_instruction
        assert step.title in screens.presenter.step_label.text()
        clock.advance(step.minutes * 60 - 30)
        controller.ticked.emit(controller.timing())
        assert audience.step_page.countdown_label.text() == "00:30"
        # The remote's next button; every other step from the audience window, as either has focus
        press(qtbot, screens, Qt.Key.Key_PageDown, on_audience=index % 2 == 1)

    # On the last step next asks first (on the presenter), and the second press is the answer.
    assert controller.state.phase is SessionPhase.RUNNING
    assert "press next again for the wrap-up" in screens.presenter.statusBar().currentMessage()
    press(qtbot, screens, Qt.Key.Key_PageDown)
    assert controller.state.phase is SessionPhase.WRAP_UP
    now = controller.now().mono_ns
    actual = [progress.countdown.elapsed_ns(now) // 10**9 for progress in controller.state.steps]
    assert actual == [step.minutes * 60 - 30 for step in material.steps]


def test_back_pause_and_black_screen_from_the_remote(
    qtbot: QtBot, running: tuple[SessionScreens, ManualClock]
) -> None:
    screens, clock = running
    controller = screens.controller
    press(qtbot, screens, Qt.Key.Key_F5)
    press(qtbot, screens, Qt.Key.Key_PageDown)
    press(qtbot, screens, Qt.Key.Key_PageUp)
    assert controller.state.current == 0

    qtbot.keyClick(screens.presenter, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)  # pause
    assert controller.state.paused
    clock.advance(120)
    press(qtbot, screens, Qt.Key.Key_F5)  # resume
    assert not controller.state.paused
    assert controller.timing().step_remaining_ns == 5 * 60 * 10**9

    press(qtbot, screens, Qt.Key.Key_B)
    assert controller.state.audience is AudienceMode.BLANK
    assert screens.audience.current_page() is screens.audience.blank_page
    assert "Trin 1" in screens.presenter.step_label.text()  # the presenter view stays live
    press(qtbot, screens, Qt.Key.Key_Period, on_audience=True)
    assert screens.audience.current_page() is screens.audience.step_page


def test_escape_never_ends_the_session(qtbot: QtBot, running: tuple[SessionScreens, ManualClock]) -> None:
    screens, _ = running
    press(qtbot, screens, Qt.Key.Key_F5)
    press(qtbot, screens, Qt.Key.Key_Escape)
    press(qtbot, screens, Qt.Key.Key_Escape, on_audience=True)
    assert screens.controller.state.phase is SessionPhase.RUNNING
    assert screens.audience.isVisible() and screens.presenter.isVisible()


def test_f1_shows_the_keys_and_escape_closes_the_help(
    qtbot: QtBot, running: tuple[SessionScreens, ManualClock]
) -> None:
    screens, _ = running
    press(qtbot, screens, Qt.Key.Key_F1)
    assert screens.help.isVisible()
    assert any("PageDown" in keys for keys, _ in screens.help.rows)
    press(qtbot, screens, Qt.Key.Key_Escape)
    assert not screens.help.isVisible()


def test_typing_a_note_does_not_move_the_session(
    qtbot: QtBot, running: tuple[SessionScreens, ManualClock]
) -> None:
    screens, _ = running
    press(qtbot, screens, Qt.Key.Key_F5)
    screens.presenter.notes_edit.setFocus()
    qtbot.keyClicks(screens.presenter.notes_edit, "b. Næste gang: mere tid")
    qtbot.keyClick(screens.presenter.notes_edit, Qt.Key.Key_Space)
    assert screens.controller.state.current == 0
    assert screens.controller.state.audience is AudienceMode.STEP
    # ... but the remote's page keys still work while a field has focus
    qtbot.keyClick(screens.presenter.notes_edit, Qt.Key.Key_PageDown)
    assert screens.controller.state.current == 1


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_the_projector_unplugged_mid_session_and_plugged_back(
    qtbot: QtBot, running: tuple[SessionScreens, ManualClock], screens: OffscreenScreens
) -> None:
    session_screens, clock = running
    controller = session_screens.controller
    press(qtbot, session_screens, Qt.Key.Key_F5)
    press(qtbot, session_screens, Qt.Key.Key_PageDown)

    # The projector cable is pulled: the room view becomes a window on the laptop, the session goes on
    screens.set(LAPTOP)
    qtbot.waitUntil(lambda: session_screens.audience.screen().name() == "Laptop")
    assert not session_screens.audience.isFullScreen()
    clock.advance(5)  # a step the room has seen: next is not held as a double press
    press(qtbot, session_screens, Qt.Key.Key_PageDown)
    assert controller.state.current == 2

    # ... and plugged back in: fullscreen on the projector again, showing the current step
    screens.set(LAPTOP, PROJECTOR)
    qtbot.waitUntil(lambda: session_screens.audience.screen().name() == "Projector")
    assert session_screens.audience.isFullScreen()
    assert session_screens.audience.geometry() == session_screens.audience.screen().geometry()
    assert session_screens.audience.step_page.step_label.text().startswith("Trin 3")


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_with_one_screen_f6_shows_the_room_view_fullscreen_and_escape_comes_back(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, screens: OffscreenScreens
) -> None:
    screens.set(LAPTOP)
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path / "data", clock=ManualClock())
    loaded = desk.load_material("forventningsafstemning")
    session_screens = desk.start_session(loaded, SessionSetup(loaded.material.id, participants=8), None)
    try:
        # A windowed preview of the room's view, and a button to show it
        assert not session_screens.audience.isFullScreen()
        assert session_screens.presenter.show_audience_button.isVisibleTo(session_screens.presenter)

        press(qtbot, session_screens, Qt.Key.Key_F5)
        press(qtbot, session_screens, Qt.Key.Key_F6)
        assert session_screens.audience.isFullScreen()
        assert session_screens.audience.geometry() == screens.screen("Laptop").geometry()

        # The remote keeps working on the fullscreen room view, and Escape returns to the presenter
        press(qtbot, session_screens, Qt.Key.Key_PageDown, on_audience=True)
        assert session_screens.controller.state.current == 1
        press(qtbot, session_screens, Qt.Key.Key_Escape, on_audience=True)
        assert not session_screens.audience.isFullScreen()
        assert session_screens.controller.state.phase is SessionPhase.RUNNING
    finally:
        session_screens.presenter._leaving_confirmed = True
        session_screens.close()
        desk.window.close()
