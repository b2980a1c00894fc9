"""The room's screen now and after the next press, side by side on the presenter (issue 15, item 11).

Reported: "What presenters know from PowerPoint and OpenLP and miss here: a large preview of the
next screen ... the live and next side by side." The "Now and next" tab shows both, large; the
next picture is drawn by a second audience view from the state the engine gives after one press
of next, so it is the screen the room then sees: a board step's board with its band, the
wrap-up. Looking ahead changes nothing in the session.

Real windows on the simulated laptop (1366x768) and projector (1920x1080), a manual clock.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.materials.loader import load_material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionSetup
from tests.conftest import MATERIALS, REPO
from tests.ui.two_screens import close_session, screen_manager, show_session

THUMBNAIL_WIDTH = 256
FORVENTNINGER = MATERIALS / "forventningsafstemning"


class Room:
    def __init__(self, tmp_path: Path, *, running_order: bool = False, folder: Path = FORVENTNINGER) -> None:
        self.clock = ManualClock()
        material = load_material(folder / "material.yaml").material
        setup = SessionSetup(material.id, participants=12, running_order=running_order)
        session = Session(material, setup, clock=self.clock, folder=tmp_path)
        self.screens = show_session(session, screen_manager())
        self.presenter = self.screens.presenter

    def key(self, qtbot: QtBot, key: Qt.Key) -> None:
        self.clock.advance(2)  # the room has seen the step: no double press held
        qtbot.keyClick(self.presenter, key)
        QApplication.processEvents()

    def open_tab(self, qtbot: QtBot) -> None:
        tabs = self.presenter.work_tabs
        index = tabs.indexOf(self.presenter.now_and_next)
        qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(index).center())
        assert tabs.currentWidget() is self.presenter.now_and_next

    def next_picture(self) -> QPixmap:
        picture = self.presenter.now_and_next.next_picture.original
        assert picture is not None
        return picture


@pytest.fixture
def room(qapp: QApplication, tmp_path: Path) -> Iterator[Room]:
    room = Room(tmp_path)
    room.screens.controller.send(i.StartSession())
    QApplication.processEvents()
    yield room
    close_session(room.screens)


def difference(one: QPixmap, other: QPixmap) -> float:
    """The mean difference of two screens' pictures, 0 (the same) to 255, at a thumbnail's size."""
    size = (192, 108)
    a = one.toImage().scaled(*size).convertToFormat(QImage.Format.Format_Grayscale8)
    b = other.toImage().scaled(*size).convertToFormat(QImage.Format.Format_Grayscale8)
    total = sum(
        abs(a.pixelColor(x, y).value() - b.pixelColor(x, y).value()) for x in range(192) for y in range(108)
    )
    return total / (192 * 108)


def test_the_next_picture_is_the_screen_the_room_sees_after_the_press(qtbot: QtBot, room: Room) -> None:
    room.open_tab(qtbot)
    tab = room.presenter.now_and_next
    assert tab.next_caption.text() == "After next: Trin 2 · Indsaml pointer (8 min)"
    coming = room.next_picture()
    now = tab.now_picture.original
    assert now is not None
    assert difference(now, room.screens.audience.grab()) < 2  # the live one is the projector now
    assert difference(coming, now) > 10  # Trin 2's board is not Trin 1's page

    # PageDown at the same moment: the projector now shows what the preview showed
    qtbot.keyClick(room.presenter, Qt.Key.Key_PageDown)
    QApplication.processEvents()
    assert room.screens.controller.state.current == 1
    assert difference(coming, room.screens.audience.grab()) < 2

    # Trin 2 works on the board: the presenter opens it; back on the tab, the preview is Trin 3's
    assert room.presenter.work_tabs.currentWidget() is room.presenter.board_editor
    room.open_tab(qtbot)
    assert tab.next_caption.text() == "After next: Trin 3 · Refleksioner (12 min)"
    assert difference(room.next_picture(), coming) > 10


def test_the_tab_stays_open_on_a_step_without_the_board(qtbot: QtBot, room: Room) -> None:
    room.key(qtbot, Qt.Key.Key_PageDown)
    room.key(qtbot, Qt.Key.Key_PageDown)  # Trin 3
    room.open_tab(qtbot)
    tab = room.presenter.now_and_next
    assert "Trin 4" in tab.next_caption.text()

    # A jump back to Trin 1 in the running order: no board there, the tab stays, its picture follows
    room.clock.advance(2)
    qtbot.mouseClick(room.presenter.running_order.buttons[0], Qt.MouseButton.LeftButton)
    assert room.presenter.work_tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: "Trin 2" in tab.next_caption.text())


def test_looking_ahead_changes_nothing_in_the_session(qtbot: QtBot, room: Room) -> None:
    session = room.screens.controller.session
    events, state = len(session.events), session.state
    room.open_tab(qtbot)
    room.presenter.refresh_thumbnail()
    assert len(session.events) == events and session.state is state
    view = room.presenter.next_screen.view
    assert view.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)  # never on the projector or laptop
    assert view.size() == room.screens.audience.size()


def test_both_pictures_are_large_and_side_by_side_on_the_laptop(qtbot: QtBot, room: Room) -> None:
    room.key(qtbot, Qt.Key.Key_PageDown)
    room.key(qtbot, Qt.Key.Key_PageDown)  # Trin 3: no film row
    room.open_tab(qtbot)
    QApplication.processEvents()
    tab = room.presenter.now_and_next
    now, coming = tab.now_picture, tab.next_picture
    for picture in (now, coming):
        shown = picture.pixmap()
        assert shown.width() >= 2 * THUMBNAIL_WIDTH  # twice the column's thumbnail
        assert abs(shown.width() / shown.height() - 16 / 9) < 0.02  # the projector's shape
    assert (
        now.geometry().top() == coming.geometry().top() and now.geometry().right() < coming.geometry().left()
    )
    presenter = room.presenter
    assert presenter.frameGeometry().height() <= 768
    # The room's state and its buttons stay in sight on this tab (issue 15, item 3)
    assert presenter.room_state.isVisible()


def test_the_last_step_leads_to_the_wrap_up_and_the_wrap_up_to_nothing(qtbot: QtBot, room: Room) -> None:
    tab = room.presenter.now_and_next
    room.screens.controller.send(i.JumpToStep(index=4))
    room.open_tab(qtbot)
    assert tab.next_caption.text() == "After next: the wrap-up"

    room.key(qtbot, Qt.Key.Key_PageDown)
    room.key(qtbot, Qt.Key.Key_PageDown)  # the last step asks for a second press
    assert room.screens.controller.state.phase.value == "wrap_up"
    room.open_tab(qtbot)
    assert tab.next_caption.text() == "After next: nothing new"
    assert tab.next_picture.original is None and "wrap-up" in tab.next_picture.text()


def test_the_tab_speaks_danish(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    from dialogdesk.ui.i18n import install_translator, remove_translator

    translator = install_translator(qapp, "da")
    try:
        room = Room(tmp_path)
        try:
            room.screens.controller.send(i.StartSession())
            room.open_tab(qtbot)
            tabs = room.presenter.work_tabs
            assert tabs.tabText(tabs.indexOf(room.presenter.now_and_next)) == "Nu og næste"
            assert room.presenter.now_and_next.next_caption.text().startswith("Efter næste tryk: Trin 2")
        finally:
            close_session(room.screens)
    finally:
        assert translator is not None
        remove_translator(qapp, translator)
        install_translator(qapp, "en")


def test_the_next_picture_is_drawn_laid_out_whole(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    """Found by looking: the running order in the next picture was cut at its bottom, grabbed
    before its boxes had grown to their fonts. The picture is the view as it stands laid out."""
    # An English material that is not bundled, the order on from the start (the room's setting)
    room = Room(tmp_path, running_order=True, folder=REPO / "tests" / "examples" / "one-two-four-all")
    try:
        room.screens.controller.send(i.StartSession())
        room.key(qtbot, Qt.Key.Key_PageDown)
        room.open_tab(qtbot)
        picture = room.next_picture().toImage()
        QApplication.processEvents()  # whatever layout was still to come
        view = room.presenter.next_screen.view
        assert view.running_order.isVisibleTo(view)
        later = view.grab()
        strip = view.running_order.geometry()
        # The order along its bottom as it stands laid out (it was cut off: a difference of 52)
        assert difference(QPixmap.fromImage(picture.copy(strip)), later.copy(strip)) < 2
        assert difference(QPixmap.fromImage(picture), later) < 1
    finally:
        close_session(room.screens)
