"""The projector shows what the step needs, with the countdown on every view (issue 15).

Reported: the projector showed either the step (two thirds of the screen empty) or the board
(no countdown), and the facilitator had to switch by hand; the countdown disappeared on the board
and pairs views. Now a board step opens on its board with the step's task and countdown above
it, the silent minute's countdown is the largest thing on the screen, the pairs called forward
keep the clock, and the wrap-up opens on the agreement with its dates. The facilitator's
buttons override it until the next step, and the override is in the session: a restart keeps it.

Material: forventningsafstemning (Trin 2 collects points on the board, Trin 4 has the silent
minute and collects ideas, Trin 5 votes). Real windows on the simulated laptop and projector,
keys and clicks on the presenter, a manual clock.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from dialogdesk.materials.loader import load_material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import NS_PER_SECOND, ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import AudienceMode, SessionSetup
from dialogdesk.session.timers import format_remaining
from dialogdesk.ui.clock_texts import wall_clock
from tests.conftest import MATERIALS
from tests.ui.two_screens import close_session, restarted, screen_manager, show_session

TRIN_2, TRIN_4, TRIN_5 = 1, 3, 4


class Room:
    """The session on both screens, restartable as after a crash."""

    def __init__(self, tmp_path: Path) -> None:
        self.clock = ManualClock()
        material = load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material
        setup = SessionSetup(material.id, participants=12)
        session = Session(material, setup, clock=self.clock, folder=tmp_path)
        self.manager = screen_manager()
        self.screens = show_session(session, self.manager)

    def restart(self) -> None:
        self.screens = restarted(self.screens, self.clock, self.manager)

    def key(self, qtbot: QtBot, key: Qt.Key) -> None:
        self.clock.advance(2)  # the room has seen the step: no double press held
        qtbot.keyClick(self.screens.presenter, key)
        QApplication.processEvents()

    def repaint(self) -> None:
        self.screens.controller.ticked.emit(self.screens.controller.timing())

    @property
    def audience(self):
        return self.screens.audience


@pytest.fixture
def room(qapp: QApplication, tmp_path: Path) -> Iterator[Room]:
    room = Room(tmp_path)
    room.screens.controller.send(i.StartSession())
    yield room
    close_session(room.screens)


def go_to(room: Room, qtbot: QtBot, index: int) -> None:
    while room.screens.controller.state.current < index:
        room.key(qtbot, Qt.Key.Key_PageDown)
    assert room.screens.controller.state.current == index


def visible_font_px(room: Room) -> dict[str, int]:
    """Each visible label on the projector with text, and its font's pixel size."""
    return {
        label.objectName(): label.fontInfo().pixelSize()
        for label in room.audience.findChildren(QLabel)
        if label.isVisibleTo(room.audience) and label.text()
    }


def test_a_board_step_opens_on_its_board_with_its_task_and_countdown(qtbot: QtBot, room: Room) -> None:
    go_to(room, qtbot, TRIN_2)
    room.clock.advance(90)
    room.repaint()

    audience = room.audience
    assert audience.current_page() is audience.board_page
    strip = audience.room_strip
    assert strip.isVisibleTo(audience)
    assert strip.title_label.text() == "Trin 2: Indsaml pointer"
    assert "makkerpar" in strip.instruction_label.text()  # the step's participant instruction
    presenter_clock = room.screens.presenter.countdown_label.text()
    assert strip.countdown_label.text() == presenter_clock == "06:30"
    # Above the board, not over it, and large: a tenth of the projector at least.
    assert strip.geometry().bottom() <= audience.pages.geometry().top()
    assert strip.countdown_label.fontInfo().pixelSize() >= audience.height() * 0.1


def test_the_facilitators_choice_holds_until_the_next_step_and_after_a_restart(
    qtbot: QtBot, room: Room
) -> None:
    go_to(room, qtbot, TRIN_2)
    step_button = room.screens.presenter.room_state.buttons[AudienceMode.STEP]
    qtbot.mouseClick(step_button, Qt.MouseButton.LeftButton)
    assert room.audience.current_page() is room.audience.step_page
    assert not room.audience.room_strip.isVisibleTo(room.audience)

    room.restart()
    assert room.audience.current_page() is room.audience.step_page  # the choice was in the session

    room.key(qtbot, Qt.Key.Key_PageDown)  # Trin 3 has no board: its page
    room.key(qtbot, Qt.Key.Key_PageDown)  # Trin 4 collects ideas: its board again
    assert room.audience.current_page() is room.audience.board_page


def test_the_silent_minute_makes_its_countdown_the_largest_thing_on_the_screen(
    qtbot: QtBot, room: Room
) -> None:
    go_to(room, qtbot, TRIN_4)
    assert room.audience.current_page() is room.audience.board_page
    qtbot.mouseClick(room.screens.presenter.activity_button, Qt.MouseButton.LeftButton)
    room.clock.advance(20)
    room.repaint()

    audience = room.audience
    assert audience.current_page() is audience.step_page
    assert audience.step_page.countdown_label.text() == "00:40"  # the minute's, not the step's
    sizes = visible_font_px(room)
    assert max(sizes, key=sizes.__getitem__) == "audienceCountdown", sizes


def test_the_pairs_called_forward_keep_the_clock(qtbot: QtBot, room: Room) -> None:
    go_to(room, qtbot, TRIN_5)
    room.screens.controller.send(i.PickPairs(count=2, seed=1))  # "Pluk 2 par" (a step's tip offers it)
    room.clock.advance(30)
    room.repaint()

    audience = room.audience
    assert audience.current_page() is audience.pairs_page
    assert audience.pairs_page.picked_label.text()  # "Par 3   Par 5"
    assert audience.room_strip.isVisibleTo(audience)
    assert audience.room_strip.countdown_label.text() == room.screens.presenter.countdown_label.text()


def test_the_wrap_up_opens_on_the_agreement_and_its_dates_after_the_vote(qtbot: QtBot, room: Room) -> None:
    go_to(room, qtbot, TRIN_5)
    assert room.audience.current_page() is room.audience.board_page
    controller = room.screens.controller
    controller.send(i.RecordAgreement((("proposal", "Fælles svar i skranken"), ("follow_up", "14. januar"))))
    room.key(qtbot, Qt.Key.Key_PageDown)  # the last step: held until pressed again
    room.clock.advance(1)
    qtbot.keyClick(room.screens.presenter, Qt.Key.Key_PageDown)
    QApplication.processEvents()

    audience = room.audience
    assert audience.current_page() is audience.step_page
    assert audience.step_page.step_label.text() == "Vores aftale"
    shown = audience.step_page.instruction_label.text()
    assert "Fælles svar i skranken" in shown and "14. januar" in shown
    # The countdown too: the time left to the planned end, and that end in words
    timing = controller.timing()
    assert timing.planned_end_wall_ns is not None
    left = timing.planned_end_wall_ns - timing.now_wall_ns
    page = audience.step_page
    assert page.countdown_label.isVisibleTo(audience) and left > 60 * NS_PER_SECOND
    assert page.countdown_label.text() == format_remaining(left)
    assert page.phase_label.text() == f"Vi slutter kl. {wall_clock(timing.planned_end_wall_ns)}"
    # Past the planned end it runs over, said in words as well as colour
    room.clock.advance(left / NS_PER_SECOND + 80)
    room.repaint()
    assert page.countdown_label.text() == "-01:20"
    assert page.phase_label.text() == "Overtid +01:20"


def test_a_frozen_board_keeps_its_band_still(qtbot: QtBot, room: Room) -> None:
    go_to(room, qtbot, TRIN_2)
    room.repaint()
    freeze = room.screens.presenter.room_state.buttons[AudienceMode.FREEZE]  # F would go to the card line
    qtbot.mouseClick(freeze, Qt.MouseButton.LeftButton)
    audience = room.audience
    frozen = audience.frozen_frame()
    assert frozen is not None
    assert frozen.height() > audience.pages.height() * 0.8  # the band's picture included
    assert not audience.room_strip.isVisibleTo(audience)  # no live clock over a still picture
    before = frozen.toImage()
    room.clock.advance(60)
    room.repaint()
    assert audience.frozen_frame().toImage() == before
