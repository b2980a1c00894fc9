"""The board on the projector: every card at once, as large as the screen allows.

Read-only. It follows the session (cards, themes, dots, the chosen proposal) and, as view
state of its own, the theme the facilitator zoomed in on (``focus_theme``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from dialogdesk.session.board import Board
from dialogdesk.session.state import SessionState
from dialogdesk.ui import style
from dialogdesk.ui.board.audience_fit import LARGEST_PX, AudiencePlan, Lettering, plan_audience
from dialogdesk.ui.board.card_painter import CardLook, paint_card
from dialogdesk.ui.board.layout import board_columns
from dialogdesk.ui.board.text_wrap import WIDTH_SLACK, TextMeasure, card_font
from dialogdesk.ui.session_controller import SessionController

HEADER_SHARE = 0.065  # of the height, for the heading line
MARGIN_SHARE = 0.0125  # of the width, round the edge (projectors often cut the edge off)
ZOOMED_LARGEST_PX = 96  # one theme alone may be larger than the whole board


class AudienceBoard(QWidget):
    """The idea board for the room, fitted to the screen; it never changes anything."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audienceBoard")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._measure = TextMeasure()
        self._title_measure = TextMeasure(bold=True)
        self._board: Board = controller.state.board
        self._focus: str | None = None
        self._plan: AudiencePlan | None = None
        controller.stateChanged.connect(self.show_state)

    # --- what it shows ---------------------------------------------------------------------------
    @property
    def board(self) -> Board:
        return self._board

    @property
    def focused_theme(self) -> str | None:
        """The theme shown alone, if the facilitator zoomed in on one that still exists."""
        return self._focus if self._focus in self._board.themes else None

    def show_state(self, state: SessionState) -> None:
        if state.board is not self._board:
            self._board = state.board
            self._plan = None
            self.update()

    @Slot(object)
    def focus_theme(self, theme_id: str | None) -> None:
        """Show only this theme, large (None: the whole board again)."""
        if theme_id != self._focus:
            self._focus = theme_id
            self._plan = None
            self.update()

    def dots_shown(self) -> bool:
        return not self._board.votes_hidden and self._board.dots_used > 0

    def plan(self) -> AudiencePlan:
        """Where each card goes at the current size (computed when first needed)."""
        if self._plan is None:
            columns = board_columns(self._board, only_theme=self.focused_theme)
            lettering = Lettering(
                self._measure,
                self._title_measure,
                QCoreApplication.translate("AudienceBoard", "Not sorted yet"),
            )
            self._plan = plan_audience(
                columns,
                self.card_area(),
                lettering,
                show_dots=self.dots_shown(),
                titles=self.focused_theme is None,
                largest_px=ZOOMED_LARGEST_PX if self.focused_theme else LARGEST_PX,
            )
        return self._plan

    def header_rect(self) -> QRectF:
        margin = self.width() * MARGIN_SHARE
        return QRectF(margin, margin / 2, self.width() - 2 * margin, max(40.0, self.height() * HEADER_SHARE))

    def card_area(self) -> QRectF:
        header = self.header_rect()
        margin = self.width() * MARGIN_SHARE
        top = header.bottom() + margin / 2
        return QRectF(margin, top, self.width() - 2 * margin, self.height() - top - margin)

    # --- painting --------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._plan = None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(style.AUDIENCE_BACKGROUND))
        plan = self.plan()
        self._paint_header(painter)
        if not plan.cards and not plan.columns:
            self._paint_empty(painter)
        px = plan.sizes.text_px
        painter.setPen(QColor(style.AUDIENCE_MESSAGE_BACKGROUND))
        painter.setFont(card_font(px, bold=True))
        for placed in plan.columns:
            if placed.title_rect is None:
                continue
            baseline = placed.title_rect.top() + self._title_measure.ascent(px)
            for line in placed.title_lines:
                painter.drawText(QPointF(placed.title_rect.left(), baseline), line)
                baseline += self._title_measure.line_height(px)
        chosen = self._board.chosen
        hidden = not self.dots_shown()
        for placed in plan.cards:
            look = CardLook(
                footer=plan.show_dots,
                label=placed.card.group,
                dots=not hidden,
                chosen=placed.card.id == chosen,
                faded_into=style.AUDIENCE_BACKGROUND if chosen not in (None, placed.card.id) else "",
            )
            paint_card(painter, placed.rect, placed.card, placed.lines, plan.sizes, look)
        painter.end()

    def _paint_title(self, painter: QPainter, rect: QRectF, text: str, px: float, colour: str) -> None:
        """One line in bold: smaller (down to 70 %) when it is long, then shortened with '…'."""
        natural = self._title_measure.width(text, px) / WIDTH_SLACK
        px = max(px * 0.7, min(px, px * rect.width() / natural)) if natural > 0 else px
        painter.setPen(QColor(colour))
        painter.setFont(card_font(px, bold=True))
        shown = self._title_measure.elide(text, rect.width(), px)
        baseline = rect.top() + (rect.height() - self._title_measure.line_height(px)) / 2
        painter.drawText(QPointF(rect.left(), baseline + self._title_measure.ascent(px)), shown)

    def _paint_header(self, painter: QPainter) -> None:
        header = self.header_rect()
        px = header.height() * 0.6
        focused = self.focused_theme
        title = (
            self._board.themes[focused].name
            if focused is not None
            else QCoreApplication.translate("AudienceBoard", "Our board")
        )
        status = self.dots_status()
        status_width = self._title_measure.width(status, px * 0.75) + px if status else 0.0
        title_colour = style.AUDIENCE_MESSAGE_BACKGROUND if focused else style.AUDIENCE_TEXT
        self._paint_title(painter, header.adjusted(0, 0, -status_width, 0), title, px, title_colour)
        if status:
            painter.setPen(QColor(style.AUDIENCE_MUTED))
            painter.setFont(card_font(px * 0.75))
            painter.drawText(header, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, status)

    def dots_status(self) -> str:
        """'9 of 12 dots placed' while voting; empty before the first dot."""
        board = self._board
        if not board.dot_budget or not board.dots_used:
            return ""
        return (
            QCoreApplication.translate("AudienceBoard", "%1 of %2 dots placed")
            .replace("%1", str(board.dots_used))
            .replace("%2", str(board.dot_budget))
        )

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(QColor(style.AUDIENCE_MUTED))
        painter.setFont(card_font(max(style.MIN_AUDIENCE_TEXT_PX, self.height() * 0.045)))
        painter.drawText(
            self.card_area(),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            QCoreApplication.translate("AudienceBoard", "Points and ideas appear here as they are written"),
        )
