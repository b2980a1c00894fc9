"""How a card looks, the same on the facilitator's board and on the projector.

A card is a sheet in its pair's or group's colour with a darker edge on the left. The edge
carries the mark for what it is (a round dot for a point, a light bulb for an idea); dots from
the vote sit at the bottom right as filled circles with their number; the chosen proposal has
a gold frame and a star.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from dialogdesk.session.board import Card, CardKind
from dialogdesk.ui.board.layout import CardSizes
from dialogdesk.ui.board.text_wrap import card_font

# (sheet, edge) per pair or group number; the text on every sheet is INK (contrast above 12:1).
GROUP_COLOURS: tuple[tuple[str, str], ...] = (
    ("#fff1a8", "#b38600"),  # yellow
    ("#cfe8ff", "#1f6fb2"),  # blue
    ("#d6f5cf", "#2e8540"),  # green
    ("#ffd9e1", "#c2185b"),  # pink
    ("#e4dcff", "#6a4fc9"),  # lavender
    ("#ffe0c2", "#c25e00"),  # orange
    ("#cdf3ee", "#0f7f75"),  # teal
    ("#f1e4d3", "#8d6e4c"),  # sand
)
NO_GROUP = ("#f4f5f7", "#6b7785")
INK = "#14202e"
MUTED_INK = "#3d4b5c"
DOT = "#d1344b"
HIDDEN_DOT = "#8a96a3"
CHOSEN = "#f2a900"
SELECTED = "#1f6fb2"
DROP_TARGET = "#2e8540"
FADE = 0.4  # how far a card not chosen fades into the background


def _blend(colour: QColor, into: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        *(a + (b - a) * share for a, b in zip(colour.getRgbF()[:3], into.getRgbF()[:3], strict=True))
    )


def group_number(group: str) -> int | None:
    """The number in "Par 3" or "Gruppe 2" (None when there is none)."""
    found = re.search(r"\d+", group)
    return int(found.group()) if found else None


def group_colours(group: str) -> tuple[QColor, QColor]:
    """(sheet, edge) for a pair or group; other labels get a colour of their own, the same each time."""
    if not group.strip():
        return QColor(NO_GROUP[0]), QColor(NO_GROUP[1])
    number = group_number(group)
    index = (number - 1) if number is not None else sum(map(ord, group))
    sheet, edge = GROUP_COLOURS[index % len(GROUP_COLOURS)]
    return QColor(sheet), QColor(edge)


@dataclass(frozen=True)
class CardLook:
    """What to show on a card beyond its text."""

    footer: bool = True  # the bottom line: label and dots
    label: str = ""  # e.g. "Idea · Group 2" (the facilitator's board)
    dots: bool = True
    dots_hidden: bool = False  # the room does not see them: drawn as grey rings
    chosen: bool = False
    faded_into: str = ""  # another card was chosen: blend this one partly into the background colour
    selected: bool = False
    drop_target: bool = False


def paint_card(
    painter: QPainter, rect: QRectF, card: Card, lines: tuple[str, ...], sizes: CardSizes, look: CardLook
) -> None:
    sheet, edge = group_colours(card.group)
    ink = QColor(INK)
    if look.faded_into:
        sheet, edge, ink = (_blend(colour, QColor(look.faded_into), FADE) for colour in (sheet, edge, ink))
    radius = max(4.0, sizes.text_px * 0.3)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 40))
    painter.drawRoundedRect(rect.translated(0, max(1.5, sizes.text_px * 0.08)), radius, radius)
    painter.setBrush(edge)
    painter.drawRoundedRect(rect, radius, radius)
    body = rect.adjusted(sizes.stripe, 0, 0, 0)
    painter.setBrush(sheet)
    painter.drawRoundedRect(body, radius, radius)
    painter.drawRect(QRectF(body.left(), body.top(), radius, body.height()))
    _paint_kind_mark(painter, rect, card.kind, sizes)

    painter.setPen(ink)
    painter.setFont(card_font(sizes.text_px))
    x = body.left() + sizes.pad_x
    baseline = rect.top() + sizes.pad_y + sizes.ascent
    for line in lines:
        painter.drawText(QPointF(x, baseline), line)
        baseline += sizes.line_height
    if look.footer:
        _paint_footer(painter, body, card, sizes, look)
    elif look.dots and card.dots:  # room after the last line: the dots go there
        last = baseline - sizes.line_height
        row = QRectF(
            x, last - sizes.ascent, body.width() - 2 * sizes.pad_x, sizes.ascent + sizes.footer_px * 0.2
        )
        _paint_dots(painter, row, card.dots, sizes, hidden=look.dots_hidden)
    _paint_frame(painter, rect, radius, sizes, look)
    painter.restore()


def _paint_kind_mark(painter: QPainter, rect: QRectF, kind: CardKind, sizes: CardSizes) -> None:
    centre = QPointF(rect.left() + sizes.stripe / 2, rect.top() + sizes.pad_y + sizes.line_height / 2)
    size = sizes.stripe * 0.62
    painter.setBrush(QColor("#ffffff"))
    if kind is CardKind.IDEA:  # a light bulb: glass and screw base
        painter.drawEllipse(centre + QPointF(0, -size * 0.2), size / 2, size / 2)
        painter.drawRoundedRect(
            QRectF(centre.x() - size * 0.22, centre.y() + size * 0.2, size * 0.44, size * 0.42), 1, 1
        )
    else:
        painter.drawEllipse(centre, size * 0.32, size * 0.32)


def _paint_footer(painter: QPainter, body: QRectF, card: Card, sizes: CardSizes, look: CardLook) -> None:
    footer = QRectF(
        body.left() + sizes.pad_x,
        body.bottom() - sizes.pad_y - sizes.footer_height,
        body.width() - 2 * sizes.pad_x,
        sizes.footer_height,
    )
    font = card_font(sizes.footer_px)
    painter.setFont(font)
    dots_width = 0.0
    if look.dots and card.dots:
        dots_width = _paint_dots(painter, footer, card.dots, sizes, hidden=look.dots_hidden)
    if look.label:
        painter.setPen(QColor(MUTED_INK))
        label_rect = footer.adjusted(0, 0, -dots_width - sizes.pad_x / 2, 0)
        text = painter.fontMetrics().elidedText(
            look.label, Qt.TextElideMode.ElideRight, int(label_rect.width())
        )
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text)


def _paint_dots(painter: QPainter, footer: QRectF, count: int, sizes: CardSizes, *, hidden: bool) -> float:
    """Up to five circles and the number, right-aligned; returns the width used."""
    diameter = sizes.footer_px * 0.95
    step = diameter * 1.15
    number = str(count)
    font = card_font(sizes.footer_px, bold=True)
    painter.setFont(font)
    number_width = painter.fontMetrics().horizontalAdvance(number) + diameter * 0.4
    circles = min(count, 5)
    width = circles * step + number_width
    left = footer.right() - width
    centre_y = footer.bottom() - diameter * 0.62
    colour = QColor(HIDDEN_DOT if hidden else DOT)
    for index in range(circles):
        centre = QPointF(left + index * step + diameter / 2, centre_y)
        if hidden:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colour, max(1.5, diameter * 0.14)))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
        painter.drawEllipse(centre, diameter / 2, diameter / 2)
    painter.setPen(QColor(MUTED_INK if hidden else INK))
    painter.drawText(
        QRectF(footer.right() - number_width, footer.top(), number_width, footer.height()),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
        number,
    )
    painter.setFont(card_font(sizes.footer_px))
    return width


def _paint_frame(painter: QPainter, rect: QRectF, radius: float, sizes: CardSizes, look: CardLook) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if look.chosen:
        width = max(3.0, sizes.text_px * 0.2)
        painter.setPen(QPen(QColor(CHOSEN), width))
        painter.drawRoundedRect(rect.adjusted(-width / 2, -width / 2, width / 2, width / 2), radius, radius)
        badge = max(14.0, sizes.text_px * 1.1)
        centre = QPointF(rect.right() - badge * 0.35, rect.top() + badge * 0.35)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(CHOSEN))
        painter.drawEllipse(centre, badge / 2, badge / 2)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(card_font(badge * 0.7, bold=True))
        painter.drawText(QRectF(centre.x() - badge / 2, centre.y() - badge / 2, badge, badge), "★", _CENTRE)
    if look.drop_target:
        painter.setPen(QPen(QColor(DROP_TARGET), 3, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), radius, radius)
    elif look.selected:
        painter.setPen(QPen(QColor(SELECTED), 3))
        painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), radius, radius)


_CENTRE = Qt.AlignmentFlag.AlignCenter
