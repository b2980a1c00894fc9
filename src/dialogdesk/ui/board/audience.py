"""The board on the projector: every card at once, as large as the screen allows.

Read-only. It follows the session (cards, themes, dots, the chosen proposal, and the theme
the facilitator shows alone to the room: ``SessionState.room_theme``).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap, QRegion, QResizeEvent
from PySide6.QtWidgets import QWidget

from dialogdesk.session.board import Board
from dialogdesk.session.state import SessionState
from dialogdesk.ui import style
from dialogdesk.ui.board.audience_fit import LARGEST_PX, AudiencePlan, Lettering, PlacedCard, plan_audience
from dialogdesk.ui.board.audience_ranking import AudienceRanking, show_ranking_over
from dialogdesk.ui.board.card_painter import CardLook, paint_card
from dialogdesk.ui.board.layout import board_columns
from dialogdesk.ui.board.text_wrap import WIDTH_SLACK, TextMeasure, card_font
from dialogdesk.ui.room_language import RoomWords, room_words
from dialogdesk.ui.session_controller import SessionController

HEADER_SHARE = 0.055  # of the height, for the heading line
ZOOMED_HEADER_SHARE = 0.09  # one theme alone: its name is the heading, larger
MARGIN_SHARE = 0.0125  # of the width, round the edge (projectors often cut the edge off)
ZOOMED_LARGEST_PX = 96  # one theme alone may be larger than the whole board


class AudienceBoard(QWidget):
    """The idea board for the room, fitted to the screen; it never changes anything."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audienceBoard")
        self._controller = controller  # for the material's language: the room's words
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._measure = TextMeasure()
        self._title_measure = TextMeasure(bold=True)
        self._board: Board = controller.state.board
        self._focus: str | None = controller.state.room_theme
        self._plan: AudiencePlan | None = None
        self._plan_before: AudiencePlan | None = None  # to start the next fit from
        self._looks: dict[str, CardLook] = {}  # how each card of the plan is shown (chosen, dots ...)
        self._pictures: dict[str, tuple[tuple[object, ...], QPixmap]] = {}  # painted cards, reused
        controller.stateChanged.connect(self.show_state)
        # 25/10: once cards have scores the room sees their ranking over the board.
        self.ranking = AudienceRanking(lambda context, text: self.words.translate(context, text), self)
        self.ranking.hide()
        show_ranking_over(self, self.ranking, controller.state, controller.material)

    # --- what it shows ---------------------------------------------------------------------------
    @property
    def board(self) -> Board:
        return self._board

    @property
    def words(self) -> RoomWords:
        """The room's words, in the material's language, whatever the interface's."""
        return room_words(self._controller.material)

    @property
    def focused_theme(self) -> str | None:
        """The theme shown alone (``SessionState.room_theme``), as last rendered."""
        return self._focus

    def show_state(self, state: SessionState) -> None:
        show_ranking_over(self, self.ranking, state, self._controller.material)
        if state.board is self._board and state.room_theme == self._focus:
            return
        if state.room_theme != self._focus:
            self._focus = state.room_theme
            self._board = state.board
            self._plan = None
            self.update()
            return
        before, looks_before = self._plan, self._looks
        self._board = state.board
        self._plan = None
        if before is None or not self.isVisible():
            self.update()
            return
        self.update(self._changes(before, looks_before, self.plan(), self._looks))

    def _changes(
        self,
        before: AudiencePlan,
        looks_before: dict[str, CardLook],
        after: AudiencePlan,
        looks: dict[str, CardLook],
    ) -> QRegion:
        """What to repaint: the cards that moved or changed (and the heading), or everything."""
        whole = QRegion(self.rect())
        titles = [(placed.title_rect, placed.title_lines) for placed in before.columns]
        if before.sizes != after.sizes or titles != [
            (placed.title_rect, placed.title_lines) for placed in after.columns
        ]:
            return whole
        if not before.cards or not after.cards:
            return whole  # the words shown on an empty board come or go
        region = QRegion(self.header_rect().toAlignedRect())
        old = {placed.card.id: placed for placed in before.cards}
        new = {placed.card.id: placed for placed in after.cards}
        outset = math.ceil(_margin(after))
        for card_id in old.keys() | new.keys():
            was, now = old.get(card_id), new.get(card_id)
            if (
                was is not None
                and now is not None
                and (
                    (was.rect, was.card, was.lines, was.footer, looks_before.get(card_id))
                    == (now.rect, now.card, now.lines, now.footer, looks.get(card_id))
                )
            ):
                continue
            for placed in (was, now):
                if placed is not None:
                    region += placed.rect.toAlignedRect().adjusted(-outset, -outset, outset, outset)
        return region

    def dots_shown(self) -> bool:
        return not self._board.votes_hidden and self._board.dots_used > 0

    def plan(self) -> AudiencePlan:
        """Where each card goes at the current size (computed when first needed)."""
        if self._plan is None:
            columns = board_columns(self._board, only_theme=self.focused_theme)
            lettering = Lettering(
                self._measure,
                self._title_measure,
                self.words.translate("AudienceBoard", "Not sorted yet"),
            )
            self._plan = plan_audience(
                columns,
                self.card_area(),
                lettering,
                show_dots=self.dots_shown(),
                titles=self.focused_theme is None,
                largest_px=ZOOMED_LARGEST_PX if self.focused_theme else LARGEST_PX,
                before=self._plan_before,
            )
            self._plan_before = self._plan
            chosen = self._board.chosen
            hidden = not self.dots_shown()
            self._looks = {
                placed.card.id: CardLook(
                    footer=placed.footer,
                    dots=not hidden,
                    chosen=placed.card.id == chosen,
                    faded_into=style.AUDIENCE_BACKGROUND if chosen not in (None, placed.card.id) else "",
                )
                for placed in self._plan.cards
            }
        return self._plan

    def header_rect(self) -> QRectF:
        margin = self.width() * MARGIN_SHARE
        share = ZOOMED_HEADER_SHARE if self.focused_theme is not None else HEADER_SHARE
        return QRectF(margin, margin / 2, self.width() - 2 * margin, max(40.0, self.height() * share))

    def card_area(self) -> QRectF:
        header = self.header_rect()
        margin = self.width() * MARGIN_SHARE
        top = header.bottom() + margin / 2
        return QRectF(margin, top, self.width() - 2 * margin, self.height() - top - margin)

    # --- painting --------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._plan = None
        self.ranking.setGeometry(self.rect())

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
        exposed = event.rect()
        outset = _margin(plan)
        pictures: dict[str, tuple[tuple[object, ...], QPixmap]] = {}
        for placed in plan.cards:
            look = self._looks[placed.card.id]
            key = (placed.card, placed.lines, placed.rect.size().toTuple(), plan.sizes, look)
            known = self._pictures.get(placed.card.id)
            if not placed.rect.adjusted(-outset, -outset, outset, outset).intersects(exposed):
                if known is not None and known[0] == key:
                    pictures[placed.card.id] = known
                continue
            picture = (
                known[1] if known is not None and known[0] == key else self._card_picture(placed, plan, look)
            )
            pictures[placed.card.id] = (key, picture)
            painter.drawPixmap(placed.rect.topLeft() - QPointF(outset, outset), picture)
        self._pictures = pictures  # what is on the screen now; the rest is let go
        painter.end()

    def _card_picture(self, placed: PlacedCard, plan: AudiencePlan, look: CardLook) -> QPixmap:
        """The card painted into a picture, reused while nothing on it changes.

        Adding one card to a full board then paints one card, not all of them.
        """
        margin = _margin(plan)
        ratio = self.devicePixelRatioF()
        size = placed.rect.size() + QSizeF(2 * margin, 2 * margin)
        picture = QPixmap((size * ratio).toSize() + QSize(1, 1))
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        card_painter = QPainter(picture)
        rect = QRectF(QPointF(margin, margin), placed.rect.size())
        paint_card(card_painter, rect, placed.card, placed.lines, plan.sizes, look)
        card_painter.end()
        return picture

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
            else self.words.translate("AudienceBoard", "Our board")
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
        if not board.dots_used:
            return ""
        if not board.dot_budget:  # no budget (paper counts in a big room): the count alone
            return self.words.translate("AudienceBoard", "%1 dots").replace("%1", str(board.dots_used))
        return (
            self.words.translate("AudienceBoard", "%1 of %2 dots placed")
            .replace("%1", str(board.dots_used))
            .replace("%2", str(board.dot_budget))
        )

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(QColor(style.AUDIENCE_MUTED))
        painter.setFont(card_font(max(style.MIN_AUDIENCE_TEXT_PX, self.height() * 0.045)))
        painter.drawText(
            self.card_area(),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.words.translate("AudienceBoard", "Points and ideas appear here as they are written"),
        )


def _margin(plan: AudiencePlan) -> float:
    """Room round a card for its shadow, the gold frame and the star of the chosen one."""
    return float(math.ceil(max(6.0, plan.sizes.text_px * 0.5)))
