"""Clustering with the mouse: drag a card onto a card, onto a theme, or out of a theme."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.session import intents as i
from dialogdesk.ui.board import AudienceBoard, BoardEditor
from dialogdesk.ui.keys import ClickerKeys, Command
from dialogdesk.ui.session_controller import SessionController
from tests.board.conftest import Hand, add_cards

POINTS = [
    "Ens tilgang til borgeren",
    "Hvor langt går vi i hjælpen?",
    "Private apps: hjælper vi også?",
    "Fortæl tydeligt hvad vi kan hjælpe med",
    "MitID er en barriere",
]


def test_dropping_a_card_on_a_card_makes_a_theme_named_in_place(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor, audience: AudienceBoard, hand: Hand
) -> None:
    first, second, *_ = add_cards(controller, POINTS)

    # When the facilitator drags the second card onto the first
    hand.drag(hand.card(second), hand.card(first))

    # Then both are in one new theme ...
    board = controller.state.board
    assert len(board.themes) == 1
    (theme_id, theme) = next(iter(board.themes.items()))
    assert board.cards[first].theme == theme_id == board.cards[second].theme
    assert {card.id for card in board.cards_in_theme(None)} == set(board.cards) - {first, second}
    # ... whose name is open for typing right on the board, the default name selected
    assert editor.inline.isVisible() and editor.inline.selectedText() == theme.name
    qtbot.keyClicks(editor.inline, "Grænser for hjælpen")
    qtbot.keyClick(editor.inline, Qt.Key.Key_Return)
    assert controller.state.board.themes[theme_id].name == "Grænser for hjælpen"
    assert not editor.inline.isVisible()
    assert QApplication.focusWidget() is editor.capture.line
    # and the room sees the theme as a column with both cards
    plan = audience.plan()
    column = next(placed for placed in plan.columns if placed.column.theme_id == theme_id)
    assert " ".join(column.title_lines) == "Grænser for hjælpen"
    assert {card.id for card in column.column.cards} == {first, second}


def test_cards_move_into_a_theme_between_themes_and_out_again(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor, hand: Hand
) -> None:
    a, b, c, d, e = add_cards(controller, POINTS)
    controller.send(i.CreateTheme(name="Grænser", card_ids=(a, b)))
    controller.send(i.CreateTheme(name="Kommunikation", card_ids=(c,)))
    limits, talk = list(controller.state.board.themes)

    # onto a theme's frame: into that theme
    hand.drag(hand.card(d), hand.empty_spot_in(limits))
    assert controller.state.board.cards[d].theme == limits
    # onto a card that is in a theme: into that card's theme
    hand.drag(hand.card(d), hand.card(c))
    assert controller.state.board.cards[d].theme == talk
    assert len(controller.state.board.themes) == 2  # no new theme
    # onto the not-sorted area: out of its theme
    hand.drag(hand.card(d), hand.empty_spot_in(None))
    assert controller.state.board.cards[d].theme is None
    # and the board lays it out again, inside the not-sorted area
    frame = editor.view.theme_frame(None)
    item = editor.view.card_item(d)
    assert frame is not None and item is not None
    assert frame.frame.contains(item.mapRectToScene(item.size))
    assert controller.state.board.cards[e].theme is None


def test_a_short_wiggle_is_a_click_not_a_move(
    controller: SessionController, editor: BoardEditor, hand: Hand
) -> None:
    a, b, *_ = add_cards(controller, POINTS)
    events = len(controller.session.events)
    start = hand.card(a)
    hand.drag(start, start + (hand.card(b) - start) / 400, steps=2)
    assert len(controller.session.events) == events
    assert editor.view.selected_card == a


def test_a_card_let_go_where_it_was_goes_back_into_place(
    controller: SessionController, editor: BoardEditor, hand: Hand
) -> None:
    (a, *_) = add_cards(controller, POINTS)
    item = editor.view.card_item(a)
    assert item is not None
    before = item.pos()
    events = len(controller.session.events)
    hand.drag(hand.card(a), hand.empty_spot_in(None))  # it is not in a theme: nothing to do
    assert len(controller.session.events) == events
    assert item.pos() == before


def test_double_click_edits_a_card_in_place_and_escape_cancels(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor, hand: Hand
) -> None:
    a, b, *_ = add_cards(controller, POINTS)
    hand.double_click(hand.card(a))
    assert editor.inline.isVisible() and editor.inline.text() == POINTS[0]
    qtbot.keyClicks(editor.inline, "Ens tilgang til alle borgere")
    qtbot.keyClick(editor.inline, Qt.Key.Key_Return)
    assert controller.state.board.cards[a].text == "Ens tilgang til alle borgere"

    # F2 on the selected card, then Escape: nothing changes
    hand.click(hand.card(b))
    qtbot.keyClick(editor.view, Qt.Key.Key_F2)
    assert editor.inline.isVisible()
    qtbot.keyClicks(editor.inline, "noget helt andet")
    qtbot.keyClick(editor.inline, Qt.Key.Key_Escape)
    assert not editor.inline.isVisible()
    assert controller.state.board.cards[b].text == POINTS[1]


def test_escape_cancels_the_edit_even_with_the_clicker_keys_listening(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor, hand: Hand
) -> None:
    # Given the session's remote-control keys on the application, as in the running app
    commands: list[Command] = []
    keys = ClickerKeys(commands.append)
    keys.windows = [editor.window()]
    app = QApplication.instance()
    assert isinstance(app, QObject)
    app.installEventFilter(keys)
    try:
        a, *_ = add_cards(controller, POINTS)
        hand.double_click(hand.card(a))
        qtbot.keyClicks(editor.inline, " og mere")  # space and letters are typing, not commands
        qtbot.keyClick(editor.inline, Qt.Key.Key_Escape)
    finally:
        app.removeEventFilter(keys)
    assert not editor.inline.isVisible()
    assert controller.state.board.cards[a].text == POINTS[0]
    assert commands == []


def test_rename_and_dissolve_a_theme(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor, audience: AudienceBoard, hand: Hand
) -> None:
    a, b, c, *_ = add_cards(controller, POINTS)
    controller.send(i.CreateTheme(name="Tema 1", card_ids=(a, b)))
    controller.send(i.CreateTheme(name="Tema 2", card_ids=(c,)))
    first, second = list(controller.state.board.themes)

    # double-click on the header renames
    hand.double_click(hand.header(first))
    assert editor.inline.isVisible() and editor.inline.text() == "Tema 1"
    qtbot.keyClicks(editor.inline, "Kommunikation")
    qtbot.keyClick(editor.inline, Qt.Key.Key_Return)
    assert controller.state.board.themes[first].name == "Kommunikation"

    # the Dissolve button dissolves the selected theme: its cards go back to not sorted
    hand.click(hand.header(first))
    qtbot.mouseClick(editor.dissolve_button, Qt.MouseButton.LeftButton)
    assert first not in controller.state.board.themes
    assert controller.state.board.cards[a].theme is None and controller.state.board.cards[b].theme is None

    # ... and so does the theme's context menu
    menu = editor.view.menu_at(editor.view.mapToScene(hand.header(second)))
    assert menu is not None
    dissolve = next(action for action in menu.actions() if action.text() == "Dissolve theme")
    dissolve.trigger()
    assert controller.state.board.themes == {}
    assert [placed.column.theme_id for placed in audience.plan().columns] == [None]


def test_the_view_keeps_no_mouse_grab_or_popup_after_a_drag(
    controller: SessionController, editor: BoardEditor, hand: Hand
) -> None:
    a, b, *_ = add_cards(controller, POINTS)
    hand.drag(hand.card(a), hand.card(b))
    assert QApplication.activePopupWidget() is None
    assert QApplication.activeModalWidget() is None
    assert editor.view.card_item(a) is not None
    assert editor.view.card_item(a).zValue() < 5  # dropped, not hanging over the board


class _MovesWithButton(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.moves_with_button = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QMouseEvent) or event.type() != QEvent.Type.MouseMove:
            return False
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.moves_with_button += 1
        return False


def test_the_drag_is_made_of_real_moves_with_the_button_held(
    controller: SessionController, editor: BoardEditor, hand: Hand
) -> None:
    a, b, *_ = add_cards(controller, POINTS)
    spy = _MovesWithButton()
    editor.view.viewport().installEventFilter(spy)
    hand.drag(hand.card(a), hand.card(b), steps=8)
    editor.view.viewport().removeEventFilter(spy)
    assert spy.moves_with_button == 8


def test_one_finger_on_a_touch_screen_drags_a_card_like_the_mouse(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor, hand: Hand
) -> None:
    a, b, *_ = add_cards(controller, POINTS)
    finger = QTest.createTouchDevice()
    viewport = editor.view.viewport()
    start, end = hand.card(a), hand.card(b)
    QTest.touchEvent(viewport, finger).press(0, start, viewport).commit()
    for step in range(1, 11):
        QTest.touchEvent(viewport, finger).move(0, start + (end - start) * step / 10, viewport).commit()
    QTest.touchEvent(viewport, finger).release(0, end, viewport).commit()
    board = controller.state.board
    assert len(board.themes) == 1
    assert board.cards[a].theme == board.cards[b].theme is not None
