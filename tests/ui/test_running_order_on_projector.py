"""The running order along the bottom of the projector, when the facilitator or the room wants it.

Issue 15: "A strip with the steps (done, now, next, with planned minutes) on the presenter and,
when the facilitator or the room settings want it, along the bottom of the projector: the room
knows where in the dialogue it is." O (or the presenter's button) turns it on and off; the room's
settings file (``running_order_on_projector``) turns it on from the start, through the
preparation page. The choice is the session's: a restart keeps it.

Real windows on the simulated laptop (1366x768) and projector (1920x1080), a manual clock.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.running_order import Place
from dialogdesk.session.state import AudienceMode, SessionSetup
from dialogdesk.ui import style
from dialogdesk.ui.app import DialogDesk
from tests.conftest import MATERIALS, REPO
from tests.strategies.materials import extreme_material
from tests.ui.two_screens import close_session, restarted, screen_manager, show_session


class Room:
    def __init__(self, tmp_path: Path, material: Material) -> None:
        self.clock = ManualClock()
        session = Session(
            material, SessionSetup(material.id, participants=12), clock=self.clock, folder=tmp_path
        )
        self.manager = screen_manager()
        self.screens = show_session(session, self.manager)

    def key(self, qtbot: QtBot, key: Qt.Key) -> None:
        self.clock.advance(2)  # the room has seen the step: no double press held
        qtbot.keyClick(self.screens.presenter, key)
        QApplication.processEvents()

    def restart(self) -> None:
        self.screens = restarted(self.screens, self.clock, self.manager)

    @property
    def order(self):
        return self.screens.audience.running_order

    def shown(self) -> list[str]:
        """What the room reads in each box, as drawn now."""
        return [box.text() for box in self.order.boxes]


@pytest.fixture
def room(qapp: QApplication, tmp_path: Path) -> Iterator[Room]:
    room = Room(tmp_path, load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material)
    room.screens.controller.send(i.StartSession())
    yield room
    close_session(room.screens)


def test_o_puts_the_steps_along_the_bottom_of_the_projector(qtbot: QtBot, room: Room) -> None:
    audience = room.screens.audience
    assert not room.order.isVisible()  # not wanted by default

    room.key(qtbot, Qt.Key.Key_O)  # on Trin 1: on a board step, letters go to the card line
    room.key(qtbot, Qt.Key.Key_PageDown)

    assert room.order.isVisible()
    # Along the bottom edge of the projector, its whole width
    bottom_left = room.order.mapTo(audience, room.order.rect().bottomLeft())
    assert bottom_left.y() == audience.height() - 1 and bottom_left.x() == 0
    assert room.order.width() == audience.width()
    # Done, now and next, with the planned minutes, in the material's language (Danish)
    texts = room.shown()
    assert texts[0].startswith("✓ ")
    assert texts[1] == "▶ Trin 2 · 8 min."
    assert texts[2] == "Næste: Trin 3 · 12 min."
    assert texts[4].endswith("· 13 min.")
    # Read from the back of the room: at least as large as the smallest text on the projector
    assert room.order.boxes[1].font().pixelSize() >= style.MIN_AUDIENCE_TEXT_PX

    room.key(qtbot, Qt.Key.Key_PageDown)
    room.key(qtbot, Qt.Key.Key_O)
    assert not room.order.isVisible()


def test_the_projectors_order_follows_each_step_and_an_accepted_plan(qtbot: QtBot, room: Room) -> None:
    room.screens.controller.send(i.ShowRunningOrder(shown=True))
    QApplication.processEvents()
    assert room.order.boxes[0].property("place") == Place.NOW.value

    room.key(qtbot, Qt.Key.Key_PageDown)
    room.key(qtbot, Qt.Key.Key_PageDown)
    room.screens.controller.send(i.AcceptPlan(first_index=3, minutes=(4.0, 9.0)))
    QApplication.processEvents()

    assert [box.property("place") for box in room.order.boxes] == ["done", "done", "now", "next", "later"]
    assert room.shown()[3] == "Næste: Trin 4 · 4 min."
    assert room.shown()[4].endswith("9 min.")


def test_the_presenters_button_says_and_sets_what_the_projector_shows(qtbot: QtBot, room: Room) -> None:
    button = room.screens.presenter.running_order.on_projector_button
    assert button.isVisible() and not button.isChecked()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert room.screens.controller.state.running_order
    assert room.order.isVisible() and button.isChecked()

    room.key(qtbot, Qt.Key.Key_O)  # the key and the button are one choice
    assert not button.isChecked() and not room.order.isVisible()


def test_the_choice_is_the_sessions_and_survives_a_restart(qtbot: QtBot, room: Room) -> None:
    room.key(qtbot, Qt.Key.Key_O)
    room.key(qtbot, Qt.Key.Key_PageDown)

    room.restart()
    QApplication.processEvents()

    assert room.order.isVisible()
    assert room.shown()[1].startswith("▶ ")
    assert room.screens.presenter.running_order.on_projector_button.isChecked()


def test_black_and_a_playing_film_have_the_whole_screen_and_a_frozen_picture_keeps_it(
    qtbot: QtBot, room: Room
) -> None:
    room.key(qtbot, Qt.Key.Key_O)

    room.key(qtbot, Qt.Key.Key_B)
    assert not room.order.isVisible()
    room.key(qtbot, Qt.Key.Key_B)
    assert room.order.isVisible()

    room.screens.controller.send(i.ShowOnAudience(AudienceMode.MEDIA.value))
    QApplication.processEvents()
    assert not room.order.isVisible()
    room.screens.controller.send(i.ShowOnAudience(AudienceMode.STEP.value))
    QApplication.processEvents()

    room.key(qtbot, Qt.Key.Key_F)  # frozen: the picture the room saw, the order included
    audience = room.screens.audience
    frame = audience.frozen_frame()
    assert frame is not None and frame.height() == audience.height()
    now_box = room.order.boxes[0]
    centre = now_box.mapTo(audience, now_box.rect().center())
    room.key(qtbot, Qt.Key.Key_PageDown)  # the presenter goes on; the frozen picture stays
    assert not room.order.isVisible()  # only the picture of it
    # The step now is a white box in the picture, where it stood
    assert frame.toImage().pixelColor(centre).name() == style.AUDIENCE_TEXT


@pytest.mark.parametrize("screen", [(1920, 1080), (1280, 720)])
def test_the_steps_text_and_countdown_still_fit_above_it(
    qtbot: QtBot, room: Room, screen: tuple[int, int]
) -> None:
    audience = room.screens.audience
    audience.resize(*screen)
    room.key(qtbot, Qt.Key.Key_PageDown)
    room.key(qtbot, Qt.Key.Key_PageDown)  # Trin 3: three long questions
    room.key(qtbot, Qt.Key.Key_O)
    QApplication.processEvents()

    page = audience.step_page
    order_top = room.order.mapTo(audience, room.order.rect().topLeft()).y()
    questions = page.questions_label
    assert questions.mapTo(audience, questions.rect().bottomLeft()).y() < order_top
    assert questions.height() >= questions.heightForWidth(questions.width())  # nothing cut off
    # The countdown stays the largest text on the screen
    sizes = [box.font().pixelSize() for box in room.order.boxes]
    assert page.countdown_label.font().pixelSize() > 3 * max(sizes)
    # Every box is read whole in one of its forms, none cut short with "…"
    assert all("…" not in text for text in room.shown())


def test_every_place_in_the_order_has_aa_contrast() -> None:
    for place, (text, background, _border) in style.ROOM_ORDER_COLOURS.items():
        assert style.contrast_ratio(text, background) >= 4.5, place
        assert style.contrast_ratio(background, style.AUDIENCE_BACKGROUND) >= 4.5 or background == (
            style.AUDIENCE_BACKGROUND
        ), place  # the box now stands out from the screen


def test_ten_steps_on_a_small_projector_give_way_to_shorter_forms(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    room = Room(tmp_path, extreme_material())
    try:
        room.screens.audience.resize(1280, 720)
        room.screens.controller.send(i.StartSession())
        room.screens.controller.send(i.ShowRunningOrder(shown=True))
        QApplication.processEvents()
        boxes = room.order.boxes
        assert len(boxes) == 10
        for box in boxes:
            assert box.fontMetrics().horizontalAdvance(box.text()) <= box.contentsRect().width()
        assert room.shown()[0].startswith("▶ ")  # the mark stays, whatever else gives way
        assert room.shown()[1].startswith(("Næste", "Next", "2"))
    finally:
        close_session(room.screens)


def test_a_rooms_settings_file_puts_it_on_from_the_start(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = tmp_path / "dialogdesk-settings.json"
    settings.write_text(json.dumps({"running_order_on_projector": True}), encoding="utf-8")
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path / "data", room_settings=settings, clock=ManualClock())
    preparation = desk.prepare(desk.library.by_id("forventningsafstemning"))
    assert preparation is not None
    assert preparation.running_order.isChecked()  # the facilitator sees it, and may untick it

    preparation.request_start()
    screens = desk.running
    assert screens is not None
    try:
        screens.controller.send(i.StartSession())
        QApplication.processEvents()
        assert screens.controller.state.running_order
        assert screens.audience.running_order.isVisible()
    finally:
        screens.presenter.confirm_leaving()
        screens.close()
        desk.window.close()


def test_the_readme_names_the_setting() -> None:
    assert "`running_order_on_projector`" in (REPO / "README.md").read_text(encoding="utf-8")
