"""The scores' ranking on the projector (25/10): every scored card with its total, top N marked.

Shown over the board once a card has scores (unless the facilitator hides the counts or shows one
theme alone). Large: the text shrinks only as far as the rows need to fit the screen. The top N
carry "★ Top N" in words, not only a colour.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dialogdesk.materials.model import Material
from dialogdesk.session.state import SessionState
from dialogdesk.ui import style
from dialogdesk.ui.board.results import (
    MethodResult,
    Translate,
    method_result,
    place_words,
    ranking_heading,
    top_badge,
    total_words,
)

LARGEST_PX = 64
MARGIN_SHARE = 0.03  # of the width, round the edge
GOLD = "#f2a900"


def ranking_wanted(state: SessionState, material: Material) -> bool:
    """Whether the room sees the scores' ranking in place of the board."""
    board = state.board
    if material.wrap_up.scoring is None or board.votes_hidden or state.room_theme is not None:
        return False
    return any(card.scores for card in board.score_candidates())


class AudienceRanking(QWidget):
    """Heading and one row per scored card: place, text, total, and the top mark."""

    def __init__(self, translate: Translate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audienceRanking")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"QWidget#audienceRanking {{ background: {style.AUDIENCE_BACKGROUND}; }}")
        self._translate = translate
        self.result: MethodResult | None = None
        self.heading_label = QLabel()
        self.heading_label.setObjectName("rankingHeading")
        self.rows_label = QLabel()
        self.rows_label.setObjectName("rankingRows")
        self.rows_label.setTextFormat(Qt.TextFormat.RichText)
        self.rows_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rows_label.setWordWrap(True)
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.rows_label, 1)

    def show_result(self, result: MethodResult) -> None:
        self.result = result
        self.heading_label.setText(ranking_heading(result, self._translate))
        self._fill()

    def row_texts(self) -> list[str]:
        """The rows as plain text, as the room reads them (for checks and the thumbnail)."""
        result = self.result
        if result is None:
            return []
        lines = []
        for row in result.rows:
            line = f"{place_words(row.place, row.tied, self._translate)} {row.text} · "
            line += total_words(result.kind, row.total, self._translate)
            if row.top and result.top is not None:
                line += "  " + top_badge(result.top, self._translate)
            lines.append(line)
        return lines

    def text_px(self) -> int:
        rows = len(self.result.rows) if self.result is not None else 1
        fitting = self.height() * 0.8 / max(1, rows + 1) / 1.35
        return int(max(style.MIN_AUDIENCE_TEXT_PX, min(LARGEST_PX, fitting)))

    def _fill(self) -> None:
        result = self.result
        if result is None:
            return
        px = self.text_px()
        margin = int(self.width() * MARGIN_SHARE)  # projectors often cut the edge off
        self._layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        colour, muted = style.AUDIENCE_TEXT, style.AUDIENCE_MUTED
        self.heading_label.setStyleSheet(f"color: {colour}; font-weight: bold; font-size: {int(px * 1.2)}px;")
        words = self._translate
        badge = escape(top_badge(result.top, words)) if result.top is not None else ""
        rows = []
        for row in result.rows:
            in_top = row.top and result.top is not None
            shade = colour if in_top or result.top is None else muted
            place = escape(place_words(row.place, row.tied, words))
            cells = [
                f'<td style="padding-right: {px // 2}px;">{place}</td>',
                f'<td style="padding-right: {px}px;">{escape(row.text)}</td>',
                f'<td align="right" style="padding-right: {px // 2}px;">'
                f"{escape(total_words(result.kind, row.total, words))}</td>",
                f'<td style="color: {GOLD};">{badge}</td>' if in_top else "<td></td>",
            ]
            weight = "bold" if in_top else "normal"
            rows.append(f'<tr style="color: {shade}; font-weight: {weight};">{"".join(cells)}</tr>')
        self.rows_label.setStyleSheet(f"font-size: {px}px; color: {colour};")
        self.rows_label.setText(f'<table width="100%" cellspacing="0">{"".join(rows)}</table>')

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fill()


def show_ranking_over(
    board_widget: QWidget, ranking: AudienceRanking, state: SessionState, material: Material
) -> None:
    """Show ``ranking`` over the whole ``board_widget`` when the room should see it."""
    wanted = ranking_wanted(state, material)
    if wanted:
        ranking.setGeometry(board_widget.rect())
        ranking.show_result(method_result(state.board, material))
        ranking.raise_()
    ranking.setVisible(wanted)
