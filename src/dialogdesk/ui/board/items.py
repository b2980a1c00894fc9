"""What the facilitator's board scene is made of: cards, and theme frames with their headers."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from dialogdesk.session.board import Card
from dialogdesk.ui.board.card_painter import DROP_TARGET, SELECTED, CardLook, paint_card
from dialogdesk.ui.board.layout import CardSizes
from dialogdesk.ui.board.text_wrap import TextMeasure, card_font

CARD_Z = 1.0
DRAGGED_Z = 10.0
_OUTSET = 8.0  # room round a card for its shadow, frame and the star of the chosen one

FRAME_FILL = "#ffffff"
FRAME_LINE = "#c3ceda"
FRAME_FOCUSED = "#f2a900"
HEADER_FILL = "#e8eef5"
HEADER_TEXT = "#1b2a41"
UNSORTED_LINE = "#9aa8b8"
TITLE_PX = 15


class CardItem(QGraphicsItem):
    """One card; painted once and cached, so dragging it over hundreds of others stays smooth."""

    def __init__(self, card: Card, sizes: CardSizes) -> None:
        super().__init__()
        self.card = card
        self.sizes = sizes
        self.lines: tuple[str, ...] = ()
        self.size = QRectF()
        self.look = CardLook()
        self.setZValue(CARD_Z)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the view handles the mouse

    @property
    def card_id(self) -> str:
        return self.card.id

    def show_card(self, card: Card, rect: QRectF, lines: tuple[str, ...], look: CardLook) -> None:
        """Move and repaint only what changed."""
        size = QRectF(0, 0, rect.width(), rect.height())
        if size != self.size:
            self.prepareGeometryChange()
            self.size = size
        if (card, lines, look) != (self.card, self.lines, self.look):
            self.card, self.lines, self.look = card, lines, look
            self.update()
        if self.pos() != rect.topLeft():
            self.setPos(rect.topLeft())

    def boundingRect(self) -> QRectF:
        return self.size.adjusted(-_OUTSET, -_OUTSET, _OUTSET, _OUTSET)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.size)  # the card itself, not its shadow, is what a drop lands on
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_card(painter, self.size, self.card, self.lines, self.sizes, self.look)


class ThemeFrame(QGraphicsItem):
    """A theme's column: a frame with its name in the header, and a button to show it alone.

    With ``theme_id`` None it is the area of cards not sorted into a theme yet.
    """

    def __init__(self, theme_id: str | None, measure: TextMeasure) -> None:
        super().__init__()
        self.theme_id = theme_id
        self.measure = measure  # bold, for the name
        self.title = ""
        self.count = 0
        self.frame = QRectF()
        self.header = QRectF()
        self.focused = False
        self.selected = False
        self.drop_target = False
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def show_frame(
        self, title: str, count: int, frame: QRectF, header: QRectF, *, focused: bool, selected: bool
    ) -> None:
        state = (title, count, frame, header, focused, selected)
        if state == (self.title, self.count, self.frame, self.header, self.focused, self.selected):
            return
        only_header = (frame, header, focused, selected) == (
            self.frame,
            self.header,
            self.focused,
            self.selected,
        )
        if frame != self.frame:
            self.prepareGeometryChange()
        self.title, self.count, self.frame, self.header = title, count, frame, header
        self.focused, self.selected = focused, selected
        # A new name or count repaints the header only, not the whole column.
        self.update(header.adjusted(-3, -3, 3, 3) if only_header else self.boundingRect())

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def zoom_button(self) -> QRectF:
        """'Show this theme alone to the room', at the right end of the header (themes only)."""
        if self.theme_id is None:
            return QRectF()
        side = 30.0
        top = self.header.center().y() - side / 2
        return QRectF(self.header.right() - side - 8, top, side, side)

    def boundingRect(self) -> QRectF:
        return self.frame.adjusted(-3, -3, 3, 3)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = QColor(FRAME_FOCUSED if self.focused else FRAME_LINE)
        if self.drop_target:
            line = QColor(DROP_TARGET)
        elif self.selected:
            line = QColor(SELECTED)
        width = 3.0 if (self.focused or self.drop_target or self.selected) else 1.5
        if self.theme_id is None:  # a long dashed line: drawn without smoothing, it stays quick
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(
                QPen(QColor(DROP_TARGET if self.drop_target else UNSORTED_LINE), width, Qt.PenStyle.DashLine)
            )
            painter.setBrush(QColor(255, 255, 255, 90))
        else:
            painter.setPen(QPen(line, width))
            painter.setBrush(QColor(FRAME_FILL))
        painter.drawRoundedRect(self.frame, 10, 10)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_header(painter)

    def _paint_header(self, painter: QPainter) -> None:
        header = self.header.adjusted(2, 2, -2, 0)
        if self.theme_id is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#fff4cc" if self.focused else HEADER_FILL))
            path = QPainterPath()
            path.addRoundedRect(header, 9, 9)
            path.addRect(QRectF(header.left(), header.center().y(), header.width(), header.height() / 2))
            painter.drawPath(path.simplified())
        button = self.zoom_button()
        right = button.left() - 6 if not button.isNull() else header.right() - 8
        painter.setFont(card_font(TITLE_PX - 2, bold=True))
        count = str(self.count)
        pill_width = painter.fontMetrics().horizontalAdvance(count) + 14
        pill = QRectF(right - pill_width, header.center().y() - 11, pill_width, 22)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff" if self.theme_id is not None else HEADER_FILL))
        painter.drawRoundedRect(pill, 11, 11)
        painter.setPen(QColor(HEADER_TEXT))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, count)
        text_rect = header.adjusted(10, 0, 0, 0)
        text_rect.setRight(pill.left() - 6)
        # A long word makes the name smaller (down to 11 px) before it is broken.
        widest = self.measure.longest_word(self.title, TITLE_PX)
        px = max(11.0, min(TITLE_PX, TITLE_PX * text_rect.width() * 0.9 / widest)) if widest else TITLE_PX
        lines = self.measure.wrap(self.title, text_rect.width(), px)
        if len(lines) > 2:
            lines = (lines[0], self.measure.elide(" ".join(lines[1:]), text_rect.width(), px))
        painter.setFont(card_font(px, bold=True))
        line_height = self.measure.line_height(px)
        baseline = text_rect.center().y() - line_height * len(lines) / 2 + self.measure.ascent(px)
        for line in lines:
            painter.drawText(QPointF(text_rect.left(), baseline), line)
            baseline += line_height
        if not button.isNull():
            self._paint_zoom_button(painter, button)

    def _paint_zoom_button(self, painter: QPainter, button: QRectF) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(FRAME_FOCUSED if self.focused else "#ffffff"))
        painter.drawRoundedRect(button, 6, 6)
        lens = button.adjusted(
            button.width() * 0.2, button.height() * 0.2, -button.width() * 0.35, -button.height() * 0.35
        )
        painter.setPen(QPen(QColor(HEADER_TEXT), 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(lens)
        handle_start = lens.center() + QPointF(lens.width() * 0.36, lens.height() * 0.36)
        painter.drawLine(
            handle_start,
            QPointF(button.right() - button.width() * 0.18, button.bottom() - button.height() * 0.18),
        )
