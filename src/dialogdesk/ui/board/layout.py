"""Where everything on the board goes: a pure function of the board (and the space to fill).

Themes are columns in the order they were made; the cards not sorted into a theme yet come last,
in a grid. Inside a column the cards keep the order they were written in. Because the layout
follows from the board alone, dragging a card only has to say which theme it belongs to, both
screens always agree, and the board never needs tidying up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF

from dialogdesk.session.board import Board, Card, Theme
from dialogdesk.ui.board.text_wrap import WIDTH_SLACK, TextMeasure


@dataclass(frozen=True)
class Column:
    """A theme and its cards, or (``theme`` None) the cards not sorted into a theme yet."""

    theme: Theme | None
    cards: tuple[Card, ...]

    @property
    def theme_id(self) -> str | None:
        return self.theme.id if self.theme is not None else None


def board_columns(board: Board, *, only_theme: str | None = None) -> list[Column]:
    """Themes in the order they were made, then the unsorted cards (if any)."""
    by_theme: dict[str | None, list[Card]] = {theme_id: [] for theme_id in board.themes}
    unsorted: list[Card] = []
    for card in board.visible_cards():
        by_theme.get(card.theme, unsorted).append(card)
    if only_theme is not None and only_theme in board.themes:
        return [Column(board.themes[only_theme], tuple(by_theme[only_theme]))]
    columns = [Column(theme, tuple(by_theme[theme.id])) for theme in board.themes.values()]
    if unsorted:
        columns.append(Column(None, tuple(unsorted)))
    return columns


@dataclass(frozen=True)
class CardSizes:
    """The parts of a card, in pixels, for one size of card text."""

    text_px: float
    line_height: float
    ascent: float
    pad_x: float
    pad_y: float
    stripe: float  # the coloured edge in the group's colour, with the point/idea mark
    footer_px: float  # group label and dots
    footer_height: float
    gap: float  # between cards

    @classmethod
    def for_text(cls, px: float, measure: TextMeasure, *, roomy: bool = False) -> CardSizes:
        """Sizes in proportion to the text; ``roomy`` for the editor, tighter for the projector."""
        footer_px = max(11.0, round(px * (0.8 if roomy else 0.7)))
        return cls(
            text_px=px,
            line_height=measure.line_height(px),
            ascent=measure.ascent(px),
            pad_x=round(px * (0.55 if roomy else 0.32)),
            pad_y=round(px * (0.5 if roomy else 0.22)),
            stripe=max(6.0, round(px * (0.5 if roomy else 0.4))),
            footer_px=footer_px,
            footer_height=round(footer_px * (1.75 if roomy else 1.5)),
            gap=max(6.0, round(px * (0.3 if roomy else 0.25))),
        )

    def text_width(self, card_width: float) -> float:
        return card_width - self.stripe - 2 * self.pad_x

    def card_height(self, lines: int, *, footer: bool) -> float:
        return 2 * self.pad_y + max(lines, 1) * self.line_height + (self.footer_height if footer else 0)


def dots_width(count: int, sizes: CardSizes, measure: TextMeasure) -> float:
    """The width of a card's dots: up to five circles and the number (as card_painter draws them)."""
    diameter = sizes.footer_px * 0.95
    return (
        min(count, 5) * diameter * 1.15 + measure.width(str(count), sizes.footer_px) * 1.15 + diameter * 0.4
    )


def dots_fit_on_last_line(
    lines: tuple[str, ...], count: int, sizes: CardSizes, measure: TextMeasure, width: float
) -> bool:
    """Whether a card's dots fit after its last line of text (else they get a line of their own)."""
    last = measure.width(lines[-1], sizes.text_px) if lines else 0.0
    return last + sizes.pad_x + dots_width(count, sizes, measure) <= width * WIDTH_SLACK


def stack(heights: Sequence[float], count: int, gap: float) -> list[tuple[int, float]]:
    """Deal cards round the ``count`` stacks of a column, left to right: (stack, top) for each."""
    tops = [0.0] * max(count, 1)
    placed = []
    for index, height in enumerate(heights):
        which = index % len(tops)
        placed.append((which, tops[which]))
        tops[which] += height + gap
    return placed


# --- the facilitator's board: fixed card size, scrolls when it grows -------------------------------
MARGIN = 16.0
FRAME_PAD = 10.0
HEADER_HEIGHT = 52.0
COLUMN_GAP = 18.0
EMPTY_SLOT = 64.0  # an empty theme still has room to drop a card into


@dataclass(frozen=True)
class BoardPlan:
    """Scene rectangles for cards, theme frames (key None: the not-sorted area) and headers."""

    cards: Mapping[str, QRectF]
    lines: Mapping[str, tuple[str, ...]]
    frames: Mapping[str | None, QRectF]
    headers: Mapping[str | None, QRectF]
    size: QSizeF


def plan_editor(
    board: Board, measure: TextMeasure, sizes: CardSizes, card_width: float, view_size: QSizeF
) -> BoardPlan:
    """Themes as framed columns side by side, then the not-sorted area filling the width left."""
    columns = board_columns(board)
    if not columns or columns[-1].theme is not None:
        columns.append(Column(None, ()))  # the not-sorted area is always there to drop cards on
    text_width = sizes.text_width(card_width)
    lines = {
        card.id: measure.wrap(card.text, text_width, sizes.text_px)
        for column in columns
        for card in column.cards
    }
    heights = {card_id: sizes.card_height(len(text), footer=True) for card_id, text in lines.items()}
    cards: dict[str, QRectF] = {}
    frames: dict[str | None, QRectF] = {}
    headers: dict[str | None, QRectF] = {}
    top = MARGIN + HEADER_HEIGHT + FRAME_PAD
    x = MARGIN
    bottom = top + EMPTY_SLOT
    for column in columns:
        slot = card_width + sizes.gap
        if column.theme is None:
            room = view_size.width() - x - MARGIN - 2 * FRAME_PAD + sizes.gap
            count = max(1, min(int(room // slot), max(len(column.cards), 1)))
            width = max(count * slot - sizes.gap + 2 * FRAME_PAD, view_size.width() - x - MARGIN)
        else:
            count, width = 1, card_width + 2 * FRAME_PAD
        placed = stack([heights[card.id] for card in column.cards], count, sizes.gap)
        for card, (which, offset) in zip(column.cards, placed, strict=True):
            rect = QRectF(x + FRAME_PAD + which * slot, top + offset, card_width, heights[card.id])
            cards[card.id] = rect
            bottom = max(bottom, rect.bottom())
        headers[column.theme_id] = QRectF(x, MARGIN, width, HEADER_HEIGHT)
        frames[column.theme_id] = QRectF(x, MARGIN, width, 0)
        x += width + COLUMN_GAP
    height = max(bottom + FRAME_PAD + MARGIN, view_size.height())
    for key, frame in frames.items():
        frame.setBottom(height - MARGIN if key is None else bottom + FRAME_PAD)
    return BoardPlan(cards, lines, frames, headers, QSizeF(x - COLUMN_GAP + MARGIN, height))
