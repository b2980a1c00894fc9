"""Fitting the board onto the projector: the largest card text that shows every card at once.

For each way of splitting the width into stacks of cards (each theme gets at least one, themes
with more cards get more), the largest text size whose tallest stack still fits is found by
bisection; the best of those wins. Text is wrapped exactly as it will be painted.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from dialogdesk.session.board import Card
from dialogdesk.ui.board.layout import CardSizes, Column, dots_fit_on_last_line, stack
from dialogdesk.ui.board.text_wrap import WIDTH_SLACK, TextMeasure

SMALLEST_PX = 8
LARGEST_PX = 72
MOST_STACKS = 24
WIDEST_CARD_EMS = 16  # a card wider than this reads badly: use the room left over as margin
THEME_GAP_SHARE = 3  # the gap between themes, in gaps between cards
TITLE_LINES = 2


@dataclass(frozen=True)
class PlacedCard:
    card: Card
    rect: QRectF
    lines: tuple[str, ...]
    footer: bool = False  # the line with its dots


@dataclass(frozen=True)
class PlacedColumn:
    column: Column
    title_rect: QRectF | None  # None when the titles are not shown (one theme zoomed in)
    title_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class AudiencePlan:
    sizes: CardSizes
    title_px: float
    show_dots: bool
    cards: tuple[PlacedCard, ...]
    columns: tuple[PlacedColumn, ...]
    fits: bool  # False: even the smallest text cannot show every card
    stacks: int = 0  # how many stacks of cards side by side (a hint for the next fit)
    made_for: tuple[object, ...] = ()  # what it was fitted to (see ``_fitted_to``)

    def card(self, card_id: str) -> PlacedCard | None:
        return next((placed for placed in self.cards if placed.card.id == card_id), None)


@dataclass(frozen=True)
class Lettering:
    """The measures for card text and (bold) theme titles, and the title of unsorted cards."""

    text: TextMeasure
    titles: TextMeasure
    unsorted_title: str

    def title(self, column: Column) -> str:
        return column.theme.name if column.theme is not None else self.unsorted_title


def share_stacks(counts: list[int], total: int) -> list[int] | None:
    """Split ``total`` stacks over columns: one each, more where the cards per stack are most."""
    if total < len(counts) or total > sum(max(1, count) for count in counts):
        return None
    shares = [1] * len(counts)
    for _ in range(total - len(counts)):
        busiest = max(
            range(len(counts)),
            key=lambda index: counts[index] / shares[index] if shares[index] < counts[index] else -1,
        )
        shares[busiest] += 1
    return shares


class _Fitter:
    def __init__(
        self, columns: list[Column], area: QRectF, lettering: Lettering, *, show_dots: bool, titles: bool
    ) -> None:
        self.columns = columns
        self.area = area
        self.lettering = lettering
        self.measure = lettering.text
        self.show_dots = show_dots
        self.titles = titles
        self.break_words = False  # only when nothing fits without breaking a word
        self.widest_word = max(
            (self.measure.longest_word(card.text, 1) for column in columns for card in column.cards),
            default=0.0,
        )
        self._tallest: dict[tuple[int, tuple[int, ...]], float] = {}

    def stack_width(self, sizes: CardSizes, shares: list[int]) -> float:
        total = sum(shares)
        gaps = (total - len(shares)) * sizes.gap + (len(shares) - 1) * sizes.gap * THEME_GAP_SHARE
        return min((self.area.width() - gaps) / total, sizes.text_px * WIDEST_CARD_EMS)

    def title_lines(self, column: Column, width: float, px: float) -> tuple[str, ...]:
        """A theme's name on at most two lines, the second shortened with '…' when needed."""
        lines = self.lettering.titles.wrap(self.lettering.title(column), width, px)
        if len(lines) <= TITLE_LINES:
            return lines
        rest = " ".join(lines[TITLE_LINES - 1 :])
        return (*lines[: TITLE_LINES - 1], self.lettering.titles.elide(rest, width, px))

    def title_height(self, sizes: CardSizes, shares: list[int]) -> float:
        if not self.titles:
            return 0.0
        width = self.stack_width(sizes, shares)
        lines = max(
            len(self.title_lines(column, count * width + (count - 1) * sizes.gap, sizes.text_px))
            for column, count in zip(self.columns, shares, strict=True)
        )
        return lines * self.lettering.titles.line_height(sizes.text_px) + sizes.gap

    def tallest(self, px: int, shares: list[int], limit: float = float("inf")) -> float:
        """The height of the tallest column at ``px``, titles included (infinite once past ``limit``)."""
        key = (px, tuple(shares))
        known = self._tallest.get(key)
        if known is not None:
            return known if known <= limit else float("inf")
        sizes = CardSizes.for_text(px, self.measure)
        width = self.stack_width(sizes, shares)
        text_width = sizes.text_width(width)
        if width < px * 4 or (not self.break_words and self.widest_word * px > text_width * WIDTH_SLACK):
            return float("inf")
        title_height = self.title_height(sizes, shares)
        room = limit - title_height
        line_height, gap = sizes.line_height, sizes.gap
        bare = sizes.card_height(0, footer=False) - line_height
        dotted = sizes.footer_height if self.show_dots else 0.0  # only cards with dots have the dots line
        if any(  # even one line per card would not fit
            len(column.cards) > count * ((room + gap) // (bare + line_height + gap))
            for column, count in zip(self.columns, shares, strict=True)
        ):
            return float("inf")
        wrap = self.measure.wrap
        tallest = 0.0
        for column, count in zip(self.columns, shares, strict=True):
            tops = [0.0] * count
            which = 0
            for card in column.cards:
                lines = wrap(card.text, text_width, px)
                top = tops[which] + bare + len(lines) * line_height
                if (
                    dotted
                    and card.dots
                    and not dots_fit_on_last_line(lines, card.dots, sizes, self.measure, text_width)
                ):
                    top += dotted
                if top > room:
                    return float("inf")
                tops[which] = top + gap
                which = which + 1 if which + 1 < count else 0
            tallest = max(tallest, max(tops) - gap)
        self._tallest[key] = tallest + title_height
        return tallest + title_height

    def largest_possible(self, largest_px: int) -> int:
        """No text size above this can fit: the text alone would cover the whole area."""
        ink = sum(self.measure.width(card.text, 1) for column in self.columns for card in column.cards)
        spread = ink * self.measure.line_height(1)
        if spread <= 0:
            return largest_px
        return max(
            SMALLEST_PX, min(largest_px, int((self.area.width() * self.area.height() / spread) ** 0.5))
        )

    def best(
        self, largest_px: int, hint: tuple[int, int] | None = None, *, only_grew: bool = False
    ) -> tuple[int, list[int]] | None:
        """The largest text size that fits, and the stacks per column for it (None: nothing fits).

        ``hint`` (text px, stacks) of the board a moment ago is tried first: after a card is added
        it is nearly always right, and a good size found early makes the other tries quick. When
        the board ``only_grew`` since, no larger size can fit: if the hint still fits, it is the best.
        """
        height = self.area.height()
        counts = [len(column.cards) for column in self.columns]
        ceiling = self.largest_possible(largest_px)
        totals = list(range(len(counts), min(max(sum(counts), len(counts)), MOST_STACKS) + 1))
        if hint is not None and hint[1] in totals:
            totals.remove(hint[1])
            totals.insert(0, hint[1])
            shares = share_stacks(counts, hint[1])
            if (
                only_grew
                and shares is not None
                and self.tallest(min(hint[0], ceiling), shares, height) <= height
            ):
                return min(hint[0], ceiling), shares
        best: tuple[int, list[int], float] | None = None
        misses = 0  # tries in a row, past the best, that did not fit: more stacks only get narrower
        for total in totals:
            shares = share_stacks(counts, total)
            if shares is None or (best is not None and total > sum(best[1]) and misses > len(counts) + 1):
                continue
            low = best[0] if best else SMALLEST_PX
            hinted = min(hint[0], ceiling) if hint is not None and best is None and total == hint[1] else low
            if hinted > low and self.tallest(hinted, shares, height) <= height:
                low = hinted
            elif self.tallest(low, shares, height) > height:
                misses += best is not None and total > sum(best[1])
                continue
            misses = 0
            high = ceiling
            while low < high:
                middle = (low + high + 1) // 2
                if self.tallest(middle, shares, height) <= height:
                    low = middle
                else:
                    high = middle - 1
            tallest = self.tallest(low, shares)
            if best is None or low > best[0] or tallest < best[2]:
                best = (low, shares, tallest)
        return (best[0], best[1]) if best is not None else None

    def most_compact(self) -> list[int]:
        """When nothing fits: the stacks that come closest at the smallest size."""
        counts = [len(column.cards) for column in self.columns]
        candidates = [
            shares for total in range(len(counts), MOST_STACKS + 1) if (shares := share_stacks(counts, total))
        ]
        return min(
            candidates, key=lambda shares: self.tallest(SMALLEST_PX, shares), default=[1] * len(counts)
        )


def plan_audience(
    columns: list[Column],
    area: QRectF,
    lettering: Lettering,
    *,
    show_dots: bool,
    titles: bool = True,
    largest_px: int = LARGEST_PX,
    before: AudiencePlan | None = None,
) -> AudiencePlan:
    """Cards and theme titles placed in ``area`` at the largest text size that shows them all.

    ``before``: the plan a moment ago; it only makes the search quicker.
    """
    measure = lettering.text
    if not columns:
        return AudiencePlan(CardSizes.for_text(largest_px, measure), largest_px, show_dots, (), (), True)
    fitter = _Fitter(columns, area, lettering, show_dots=show_dots, titles=titles)
    made_for = _fitted_to(columns, area, show_dots=show_dots, titles=titles, largest_px=largest_px)
    hint = (int(before.sizes.text_px), before.stacks) if before is not None and before.fits else None
    only_grew = before is not None and _only_grew(before.made_for, made_for)
    found = fitter.best(largest_px, hint, only_grew=only_grew)
    if found is None:  # long words would not fit whole: allow breaking them
        fitter.break_words = True
        fitter._tallest.clear()
        found = fitter.best(largest_px, hint)
    px, shares = found if found is not None else (SMALLEST_PX, fitter.most_compact())
    sizes = CardSizes.for_text(px, measure)
    width = fitter.stack_width(sizes, shares)
    theme_gap = sizes.gap * THEME_GAP_SHARE
    used = sum(shares) * width + (sum(shares) - len(shares)) * sizes.gap + (len(shares) - 1) * theme_gap
    x = area.left() + max(0.0, (area.width() - used) / 2)
    title_height = fitter.title_height(sizes, shares)
    top = area.top() + title_height
    text_width = sizes.text_width(width)
    cards: list[PlacedCard] = []
    placed_columns: list[PlacedColumn] = []
    for column, count in zip(columns, shares, strict=True):
        column_width = count * width + (count - 1) * sizes.gap
        if titles:
            title = QRectF(x, area.top(), column_width, title_height - sizes.gap)
            placed_columns.append(PlacedColumn(column, title, fitter.title_lines(column, column_width, px)))
        else:
            placed_columns.append(PlacedColumn(column, None))
        lines = [measure.wrap(card.text, text_width, px) for card in column.cards]
        footers = [
            show_dots
            and card.dots > 0
            and not dots_fit_on_last_line(text, card.dots, sizes, measure, text_width)
            for card, text in zip(column.cards, lines, strict=True)
        ]
        heights = [
            sizes.card_height(len(text), footer=footer) for text, footer in zip(lines, footers, strict=True)
        ]
        for card, text, footer, height, (which, offset) in zip(
            column.cards, lines, footers, heights, stack(heights, count, sizes.gap), strict=True
        ):
            rect = QRectF(x + which * (width + sizes.gap), top + offset, width, height)
            cards.append(PlacedCard(card, rect, text, footer))
        x += column_width + theme_gap
    return AudiencePlan(
        sizes, px, show_dots, tuple(cards), tuple(placed_columns), found is not None, sum(shares), made_for
    )


def _fitted_to(
    columns: list[Column], area: QRectF, *, show_dots: bool, titles: bool, largest_px: int
) -> tuple[object, ...]:
    """Everything a fit depends on: the room, and per column its name and cards' texts (and dots)."""
    return (
        area.getRect(),
        show_dots,
        titles,
        largest_px,
        tuple(
            (
                column.theme_id,
                column.theme.name if column.theme is not None else "",
                tuple((card.id, card.text, show_dots and card.dots > 0) for card in column.cards),
            )
            for column in columns
        ),
    )


def _only_grew(before: tuple[object, ...], now: tuple[object, ...]) -> bool:
    """True when ``now`` is ``before`` with cards added at the ends of columns (the text can only shrink)."""
    if len(before) != len(now) or before[:4] != now[:4]:
        return False
    old_columns, new_columns = before[4], now[4]
    assert isinstance(old_columns, tuple) and isinstance(new_columns, tuple)
    if len(old_columns) != len(new_columns):
        return False
    for (old_id, old_name, old_cards), (new_id, new_name, new_cards) in zip(
        old_columns, new_columns, strict=True
    ):
        if (old_id, old_name) != (new_id, new_name) or new_cards[: len(old_cards)] != old_cards:
            return False
    return True
