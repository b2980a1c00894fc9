"""Capturing points and ideas: type, press Enter, and the card is on both screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.session import intents as i
from dialogdesk.session.board import CardKind
from dialogdesk.ui.board import AudienceBoard, BoardEditor
from dialogdesk.ui.session_controller import SessionController
from tests.board.conftest import type_card


def test_a_typed_card_appears_on_both_screens_and_the_line_is_ready_for_the_next(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor, audience: AudienceBoard
) -> None:
    # Given the collecting step (Trin 2: points from pairs)
    controller.send(i.NextStep())
    assert editor.capture.kind is CardKind.POINT
    assert editor.capture.group_label() == "Pair 1"

    # When the facilitator types two points
    type_card(qtbot, editor, "Ens tilgang til borgeren")
    type_card(qtbot, editor, "Hvor langt går vi i hjælpen?")

    # Then both are on the board, from pair 1 and pair 2, and on the projector
    cards = controller.state.board.visible_cards()
    assert [(card.text, card.kind, card.group) for card in cards] == [
        ("Ens tilgang til borgeren", CardKind.POINT, "Pair 1"),
        ("Hvor langt går vi i hjælpen?", CardKind.POINT, "Pair 2"),
    ]
    for card in cards:
        assert editor.view.card_item(card.id) is not None
        assert editor.view.card_item(card.id).isVisible()
        placed = audience.plan().card(card.id)
        assert placed is not None and " ".join(placed.lines) == card.text
    assert audience.grab().width() == 1920
    # and the line is empty, keeps the focus, and the next pair is in turn
    assert editor.capture.line.text() == ""
    assert QApplication.focusWidget() is editor.capture.line
    assert editor.capture.group_label() == "Pair 3"


def test_the_pair_selector_goes_round_and_can_be_set_to_nobody(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor
) -> None:
    pairs = editor.capture.group_box.count() - 1
    assert pairs == 6  # 12 participants
    for number in range(pairs):
        type_card(qtbot, editor, f"Pointe {number + 1}")
    assert editor.capture.group_label() == "Pair 1"  # round again after pair 6

    editor.capture.group_box.setCurrentIndex(0)
    type_card(qtbot, editor, "Fra hele rummet")
    assert controller.state.board.visible_cards()[-1].group == ""
    assert editor.capture.group_label() == ""


def test_ideas_are_the_default_where_the_step_collects_ideas(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor
) -> None:
    # Trin 4 "Find handlingsrum" collects ideas from the groups
    controller.send(i.JumpToStep(3))
    assert editor.capture.kind is CardKind.IDEA
    assert editor.capture.group_label() == "Group 1"
    type_card(qtbot, editor, "Fælles retningslinjer i afdelingen")
    card = controller.state.board.visible_cards()[-1]
    assert (card.kind, card.group) == (CardKind.IDEA, "Group 1")

    # One click makes the next one a point again, from a pair
    qtbot.mouseClick(editor.capture.point_button, Qt.MouseButton.LeftButton)
    type_card(qtbot, editor, "MitID er en barriere")
    card = controller.state.board.visible_cards()[-1]
    assert card.kind is CardKind.POINT and card.group.startswith("Pair ")


def test_enter_on_an_empty_line_adds_nothing(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor
) -> None:
    qtbot.keyClicks(editor.capture.line, "   ")
    qtbot.keyClick(editor.capture.line, Qt.Key.Key_Return)
    assert controller.state.board.visible_cards() == []
    assert not editor.message_label.isVisible()


def test_the_add_button_works_like_enter(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor
) -> None:
    qtbot.keyClicks(editor.capture.line, "Henvis til biblioteket")
    qtbot.mouseClick(editor.capture.add_button, Qt.MouseButton.LeftButton)
    assert [card.text for card in controller.state.board.visible_cards()] == ["Henvis til biblioteket"]
    assert QApplication.focusWidget() is editor.capture.line


def test_a_refused_card_is_explained_on_the_board_not_in_a_dialog(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor
) -> None:
    controller.send(i.EndSession())
    type_card(qtbot, editor, "For sent")
    assert controller.state.board.visible_cards() == []
    assert editor.message_label.isVisible()
    assert "The session has ended." in editor.message_label.text()
    assert QApplication.activeModalWidget() is None
    assert editor.capture.line.text() == "For sent"  # nothing typed is lost
