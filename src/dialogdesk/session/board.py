"""The idea board: cards, themes, dots and scores, as immutable values.

Every change returns a new Board, which makes undo a matter of keeping the old one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING

from dialogdesk.session.refusals import Refusal, Refused

if TYPE_CHECKING:
    from dialogdesk.materials.model import Scoring


class CardKind(StrEnum):
    POINT = "point"  # a pair's point from Trin 2
    IDEA = "idea"  # a group's idea proposal from Trin 4


class BoardError(Refused):
    """An edit the board refuses (unknown card, vote past the budget, ...)."""


@dataclass(frozen=True)
class Card:
    id: str
    text: str
    kind: CardKind = CardKind.POINT
    group: str = ""  # which pair or group gave it
    theme: str | None = None
    dots: int = 0
    deleted: bool = False
    scores: tuple[int, ...] = ()  # one per scoring round, typed from the paper card (25/10)

    @property
    def score_total(self) -> int:
        return sum(self.scores)


@dataclass(frozen=True)
class Theme:
    id: str
    name: str


@dataclass(frozen=True)
class Ranked:
    """A place in the tally; tied cards share the same ``place``."""

    place: int
    card: Card
    tied: bool


@dataclass(frozen=True)
class ScoreRank:
    """A card's place by its summed scores. Equal totals share a rank (1, 2, 2, 4); ``top``: the
    rank is within the material's top N, so a tie at the border is in."""

    rank: int
    card_id: str
    total: int
    tied: bool
    top: bool
    card: Card


def _frozen_map(items: Mapping[str, object] | None = None) -> Mapping:
    return MappingProxyType(dict(items or {}))


@dataclass(frozen=True)
class Board:
    cards: Mapping[str, Card] = field(default_factory=_frozen_map)
    themes: Mapping[str, Theme] = field(default_factory=_frozen_map)
    dot_budget: int = 0  # participants x dots per participant; 0 = not voting yet
    votes_hidden: bool = False
    chosen: str | None = None
    deleted_order: tuple[str, ...] = ()  # deleted cards, the latest last: "Restore deleted" takes it

    # --- reading -------------------------------------------------------------------
    def visible_cards(self) -> list[Card]:
        return [card for card in self.cards.values() if not card.deleted]

    def card(self, card_id: str) -> Card:
        card = self.cards.get(card_id)
        if card is None or card.deleted:
            raise BoardError(Refusal.NO_SUCH_CARD, card=card_id)
        return card

    def cards_in_theme(self, theme_id: str | None) -> list[Card]:
        return [card for card in self.visible_cards() if card.theme == theme_id]

    @property
    def dots_used(self) -> int:
        return sum(card.dots for card in self.visible_cards())

    @property
    def dots_left(self) -> int:
        return max(0, self.dot_budget - self.dots_used)

    def ranking(self, kind: CardKind | None = CardKind.IDEA) -> list[Ranked]:
        """Cards of ``kind`` (None: all) by dots, most first; equal counts share a place and are
        marked as ties. Counted once per dot count, so hundreds of cards rank within a frame."""
        cards = [c for c in self.visible_cards() if kind is None or c.kind == kind]
        cards.sort(key=lambda card: -card.dots)
        with_count = Counter(card.dots for card in cards)
        ranked: list[Ranked] = []
        for index, card in enumerate(cards):
            place = ranked[-1].place if ranked and ranked[-1].card.dots == card.dots else index + 1
            ranked.append(Ranked(place, card, with_count[card.dots] > 1))
        return ranked

    def vote_ranking(self) -> list[Ranked]:
        """What the room votes on: the idea proposals, or every card when there are none."""
        has_ideas = any(card.kind is CardKind.IDEA for card in self.visible_cards())
        return self.ranking(CardKind.IDEA if has_ideas else None)

    def score_candidates(self) -> list[Card]:
        """The cards the room scores: the idea proposals, or every card when there are none."""
        cards = self.visible_cards()
        ideas = [card for card in cards if card.kind is CardKind.IDEA]
        return ideas or cards

    def score_ranking(self, top: int | None = None) -> list[ScoreRank]:
        """The scored cards by total, highest first (competition ranking: 1, 2, 2, 4); cards not
        scored yet are left out. ``top``: ranks 1..top are marked, ties at the border included."""
        cards = [card for card in self.score_candidates() if card.scores]
        cards.sort(key=lambda card: -card.score_total)  # stable: equal totals keep the board's order
        with_total = Counter(card.score_total for card in cards)
        ranked: list[ScoreRank] = []
        for index, card in enumerate(cards):
            total = card.score_total
            rank = ranked[-1].rank if ranked and ranked[-1].total == total else index + 1
            in_top = top is not None and rank <= top
            ranked.append(ScoreRank(rank, card.id, total, with_total[total] > 1, in_top, card))
        return ranked

    def result_top(self, scoring: Scoring | None) -> list[Card]:
        """What a method without a decision produced, in short: the top N by scores (the first
        place without a top N), else the first place by dots; empty when nothing was given."""
        scored = self.score_ranking(scoring.top) if scoring is not None else []
        if scored:
            return [r.card for r in scored if (r.top if scoring and scoring.top else r.rank == 1)]
        if self.dots_used:
            return [r.card for r in self.vote_ranking() if r.place == 1]
        return []

    def kept_for_next_time(self) -> list[Card]:
        """The idea proposals not chosen, those with no dots included."""
        return [c for c in self.visible_cards() if c.kind == CardKind.IDEA and c.id != self.chosen]

    # --- changing --------------------------------------------------------------------
    def _with_card(self, card: Card) -> Board:
        return replace(self, cards=_frozen_map({**self.cards, card.id: card}))

    def add_card(self, card: Card) -> Board:
        if card.id in self.cards:
            raise BoardError(Refusal.CARD_EXISTS, card=card.id)
        if not card.text.strip():
            raise BoardError(Refusal.CARD_NEEDS_TEXT)
        if card.theme is not None and card.theme not in self.themes:
            raise BoardError(Refusal.NO_SUCH_THEME, theme=card.theme)
        return self._with_card(card)

    def edit_card(self, card_id: str, text: str) -> Board:
        if not text.strip():
            raise BoardError(Refusal.CARD_NEEDS_TEXT)
        return self._with_card(replace(self.card(card_id), text=text))

    def move_card(self, card_id: str, theme: str | None) -> Board:
        """Into ``theme``, or out of every theme (None); where it sits follows from the layout."""
        if theme is not None and theme not in self.themes:
            raise BoardError(Refusal.NO_SUCH_THEME, theme=theme)
        return self._with_card(replace(self.card(card_id), theme=theme))

    def delete_card(self, card_id: str) -> Board:
        board = self._with_card(replace(self.card(card_id), deleted=True))
        board = replace(board, deleted_order=(*self.deleted_order, card_id))
        return replace(board, chosen=None) if board.chosen == card_id else board

    def restore_card(self, card_id: str) -> Board:
        card = self.cards.get(card_id)
        if card is None or not card.deleted:
            raise BoardError(Refusal.NOT_DELETED, card=card_id)
        theme = card.theme if card.theme in self.themes else None
        # Its dots were freed when it was deleted; it gets back only as many as are still free.
        dots = min(card.dots, self.dots_left) if self.dot_budget else card.dots
        board = self._with_card(replace(card, deleted=False, theme=theme, dots=dots))
        return replace(board, deleted_order=tuple(c for c in self.deleted_order if c != card_id))

    def create_theme(self, theme: Theme, card_ids: list[str]) -> Board:
        if theme.id in self.themes:
            raise BoardError(Refusal.THEME_EXISTS, theme=theme.id)
        board = replace(self, themes=_frozen_map({**self.themes, theme.id: theme}))
        cards = dict(board.cards)
        for card_id in card_ids:
            cards[card_id] = replace(board.card(card_id), theme=theme.id)
        return replace(board, cards=_frozen_map(cards))

    def rename_theme(self, theme_id: str, name: str) -> Board:
        if theme_id not in self.themes:
            raise BoardError(Refusal.NO_SUCH_THEME, theme=theme_id)
        return replace(
            self, themes=_frozen_map({**self.themes, theme_id: replace(self.themes[theme_id], name=name)})
        )

    def dissolve_theme(self, theme_id: str) -> Board:
        if theme_id not in self.themes:
            raise BoardError(Refusal.NO_SUCH_THEME, theme=theme_id)
        themes = {key: value for key, value in self.themes.items() if key != theme_id}
        cards = {
            key: replace(card, theme=None) if card.theme == theme_id else card
            for key, card in self.cards.items()
        }
        return replace(self, themes=_frozen_map(themes), cards=_frozen_map(cards))

    def add_dot(self, card_id: str) -> Board:
        card = self.card(card_id)
        if self.dot_budget and self.dots_used >= self.dot_budget:
            raise BoardError(Refusal.ALL_DOTS_PLACED, budget=self.dot_budget)
        return self._with_card(replace(card, dots=card.dots + 1))

    def remove_dot(self, card_id: str) -> Board:
        card = self.card(card_id)
        if card.dots == 0:
            raise BoardError(Refusal.CARD_HAS_NO_DOTS)
        return self._with_card(replace(card, dots=card.dots - 1))

    def set_dots(self, card_id: str, count: int) -> Board:
        """Enter the dots counted on a paper flip chart."""
        card = self.card(card_id)
        if count < 0:
            raise BoardError(Refusal.NEGATIVE_DOTS)
        others = self.dots_used - card.dots
        if self.dot_budget and others + count > self.dot_budget:
            raise BoardError(Refusal.TOO_FEW_DOTS_LEFT, left=self.dot_budget - others, budget=self.dot_budget)
        return self._with_card(replace(card, dots=count))

    def set_scores(self, card_id: str, scores: tuple[int, ...], scale: tuple[int, int]) -> Board:
        """Enter a card's scores (one per round, from the paper); each must be on ``scale``."""
        card = self.card(card_id)
        low, high = scale
        wrong = next((score for score in scores if not low <= score <= high), None)
        if wrong is not None:
            raise BoardError(Refusal.SCORE_OUT_OF_SCALE, score=wrong, low=low, high=high)
        return self._with_card(replace(card, scores=tuple(scores)))

    def choose(self, card_id: str | None) -> Board:
        if card_id is not None:
            self.card(card_id)
        return replace(self, chosen=card_id)
