"""Fixtures for the idea board: a started session, the facilitator's board on the laptop and
the room's board on the projector, and a hand that clicks and drags with real mouse events."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionSetup
from dialogdesk.ui.board import AudienceBoard, BoardEditor
from dialogdesk.ui.session_controller import SessionController
from tests.conftest import MATERIALS

EDITOR_SIZE = (1340, 660)  # the presenter window's room for the board on a 1366x768 laptop


@pytest.fixture
def material() -> Material:
    return load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material


def started_session(material: Material, folder: Path, participants: int = 12) -> SessionController:
    session = Session(
        material, SessionSetup(material.id, participants=participants), clock=ManualClock(), folder=folder
    )
    controller = SessionController(session)
    controller.send(i.StartSession())
    return controller


@pytest.fixture
def controller(material: Material, tmp_path: Path) -> Iterator[SessionController]:
    """A running session with 12 participants (one dot each: 12 dots)."""
    controller = started_session(material, tmp_path / "sessions")
    yield controller
    controller.close()


@pytest.fixture
def editor(qtbot: QtBot, controller: SessionController) -> BoardEditor:
    editor = BoardEditor(controller)
    qtbot.addWidget(editor)
    laptop = QGuiApplication.screens()[0].geometry()
    editor.setGeometry(laptop.left(), laptop.top(), *EDITOR_SIZE)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitActive(editor)
    editor.capture.line.setFocus()
    return editor


@pytest.fixture
def audience(qtbot: QtBot, controller: SessionController, editor: BoardEditor) -> AudienceBoard:
    """The room's board, fullscreen on the projector, following the editor's zoom."""
    board = AudienceBoard(controller)
    qtbot.addWidget(board)
    board.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    board.setGeometry(QGuiApplication.screens()[1].geometry())
    board.show()
    qtbot.waitExposed(board)
    editor.activateWindow()
    qtbot.waitActive(editor)
    return board


# --- a hand on the mouse ----------------------------------------------------------------------------
class Hand:
    """Clicks, double-clicks and drags on the board with real mouse events on its viewport."""

    def __init__(self, qtbot: QtBot, editor: BoardEditor) -> None:
        self.qtbot = qtbot
        self.editor = editor
        self.viewport = editor.view.viewport()

    def card(self, card_id: str) -> QPoint:
        item = self.editor.view.card_item(card_id)
        assert item is not None, f"{card_id} is not on the board"
        return self.editor.view.mapFromScene(item.mapRectToScene(item.size).center())

    def header(self, theme_id: str | None) -> QPoint:
        frame = self.editor.view.theme_frame(theme_id)
        assert frame is not None
        return self.editor.view.mapFromScene(frame.header.center() - QPointF(frame.header.width() / 4, 0))

    def zoom_button(self, theme_id: str) -> QPoint:
        frame = self.editor.view.theme_frame(theme_id)
        assert frame is not None
        return self.editor.view.mapFromScene(frame.zoom_button().center())

    def empty_spot_in(self, theme_id: str | None) -> QPoint:
        """Inside a theme's frame (or the not-sorted area), below its cards."""
        frame = self.editor.view.theme_frame(theme_id)
        assert frame is not None
        return self.editor.view.mapFromScene(QPointF(frame.frame.center().x(), frame.frame.bottom() - 20))

    def click(self, point: QPoint, button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
        self.qtbot.mouseClick(self.viewport, button, pos=point)

    def double_click(self, point: QPoint) -> None:
        self.qtbot.mouseDClick(self.viewport, Qt.MouseButton.LeftButton, pos=point)

    def drag(self, start: QPoint, end: QPoint, steps: int = 12) -> None:
        """Press, move in steps with the button held (QTest carries it), release."""
        self.qtbot.mousePress(self.viewport, Qt.MouseButton.LeftButton, pos=start)
        for step in range(1, steps + 1):
            self.qtbot.mouseMove(self.viewport, start + (end - start) * step / steps)
        self.qtbot.mouseRelease(self.viewport, Qt.MouseButton.LeftButton, pos=end)


@pytest.fixture
def hand(qtbot: QtBot, editor: BoardEditor) -> Hand:
    return Hand(qtbot, editor)


def type_card(qtbot: QtBot, editor: BoardEditor, text: str) -> None:
    """Type into the capture line and press Enter, as the facilitator does."""
    qtbot.keyClicks(editor.capture.line, text)
    qtbot.keyClick(editor.capture.line, Qt.Key.Key_Return)


def add_cards(controller: SessionController, texts: list[str], kind: str = "point") -> list[str]:
    """Cards written before the test starts (ids in order)."""
    before = set(controller.state.board.cards)
    for text in texts:
        assert controller.send(i.AddCard(text=text, kind=kind))
    return [card_id for card_id in controller.state.board.cards if card_id not in before]
