"""Dot voting on the board: a dot per click, the budget, paper counts, hiding, the tally, the choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.materials.loader import load_material
from dialogdesk.session import intents as i
from dialogdesk.ui.board import AudienceBoard, BoardEditor
from dialogdesk.ui.board.card_painter import CHOSEN
from dialogdesk.ui.session_controller import SessionController
from tests.board.conftest import Hand, add_cards, started_session
from tests.conftest import MATERIALS

IDEAS = [
    "Fælles retningslinjer i afdelingen",
    "Skriv det ned for borgeren",
    "Pårørende som hjælpere",
    "Forventningsafstemning fra start",
]


def dots(controller: SessionController) -> dict[str, int]:
    return {card.id: card.dots for card in controller.state.board.visible_cards()}


def test_twelve_people_place_twelve_dots_and_the_thirteenth_is_refused_visibly(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor, audience: AudienceBoard, hand: Hand
) -> None:
    # Given 12 participants with one dot each, and four idea proposals
    a, b, c, d = add_cards(controller, IDEAS, kind="idea")
    assert controller.state.board.dot_budget == 12
    qtbot.mouseClick(editor.vote_button, Qt.MouseButton.LeftButton)
    assert editor.view.vote_mode and editor.tally.isVisible()

    # When 12 dots go on by clicking the cards
    for card_id in [a] * 5 + [b] * 4 + [c] * 3:
        hand.click(hand.card(card_id))
    assert dots(controller) == {a: 5, b: 4, c: 3, d: 0}
    assert not editor.message_label.isVisible()
    assert "12 of 12 dots placed" in editor.tally.count_label.text()

    # Then a 13th dot is refused, the board says why, and the count stays 12
    hand.click(hand.card(d))
    assert controller.state.board.dots_used == 12
    assert dots(controller)[d] == 0
    assert editor.message_label.isVisible()
    assert "All 12 dots are placed" in editor.message_label.text()
    assert QApplication.activeModalWidget() is None
    assert audience.dots_shown() and audience.dots_status() == "12 af 12 prikker sat"

    # A right-click takes a dot off; then the dot can go elsewhere and the message goes away
    hand.click(hand.card(a), Qt.MouseButton.RightButton)
    hand.click(hand.card(d))
    assert dots(controller) == {a: 4, b: 4, c: 3, d: 1}
    assert not editor.message_label.isVisible()


def test_minus_takes_a_dot_off_and_a_typed_number_sets_the_paper_count(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor, hand: Hand
) -> None:
    a, b, *_ = add_cards(controller, IDEAS, kind="idea")
    editor.set_vote_mode(True)
    hand.click(hand.card(a))  # selects it (and adds a dot)
    qtbot.keyClick(editor.view, Qt.Key.Key_Minus)
    assert dots(controller)[a] == 0

    # Dots counted on a paper flip chart: type the number on the card
    qtbot.keyClicks(editor.view, "7")
    assert dots(controller)[a] == 7
    hand.click(hand.card(b))
    qtbot.keyClicks(editor.view, "5")  # 7 + 5 = 12: exactly the budget
    assert dots(controller)[b] == 5
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)  # in vote mode Delete takes a dot off, never the card
    assert dots(controller)[b] == 4 and not controller.state.board.cards[b].deleted

    # Two digits in a row make one number; past the budget it is refused with the reason
    hand.click(hand.card(a))  # 8
    qtbot.keyClicks(editor.view, "10")  # "1" then "10": 10 + 4 > 12
    assert dots(controller)[a] == 1
    assert "Only 8 dots are free for this card (12 in all)" in editor.message_label.text()


def test_hide_the_dots_until_all_are_placed_then_reveal(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor, audience: AudienceBoard, hand: Hand
) -> None:
    a, b, *_ = add_cards(controller, IDEAS, kind="idea")
    editor.set_vote_mode(True)
    qtbot.mouseClick(editor.tally.hide_button, Qt.MouseButton.LeftButton)
    assert controller.state.board.votes_hidden
    for card_id in [a] * 7 + [b] * 5:
        hand.click(hand.card(card_id))

    # the room sees the cards, not the dots (the facilitator sees them as grey rings)
    assert not audience.dots_shown()
    assert not audience.plan().show_dots
    assert editor.view.card_item(a) is not None and editor.view.card_item(a).look.dots_hidden
    assert audience.dots_status() == "12 af 12 prikker sat"
    # all dots are in: the button asks to reveal
    assert editor.tally.hide_button.text() == "Reveal the dots to the room"
    assert editor.tally.hide_button.property("reveal") is True

    qtbot.mouseClick(editor.tally.hide_button, Qt.MouseButton.LeftButton)
    assert not controller.state.board.votes_hidden
    assert audience.dots_shown() and audience.plan().show_dots
    assert not editor.view.card_item(a).look.dots_hidden


def test_ties_share_a_place_and_the_choice_is_marked_on_both_screens(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor, audience: AudienceBoard, hand: Hand
) -> None:
    a, b, c, d = add_cards(controller, IDEAS, kind="idea")
    editor.set_vote_mode(True)
    for card_id in [a] * 5 + [b] * 5 + [c] * 2:
        hand.click(hand.card(card_id))

    # The tally shows the tie as a tie, and cannot pick a winner by itself
    rows = [editor.tally.ranking_list.item(row).text() for row in range(editor.tally.ranking_list.count())]
    assert rows[0].startswith("shared place 1") and rows[1].startswith("shared place 1")
    assert rows[2].startswith("place 3") and rows[3].startswith("place 4")
    assert not editor.tally.choose_button.isEnabled()
    assert editor.tally.tie_label.isVisible()

    # Picking one in the list (or on the board) and choosing makes it the decision
    editor.tally.ranking_list.setCurrentRow(1)
    assert editor.view.selected_card == editor.tally.picked_card()
    qtbot.mouseClick(editor.tally.choose_button, Qt.MouseButton.LeftButton)
    chosen = controller.state.board.chosen
    assert chosen in (a, b)
    assert editor.tally.decision_label.isVisible() and "★" in editor.tally.decision_label.text()
    # the others, those without dots too, are listed for another time
    others = editor.tally.kept_label.text()
    for card_id in {a, b, c, d} - {chosen}:
        assert controller.state.board.cards[card_id].text in others
    assert "The other proposals" in others

    # The room sees the chosen card in gold, the others faded
    assert editor.view.card_item(chosen).look.chosen
    placed = audience.plan().card(chosen)
    assert placed is not None
    picture = audience.grab().toImage()
    edge = max(3.0, placed.rect.height() and audience.plan().sizes.text_px * 0.2)
    spot = QPoint(int(placed.rect.center().x()), int(placed.rect.top() - edge / 2))
    assert _close(picture.pixelColor(spot), QColor(CHOSEN))


def test_the_choice_follows_the_clear_winner_and_can_be_undone(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor, hand: Hand
) -> None:
    a, b, *_ = add_cards(controller, IDEAS, kind="idea")
    editor.set_vote_mode(True)
    for card_id in [b] * 3 + [a]:
        hand.click(hand.card(card_id))
    editor.view.select()  # nothing picked: the one with most dots
    qtbot.mouseClick(editor.tally.choose_button, Qt.MouseButton.LeftButton)
    assert controller.state.board.chosen == b
    qtbot.mouseClick(editor.tally.clear_button, Qt.MouseButton.LeftButton)
    assert controller.state.board.chosen is None


def test_materials_that_keep_the_others_say_so(qtbot: QtBot, tmp_path: Path) -> None:
    material = load_material(MATERIALS / "hardware" / "material.yaml").material
    assert material.wrap_up.dot_voting.keep_others_for_next_time
    controller = started_session(material, tmp_path / "sessions")
    try:
        editor = BoardEditor(controller)
        qtbot.addWidget(editor)
        a, _ = add_cards(controller, IDEAS[:2], kind="idea")
        controller.send(i.AddDot(a))
        controller.send(i.ChooseProposal(a))
        text = editor.tally.kept_label.text()
        assert "Keep the other proposals for your next discussion" in text
        assert IDEAS[1] in text
    finally:
        controller.close()


def _close(actual: QColor, expected: QColor, tolerance: int = 40) -> bool:
    return all(
        abs(x - y) <= tolerance
        for x, y in zip(
            (actual.red(), actual.green(), actual.blue()),
            (expected.red(), expected.green(), expected.blue()),
            strict=True,
        )
    )
