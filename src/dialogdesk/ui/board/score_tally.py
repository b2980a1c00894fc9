"""The score tally beside the board (25/10 Crowd Sourcing): a line per card to type its scores.

The facilitator types the scores from the paper card ("4 5 3 2 5", one per round) and presses
Enter; each row shows the total, the rank (ties share it) and a "★ Top N" mark. The fields take
the keyboard only when clicked: a clicker's keys never land in them by accident.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dialogdesk.materials.model import Scoring
from dialogdesk.session import intents as i
from dialogdesk.session.board import Board, ScoreRank
from dialogdesk.ui.board.results import place_words, top_badge, total_words

_SEPARATORS = re.compile(r"[\s,;]+")


def parse_scores(text: str, scale: tuple[int, int]) -> tuple[int, ...]:
    """'4 5 3 2 5' (or '4,5,3'); on a scale below 10, '45325' is five scores too."""
    scores: list[int] = []
    for token in _SEPARATORS.split(text.strip()):
        if not token:
            continue
        if scale[1] < 10 and len(token) > 1:
            scores += [int(digit) for digit in token]  # typed without spaces, one digit a round
        else:
            scores.append(int(token))
    return tuple(scores)


def scores_text(scores: tuple[int, ...]) -> str:
    return " ".join(str(score) for score in scores)


class ScoreRow:
    """The widgets of one card's row."""

    def __init__(self, card_id: str) -> None:
        self.card_id = card_id
        self.rank = QLabel()
        self.rank.setObjectName("scoreRank")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setObjectName(f"scores_{card_id}")
        self.field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # never by Tab or a stray key
        self.field.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 ,;]*")))
        self.field.setPlaceholderText(QCoreApplication.translate("BoardEditor", "e.g. 4 5 3 2 5"))
        self.total = QLabel()
        self.total.setObjectName("scoreTotal")
        self.badge = QLabel()
        self.badge.setObjectName("scoreTop")

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.rank, self.text, self.field, self.total, self.badge)


class ScorePanel(QFrame):
    """Scores per card, their totals, ranks and the top N, for a material that scores."""

    def __init__(
        self, send: Callable[[i.Intent], bool], scoring: Scoring, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("boardTally")
        self._send = send
        self.scoring = scoring
        self.board = Board()
        self.rows: dict[str, ScoreRow] = {}
        title = QLabel(QCoreApplication.translate("BoardEditor", "Scores"))
        title.setObjectName("tallyTitle")
        low, high = scoring.scale.min, scoring.scale.max
        hint = QCoreApplication.translate(
            "BoardEditor", "Type each card's scores (%1–%2 a round), then Enter. The totals rank the cards."
        )
        self.hint_label = QLabel(hint.replace("%1", str(low)).replace("%2", str(high)))
        self.hint_label.setObjectName("tallyHint")
        self.hint_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("tallyCount")
        self.summary_label.setWordWrap(True)
        self._grid_widget = QWidget()
        self._grid = QGridLayout(self._grid_widget)
        self._grid.setColumnStretch(1, 1)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)  # rows stay together however few
        scroll = QScrollArea()
        scroll.setWidget(self._grid_widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        for widget in (title, self.hint_label, self.summary_label):
            layout.addWidget(widget)
        layout.addWidget(scroll, 1)

    @property
    def scale(self) -> tuple[int, int]:
        return self.scoring.scale.min, self.scoring.scale.max

    # --- showing ---------------------------------------------------------------------------------
    def show_board(self, board: Board) -> None:
        self.board = board
        cards = board.score_candidates()
        if [card.id for card in cards] != list(self.rows):
            self._rebuild([card.id for card in cards])
        ranking: dict[str, ScoreRank] = {r.card_id: r for r in board.score_ranking(self.scoring.top)}
        for card in cards:
            row = self.rows[card.id]
            row.text.setText(card.text)
            if not row.field.hasFocus():  # never overwrite what the facilitator is typing
                row.field.setText(scores_text(card.scores))
            ranked = ranking.get(card.id)
            row.rank.setText(place_words(ranked.rank, ranked.tied) if ranked else "–")
            row.total.setText("= " + total_words("scores", card.score_total) if card.scores else "")
            top = self.scoring.top
            row.badge.setText(top_badge(top) if ranked is not None and ranked.top and top else "")
        scored = len(ranking)
        self.summary_label.setText(
            QCoreApplication.translate("BoardEditor", "%1 of %2 cards scored")
            .replace("%1", str(scored))
            .replace("%2", str(len(cards)))
        )

    def _rebuild(self, card_ids: list[str]) -> None:
        for row in self.rows.values():
            for widget in row.widgets():
                self._grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = {}
        for line, card_id in enumerate(card_ids):
            row = ScoreRow(card_id)
            row.field.returnPressed.connect(lambda row=row: self._entered(row))
            row.field.editingFinished.connect(lambda row=row: self._record(row))
            for column, widget in enumerate(row.widgets()):
                self._grid.addWidget(widget, line, column)
            self.rows[card_id] = row

    # --- acting ----------------------------------------------------------------------------------
    def _entered(self, row: ScoreRow) -> None:
        self._record(row)
        row.field.clearFocus()  # the clicker's keys go to the session again; sent once (Qt 6)

    def _record(self, row: ScoreRow) -> None:
        card = self.board.cards.get(row.card_id)
        if card is None or card.deleted:
            return
        scores = parse_scores(row.field.text(), self.scale)
        if scores != card.scores:
            self._send(i.SetScores(row.card_id, scores))
