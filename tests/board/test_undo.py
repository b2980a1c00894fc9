"""Delete, undo, redo and restore, from the keyboard and the buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogdesk.session import intents as i
from dialogdesk.ui.board import AudienceBoard, BoardEditor
from dialogdesk.ui.session_controller import SessionController
from tests.board.conftest import Hand, add_cards, type_card

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def visible_texts(controller: SessionController) -> list[str]:
    return [card.text for card in controller.state.board.visible_cards()]


def test_delete_then_undo_and_redo_with_the_keyboard(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor, audience: AudienceBoard, hand: Hand
) -> None:
    a, _ = add_cards(controller, ["Ens tilgang til borgeren", "MitID er en barriere"])

    # Delete the selected card: gone from both screens, with a word on how to get it back
    hand.click(hand.card(a))
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert visible_texts(controller) == ["MitID er en barriere"]
    assert editor.view.card_item(a) is None and audience.plan().card(a) is None
    assert "Ctrl+Z" in editor.message_label.text()

    # Ctrl+Z brings it back, Ctrl+Shift+Z deletes it again, Ctrl+Z and Ctrl+Y do the same
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, CTRL)
    assert visible_texts(controller) == ["Ens tilgang til borgeren", "MitID er en barriere"]
    assert audience.plan().card(a) is not None
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, CTRL_SHIFT)
    assert visible_texts(controller) == ["MitID er en barriere"]
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(editor.view, Qt.Key.Key_Y, CTRL)
    assert visible_texts(controller) == ["MitID er en barriere"]
    assert controller.state.can_undo and not controller.state.can_redo
    assert editor.undo_action.isEnabled() and not editor.redo_action.isEnabled()


def test_ctrl_z_in_the_capture_line_undoes_the_last_card_once_the_line_is_empty(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor
) -> None:
    type_card(qtbot, editor, "Henvis til biblioteket")
    type_card(qtbot, editor, "Tid til den svære samtale")
    line = editor.capture.line

    # While something is typed, Ctrl+Z undoes the typing ...
    qtbot.keyClicks(line, "Skriv")
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert line.text() == ""
    assert len(visible_texts(controller)) == 2
    # ... and on the empty line it undoes the last card on the board
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert visible_texts(controller) == ["Henvis til biblioteket"]
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL_SHIFT)
    assert visible_texts(controller) == ["Henvis til biblioteket", "Tid til den svære samtale"]


def test_restore_brings_back_the_last_deleted_card_or_one_picked_from_the_menu(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor, hand: Hand
) -> None:
    a, b, c = add_cards(controller, ["Ens tilgang", "Private apps", "Pårørende som hjælpere"])
    assert not editor.restore_button.isEnabled()
    for card_id in (a, c, b):
        hand.click(hand.card(card_id))
        qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert visible_texts(controller) == []
    assert editor.deleted_cards() == [b, c, a]

    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)  # the main part: the last one
    assert visible_texts(controller) == ["Private apps"]
    editor.restore_menu.aboutToShow.emit()
    entries = {action.text(): action for action in editor.restore_menu.actions()}
    assert list(entries) == ["Pårørende som hjælpere", "Ens tilgang"]
    entries["Ens tilgang"].trigger()
    assert visible_texts(controller) == ["Ens tilgang", "Private apps"]


def test_undo_of_a_theme_takes_the_cards_back_out(
    controller: SessionController, editor: BoardEditor, hand: Hand
) -> None:
    a, b = add_cards(controller, ["Ens tilgang", "Private apps"])
    hand.drag(hand.card(b), hand.card(a))
    editor.inline.cancel()
    assert len(controller.state.board.themes) == 1
    editor.undo_action.trigger()
    assert controller.state.board.themes == {}
    assert controller.state.board.cards[a].theme is None and controller.state.board.cards[b].theme is None
    assert editor.view.theme_frame(None) is not None


def test_with_nothing_to_undo_the_buttons_are_off_and_ctrl_z_does_nothing(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor
) -> None:
    controller.send(i.NextStep())
    events = len(controller.session.events)
    assert not editor.undo_action.isEnabled() and not editor.undo_button.isEnabled()
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(editor.capture.line, Qt.Key.Key_Z, CTRL)
    assert len(controller.session.events) == events
