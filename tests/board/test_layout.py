"""The board's layout is a pure function of the board: checked without any window."""

from __future__ import annotations

import random
from types import MappingProxyType

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtWidgets import QApplication

from dialogdesk.session.board import Board, Card, CardKind, Theme
from dialogdesk.ui import style
from dialogdesk.ui.board.audience_fit import share_stacks
from dialogdesk.ui.board.card_painter import GROUP_COLOURS, INK, NO_GROUP, group_colours
from dialogdesk.ui.board.layout import CardSizes, board_columns, plan_editor, stack
from dialogdesk.ui.board.text_wrap import TextMeasure


@pytest.fixture
def measure(qapp: QApplication) -> TextMeasure:
    return TextMeasure()


def board_of(cards: list[Card], themes: list[Theme]) -> Board:
    return Board(
        cards=MappingProxyType({card.id: card for card in cards}),
        themes=MappingProxyType({theme.id: theme for theme in themes}),
    )


def test_columns_are_themes_in_the_order_made_then_the_cards_not_sorted() -> None:
    board = board_of(
        [
            Card("c1", "a", theme="t9"),
            Card("c2", "b"),
            Card("c3", "c", theme="t4"),
            Card("c4", "d", theme="t9", deleted=True),
            Card("c5", "e", theme="t9"),
        ],
        [Theme("t9", "Made first"), Theme("t4", "Made second")],
    )
    columns = board_columns(board)
    assert [(column.theme_id, [card.id for card in column.cards]) for column in columns] == [
        ("t9", ["c1", "c5"]),
        ("t4", ["c3"]),
        (None, ["c2"]),
    ]
    assert [column.theme_id for column in board_columns(board, only_theme="t4")] == ["t4"]
    assert len(board_columns(board, only_theme="gone")) == 3


def test_stacks_are_shared_by_how_many_cards_each_column_has() -> None:
    assert share_stacks([8, 2, 2], 3) == [1, 1, 1]
    assert share_stacks([8, 2, 2], 5) == [3, 1, 1]
    assert share_stacks([8, 2, 2], 6) == [4, 1, 1]
    assert share_stacks([1, 1], 3) is None  # no column gets more stacks than cards
    assert share_stacks([3], 0) is None
    assert stack([10, 20, 30, 40], 2, 5) == [(0, 0.0), (1, 0.0), (0, 15.0), (1, 25.0)]


def test_the_facilitators_board_never_overlaps_and_keeps_cards_in_their_frames(measure: TextMeasure) -> None:
    themes = [Theme(f"t{n}", f"Tema {n}") for n in range(3)]
    cards = [
        Card(f"c{n}", "Kort " * (n % 7 + 1), theme=f"t{n % 4}" if n % 4 < 3 else None) for n in range(30)
    ]
    board = board_of(cards, themes)
    sizes = CardSizes.for_text(15, measure, roomy=True)
    plan = plan_editor(board, measure, sizes, 200, QSizeF(1300, 500))
    rects = list(plan.cards.values())
    assert len(rects) == 30
    for index, rect in enumerate(rects):
        assert not any(rect.intersects(other) for other in rects[index + 1 :])
    for card in cards:
        assert plan.frames[card.theme].contains(plan.cards[card.id])
    assert plan.size.width() >= 1300 and plan.size.height() > 500  # it scrolls down, not sideways


def test_the_not_sorted_area_is_always_there_to_drop_on(measure: TextMeasure) -> None:
    board = board_of([Card("c1", "a", theme="t1")], [Theme("t1", "Alt er sorteret")])
    plan = plan_editor(board, measure, CardSizes.for_text(15, measure, roomy=True), 200, QSizeF(1000, 400))
    assert set(plan.frames) == {"t1", None}
    assert plan.frames[None].width() > 500


def test_wrapping_keeps_words_whole_and_lines_inside_the_width(measure: TextMeasure) -> None:
    text = "Hjælper vi også med private apps på borgerens mobil?"
    lines = measure.wrap(text, 300, 28)
    assert " ".join(lines) == text
    assert all(measure.width(line, 28) <= 300 for line in lines)
    broken = measure.wrap("Forventningsafstemning", 120, 28)
    assert len(broken) > 1 and all(piece.endswith("-") for piece in broken[:-1])
    assert "".join(piece.rstrip("-") for piece in broken) == "Forventningsafstemning"
    assert measure.wrap("", 100, 20) == ("",)


def test_each_pair_has_its_colour_and_the_text_reads_well_on_every_one() -> None:
    sheets = [group_colours(f"Par {n}")[0].name() for n in range(1, 9)]
    assert len(set(sheets)) == 8
    assert group_colours("Par 2") == group_colours("Par 2")
    assert group_colours("")[0].name() == NO_GROUP[0]
    for sheet, _edge in [*GROUP_COLOURS, NO_GROUP]:
        assert style.contrast_ratio(INK, sheet) >= 7.0


def test_the_vote_ranking_gives_places_and_ties_as_the_room_counts_them() -> None:
    rng = random.Random(4)
    for _ in range(50):
        cards = [
            Card(
                f"c{n}",
                "x",
                kind=rng.choice(list(CardKind)),
                dots=rng.randint(0, 4),
                deleted=rng.random() < 0.1,
            )
            for n in range(rng.randint(0, 25))
        ]
        board = board_of(cards, [])
        has_ideas = any(card.kind is CardKind.IDEA for card in board.visible_cards())
        voted = [c for c in board.visible_cards() if c.kind is CardKind.IDEA or not has_ideas]
        ranking = board.vote_ranking()
        # Every voted card once, most dots first; a place is 1 + the cards with more dots, and a
        # tie is a dot count that more than one card has.
        assert sorted(r.card.id for r in ranking) == sorted(c.id for c in voted)
        assert [r.card.dots for r in ranking] == sorted((c.dots for c in voted), reverse=True)
        for ranked in ranking:
            assert ranked.place == 1 + sum(c.dots > ranked.card.dots for c in voted)
            assert ranked.tied == (sum(c.dots == ranked.card.dots for c in voted) > 1)
