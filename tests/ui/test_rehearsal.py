"""Øv: a material rehearsed from the library on both screens with a fast clock, saving nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.datadir import sessions_dir
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.state import SessionPhase
from dialogdesk.session.timers import format_remaining
from dialogdesk.ui.app import DialogDesk
from dialogdesk.ui.rehearsal import Rehearsal
from tests.conftest import MATERIALS

MATERIAL = "forventningsafstemning"


@pytest.fixture
def desk(qapp: QApplication, tmp_path: Path) -> Iterator[tuple[DialogDesk, ManualClock]]:
    clock = ManualClock()
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path / "data", clock=clock)
    desk.show()
    yield desk, clock
    if desk.rehearsal is not None:
        desk.rehearsal.close()
    desk.window.close()


def rehearse_from_library(qtbot: QtBot, desk: DialogDesk) -> Rehearsal:
    [card] = [card for card in desk.window.cards if card.entry.id == MATERIAL]
    qtbot.mouseClick(card.rehearse_button, Qt.MouseButton.LeftButton)
    rehearsal = desk.rehearsal
    assert rehearsal is not None
    qtbot.waitExposed(rehearsal.running.audience)
    return rehearsal


def test_rehearse_opens_both_screens_and_runs_the_clock_ten_times_as_fast(
    qtbot: QtBot, desk: tuple[DialogDesk, ManualClock]
) -> None:
    app, clock = desk
    rehearsal = rehearse_from_library(qtbot, app)
    screens = rehearsal.running
    step = screens.controller.material.steps[0]
    assert screens.audience.screen().name() == "Projector" and screens.audience.isFullScreen()
    assert not app.window.isVisible() and rehearsal.panel.isVisible()

    qtbot.keyClick(screens.presenter, Qt.Key.Key_F5)  # the clicker starts it, as in a session
    qtbot.mouseClick(rehearsal.panel.speed_buttons.button(10), Qt.MouseButton.LeftButton)
    clock.advance(6)  # six seconds on the laptop: a minute of the rehearsal
    screens.controller.ticked.emit(screens.controller.timing())

    expected = format_remaining(round((step.minutes * 60 - 60) * 1e9))
    assert screens.audience.step_page.countdown_label.text() == expected
    assert expected in screens.presenter.countdown_label.text()
    assert rehearsal.speed == 10


def test_a_minute_on_and_the_clicker_move_through_the_material(
    qtbot: QtBot, desk: tuple[DialogDesk, ManualClock]
) -> None:
    app, _ = desk
    rehearsal = rehearse_from_library(qtbot, app)
    screens = rehearsal.running
    qtbot.keyClick(screens.presenter, Qt.Key.Key_F5)
    first = screens.controller.material.steps[0]

    for _ in range(int(first.minutes) + 1):
        qtbot.mouseClick(rehearsal.panel.minute_button, Qt.MouseButton.LeftButton)

    assert screens.audience.step_page.countdown_label.text().startswith("-")  # overtime, seen in seconds
    qtbot.keyClick(screens.presenter, Qt.Key.Key_PageDown)
    assert screens.controller.state.current == 1


def test_a_rehearsal_is_silent_unless_asked_and_leaves_nothing_behind(
    qtbot: QtBot, desk: tuple[DialogDesk, ManualClock], tmp_path: Path
) -> None:
    app, _ = desk
    rehearsal = rehearse_from_library(qtbot, app)
    screens = rehearsal.running
    assert screens.controller.state.chime is False
    rehearsal.panel.chime.click()
    assert screens.controller.state.chime is True
    qtbot.keyClick(screens.presenter, Qt.Key.Key_F5)
    qtbot.keyClick(screens.presenter, Qt.Key.Key_PageDown)

    screens.presenter.close()  # no "leave the session?" question: there is nothing to lose

    qtbot.waitUntil(lambda: app.window.isVisible())
    assert app.rehearsal is None
    folder = sessions_dir(tmp_path / "data")
    assert not folder.exists() or not any(folder.iterdir())
    assert screens.controller.state.phase is SessionPhase.RUNNING  # it was not ended: just left
