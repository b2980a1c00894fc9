"""The board on the projector: the same cards, large enough to read, dots only when revealed."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage
from pytestqt.qtbot import QtBot

from dialogdesk.session import intents as i
from dialogdesk.session.board import Board, Card, Theme
from dialogdesk.session.state import SessionState
from dialogdesk.ui.board import AudienceBoard, BoardEditor
from dialogdesk.ui.board.card_painter import DOT
from dialogdesk.ui.board.layout import board_columns
from dialogdesk.ui.board.text_wrap import card_font
from dialogdesk.ui.session_controller import SessionController
from tests.board.conftest import Hand, add_cards

# Cards as the seed materials have them written: "nøgleord eller korte sætninger".
SEED_LIKE = [
    "Ens tilgang til borgeren",
    "Hvor langt går vi i den digitale hjælp?",
    "Private apps eller kun offentlige løsninger?",
    "Fortæl borgeren hvad vi kan hjælpe med",
    "MitID som barriere",
    "Tid til den svære samtale",
    "Pårørende og fuldmagt",
    "Henvis til biblioteket",
    "Skriv aftalen ned for borgeren",
    "Fælles retningslinjer i afdelingen",
    "Forventningsafstemning fra første møde",
    "Idé 40: hjælp borgeren videre med det digitale",
]
LONGEST = max(SEED_LIKE, key=len)


def _state_with(controller: SessionController, board: Board) -> SessionState:
    return replace(controller.state, board=board)


def _forty(layout: str) -> Board:
    themes = {f"t{n}": Theme(f"t{n}", f"Tema {n + 1}") for n in range(5)} if layout == "five themes" else {}
    cards = {
        f"c{n}": Card(
            f"c{n}",
            LONGEST,
            group=f"Par {n % 6 + 1}",
            theme=f"t{n % 5}" if themes else None,
            dots=1 if layout == "twelve dots revealed" and n < 12 else 0,
        )
        for n in range(40)
    }
    return Board(cards=MappingProxyType(cards), themes=MappingProxyType(themes), dot_budget=12)


@pytest.mark.parametrize("layout", ["not sorted", "five themes", "twelve dots revealed"])
def test_forty_cards_of_the_longest_seed_text_are_at_least_28_px_on_1080p(
    controller: SessionController, audience: AudienceBoard, layout: str
) -> None:
    assert audience.size().width() == 1920 and audience.size().height() == 1080
    audience.show_state(_state_with(controller, _forty(layout)))
    plan = audience.plan()

    assert plan.fits and len(plan.cards) == 40
    assert plan.sizes.text_px >= 28
    metrics = QFontMetricsF(card_font(plan.sizes.text_px))
    area = audience.card_area()
    for placed in plan.cards:
        assert area.contains(placed.rect), placed.card.id  # every card is on the screen
        width = plan.sizes.text_width(placed.rect.width())
        assert all(metrics.horizontalAdvance(line) <= width for line in placed.lines)  # and no line is cut
        assert " ".join(placed.lines) == LONGEST  # no word broken
        assert placed.rect.height() >= len(placed.lines) * metrics.lineSpacing()
        others = [other.rect for other in plan.cards if other is not placed]
        assert not any(placed.rect.intersects(rect) for rect in others)
    assert not audience.grab().isNull()


def test_the_room_sees_the_same_cards_and_themes_as_the_facilitator(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor, audience: AudienceBoard, hand: Hand
) -> None:
    a, b, c, d = add_cards(controller, SEED_LIKE[:4])
    hand.drag(hand.card(b), hand.card(a))
    qtbot.keyClicks(editor.inline, "Grænser")
    qtbot.keyClick(editor.inline, Qt.Key.Key_Return)
    hand.drag(hand.card(d), hand.empty_spot_in(controller.state.board.cards[a].theme))

    expected = [
        (column.theme_id, [card.id for card in column.cards])
        for column in board_columns(controller.state.board)
    ]
    shown = [
        (placed.column.theme_id, [card.id for card in placed.column.cards])
        for placed in audience.plan().columns
    ]
    assert shown == expected
    assert {placed.card.id for placed in audience.plan().cards} == {a, b, c, d}
    titles = [" ".join(placed.title_lines) for placed in audience.plan().columns]
    assert titles == ["Grænser", "Ikke sorteret endnu"]  # the room reads the material's language


def test_dots_are_painted_only_when_revealed(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor, audience: AudienceBoard, hand: Hand
) -> None:
    a, b = add_cards(controller, SEED_LIKE[:2], kind="idea")
    editor.set_vote_mode(True)
    for card_id in (a, a, b):
        hand.click(hand.card(card_id))
    assert _red_dots_on(audience, a) and _red_dots_on(audience, b)

    qtbot.mouseClick(editor.tally.hide_button, Qt.MouseButton.LeftButton)
    assert not _red_dots_on(audience, a) and not _red_dots_on(audience, b)
    qtbot.mouseClick(editor.tally.hide_button, Qt.MouseButton.LeftButton)
    assert _red_dots_on(audience, a)


def _red_dots_on(audience: AudienceBoard, card_id: str) -> bool:
    placed = audience.plan().card(card_id)
    assert placed is not None
    picture: QImage = audience.grab(placed.rect.toRect()).toImage()
    red = QColor(DOT)
    for y in range(0, picture.height(), 2):
        for x in range(picture.width() // 2, picture.width(), 2):
            colour = picture.pixelColor(x, y)
            if (
                abs(colour.red() - red.red())
                + abs(colour.green() - red.green())
                + abs(colour.blue() - red.blue())
                < 30
            ):
                return True
    return False


def test_zoom_to_a_theme_shows_it_alone_and_large_then_the_whole_board_again(
    qtbot: QtBot, controller: SessionController, editor: BoardEditor, audience: AudienceBoard, hand: Hand
) -> None:
    cards = add_cards(controller, SEED_LIKE[:9])
    controller.send(i.CreateTheme(name="Grænser", card_ids=tuple(cards[:3])))
    controller.send(i.CreateTheme(name="Kommunikation", card_ids=tuple(cards[3:6])))
    limits, talk = list(controller.state.board.themes)
    whole_board_px = audience.plan().sizes.text_px
    focus_changes: list[object] = []  # the room's theme, each time it changes in the session state

    def follow_focus(state: object) -> None:
        theme = controller.state.room_theme
        if (focus_changes[-1] if focus_changes else None) != theme:
            focus_changes.append(theme)

    controller.stateChanged.connect(follow_focus)

    # The magnifier in the theme's header shows it alone to the room
    hand.click(hand.zoom_button(talk))
    assert editor.focused_theme == talk and audience.focused_theme == talk
    assert {placed.card.id for placed in audience.plan().cards} == set(cards[3:6])
    assert audience.plan().sizes.text_px > whole_board_px
    assert editor.room_bar.isVisible() and "Kommunikation" in editor.room_label.text()
    assert editor.view.theme_frame(talk) is not None and editor.view.theme_frame(talk).focused

    # The toolbar button zooms to the theme of the selected card; pressing it again shows everything
    hand.click(hand.card(cards[0]))
    qtbot.mouseClick(editor.zoom_button, Qt.MouseButton.LeftButton)  # off
    qtbot.mouseClick(editor.zoom_button, Qt.MouseButton.LeftButton)  # on: the selected card's theme
    assert audience.focused_theme == limits
    # Dissolving the theme shown brings the whole board back
    qtbot.mouseClick(editor.dissolve_button, Qt.MouseButton.LeftButton)
    assert audience.focused_theme is None and editor.focused_theme is None
    assert len(audience.plan().cards) == 9
    assert focus_changes == [talk, None, limits, None]


def test_an_empty_board_tells_the_room_what_will_come(audience: AudienceBoard) -> None:
    assert audience.plan().cards == ()
    picture = audience.grab().toImage()
    area: QRect = audience.card_area().toRect()
    middle = picture.copy(
        area.adjusted(area.width() // 4, area.height() // 3, -area.width() // 4, -area.height() // 3)
    )
    background = QColor(picture.pixelColor(2, 2))
    assert any(
        middle.pixelColor(x, y) != background
        for x in range(0, middle.width(), 4)
        for y in range(0, middle.height(), 4)
    )


def test_the_fit_follows_the_screen_size(
    qtbot: QtBot, controller: SessionController, audience: AudienceBoard
) -> None:
    add_cards(controller, SEED_LIKE)
    large = audience.plan().sizes.text_px
    audience.resize(1280, 720)
    small = audience.plan().sizes.text_px
    assert small < large
    assert all(audience.card_area().contains(placed.rect) for placed in audience.plan().cards)
