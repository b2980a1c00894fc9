"""The tally beside the board while voting: dots placed, the ranking with its ties, the choice.

Ties share a place ("shared place 1"). "Choose as the decision" takes the proposal picked in
the list, or the clear winner when nothing is picked; the proposals not chosen, those without
dots included, are listed as kept for the next discussion.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dialogdesk.session import intents as i
from dialogdesk.session.board import Board, Ranked


def place_text(ranked: Ranked) -> str:
    """'place 1' or, for a tie, 'shared place 1' (Danish: '1. plads', 'delt 1. plads')."""
    pattern = (
        QCoreApplication.translate("BoardEditor", "shared place %1")
        if ranked.tied
        else QCoreApplication.translate("BoardEditor", "place %1")
    )
    return pattern.replace("%1", str(ranked.place))


def dots_count_text(board: Board) -> str:
    """'9 of 12 dots placed · 3 left'; without a budget (paper counts in a big room) '150 dots'."""
    if not board.dot_budget:
        return QCoreApplication.translate("BoardEditor", "%1 dots").replace("%1", str(board.dots_used))
    return (
        QCoreApplication.translate("BoardEditor", "%1 of %2 dots placed · %3 left")
        .replace("%1", str(board.dots_used))
        .replace("%2", str(board.dot_budget))
        .replace("%3", str(board.dots_left))
    )


class TallyPanel(QFrame):
    """Counts, ranking and the decision. Picking a row selects its card on the board.

    Clicking cards on the board while voting does not pick them here: the decision is the
    proposal picked in this list, or the clear winner.
    """

    cardPicked = Signal(str)

    def __init__(
        self, send: Callable[[i.Intent], bool], *, keep_others: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("boardTally")
        self._send = send
        self._keep_others = keep_others
        self.board = Board()
        self._ranking: list[Ranked] = []
        title = QLabel(QCoreApplication.translate("BoardEditor", "Tally"))
        title.setObjectName("tallyTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("tallyCount")
        self.count_label.setWordWrap(True)
        self.hide_button = QPushButton()
        self.hide_button.setObjectName("hideVotesButton")
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.ranking_list = QListWidget()
        self.ranking_list.setObjectName("tallyRanking")
        self.ranking_list.setWordWrap(True)
        self.ranking_list.currentItemChanged.connect(self._picked)
        self.choose_button = QPushButton(QCoreApplication.translate("BoardEditor", "Choose as the decision"))
        self.choose_button.setObjectName("chooseButton")
        self.choose_button.clicked.connect(self.choose)
        self.tie_label = QLabel()
        self.tie_label.setObjectName("tallyHint")
        self.tie_label.setWordWrap(True)
        self.decision_label = QLabel()
        self.decision_label.setObjectName("tallyDecision")
        self.decision_label.setWordWrap(True)
        self.clear_button = QPushButton(QCoreApplication.translate("BoardEditor", "Undo the choice"))
        self.clear_button.clicked.connect(lambda: self._send(i.ChooseProposal(None)))
        self.kept_label = QLabel()
        self.kept_label.setObjectName("tallyKept")
        self.kept_label.setWordWrap(True)
        self.kept_label.setTextFormat(Qt.TextFormat.RichText)
        self.kept_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # However many proposals are kept, they scroll here: the panel never grows past the laptop.
        self.kept_area = QScrollArea()
        self.kept_area.setObjectName("tallyKeptArea")
        self.kept_area.setWidgetResizable(True)
        self.kept_area.setFrameShape(QFrame.Shape.NoFrame)
        self.kept_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kept_area.setWidget(self.kept_label)
        layout = QVBoxLayout(self)
        # The decision first, under the counts: in sight however long the ranking is.
        for widget in (title, self.count_label, self.hide_button, self.decision_label, self.clear_button):
            layout.addWidget(widget)
        for widget in (self.ranking_list, self.tie_label, self.choose_button, self.kept_area):
            layout.addWidget(widget)
        layout.setStretchFactor(self.ranking_list, 2)
        layout.setStretchFactor(self.kept_area, 1)

    # --- showing ---------------------------------------------------------------------------------
    def show_board(self, board: Board) -> None:
        self.board = board
        self._ranking = board.vote_ranking()
        self.count_label.setText(dots_count_text(board))
        if board.votes_hidden:
            self.hide_button.setText(QCoreApplication.translate("BoardEditor", "Reveal the dots to the room"))
        else:
            self.hide_button.setText(QCoreApplication.translate("BoardEditor", "Hide the dots from the room"))
        self.hide_button.setProperty("reveal", board.votes_hidden and board.dots_left == 0)
        self.hide_button.style().unpolish(self.hide_button)
        self.hide_button.style().polish(self.hide_button)
        self._show_ranking(board)
        chosen = board.cards.get(board.chosen or "")
        self.decision_label.setVisible(chosen is not None)
        self.clear_button.setVisible(chosen is not None)
        self.choose_button.setVisible(chosen is None)
        self.kept_area.setVisible(chosen is not None)
        # Chosen: the decision stands at the top and the rest, in their places, take the list's room.
        self.ranking_list.setVisible(chosen is None)
        if chosen is not None:
            self.decision_label.setText(
                QCoreApplication.translate("BoardEditor", "Decision: %1").replace("%1", "★ " + chosen.text)
            )
            self.kept_label.setText(self._kept_text(board))
        self._update_choose_button()

    def _show_ranking(self, board: Board) -> None:
        current = self.picked_card()
        scrolled = self.ranking_list.verticalScrollBar().value()  # a new dot keeps the list where it was
        self.ranking_list.blockSignals(True)
        self.ranking_list.clear()
        for ranked in self._ranking:
            item = QListWidgetItem(f"{place_text(ranked)}  ·  ● {ranked.card.dots}\n{ranked.card.text}")
            item.setData(Qt.ItemDataRole.UserRole, ranked.card.id)
            if ranked.card.id == board.chosen:
                item.setText("★ " + item.text())
            self.ranking_list.addItem(item)
            if ranked.card.id == current:
                self.ranking_list.setCurrentItem(item)
        self.ranking_list.verticalScrollBar().setValue(scrolled)
        if self.ranking_list.currentItem() is not None:  # the picked one moved: keep it in sight
            self.ranking_list.scrollToItem(self.ranking_list.currentItem())
        self.ranking_list.blockSignals(False)

    def _kept_text(self, board: Board) -> str:
        kept_ids = {card.id for card in board.kept_for_next_time()}
        kept = [ranked for ranked in self._ranking if ranked.card.id in kept_ids]
        heading = (
            QCoreApplication.translate("BoardEditor", "Keep the other proposals for your next discussion:")
            if self._keep_others
            else QCoreApplication.translate("BoardEditor", "The other proposals:")
        )
        if not kept:
            return ""
        rows = "".join(
            f"<li>{escape(place_text(ranked))} · ● {ranked.card.dots}<br>{escape(ranked.card.text)}</li>"
            for ranked in kept
        )
        return f"<b>{escape(heading)}</b><ul>{rows}</ul>"

    def _update_choose_button(self) -> None:
        winner = self.card_to_choose()
        self.choose_button.setEnabled(winner is not None)
        ranking = self._ranking
        top_tied = bool(ranking) and ranking[0].tied and ranking[0].card.dots > 0
        self.tie_label.setVisible(top_tied and self.picked_card() is None and self.board.chosen is None)
        self.tie_label.setText(
            QCoreApplication.translate(
                "BoardEditor", "Tie for first place: pick the proposal in the list, then choose."
            )
        )

    # --- acting ----------------------------------------------------------------------------------
    def picked_card(self) -> str | None:
        item = self.ranking_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def card_to_choose(self) -> str | None:
        """The picked proposal, else the one with the most dots when it is alone at the top."""
        picked = self.picked_card()
        if picked is not None:
            return picked
        ranking = self._ranking
        if ranking and not ranking[0].tied and ranking[0].card.dots > 0:
            return ranking[0].card.id
        return None

    def choose(self) -> None:
        card_id = self.card_to_choose()
        if card_id is not None:
            self._send(i.ChooseProposal(card_id))

    def toggle_hidden(self) -> None:
        self._send(i.HideVotes(hidden=not self.board.votes_hidden))

    def _picked(self, item: QListWidgetItem | None) -> None:
        self._update_choose_button()
        if item is not None:
            self.cardPicked.emit(item.data(Qt.ItemDataRole.UserRole))
