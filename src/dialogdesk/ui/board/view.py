"""The facilitator's board: cards in theme columns, moved with the mouse (or a finger).

Drag a card onto another card to make a theme of the two, onto a theme to put it there, onto
the not-sorted area (or any empty space) to take it out of its theme. In vote mode a click on
a card adds a dot, a right-click takes one off, and a number typed on a card sets its dots.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QContextMenuEvent, QKeyEvent, QMouseEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsScene, QGraphicsView, QMenu, QStyle, QWidget

from dialogdesk.session import intents as i
from dialogdesk.session.board import Board, Card, CardKind
from dialogdesk.ui.board.card_painter import CardLook
from dialogdesk.ui.board.items import CARD_Z, DRAGGED_Z, CardItem, ThemeFrame
from dialogdesk.ui.board.layout import BoardPlan, CardSizes, plan_editor
from dialogdesk.ui.board.text_wrap import TextMeasure

CARD_WIDTH = 200.0
CARD_TEXT_PX = 15
TYPED_NUMBER_PAUSE_S = 1.2  # digits typed closer together than this make one number ("1", "2" -> 12)
BACKGROUND = "#eef2f6"


class BoardView(QGraphicsView):
    """Shows the board and turns mouse, touch and keys on it into intents."""

    editRequested = Signal(str)  # card id: edit its text in place
    renameRequested = Signal(str)  # theme id: edit its name in place
    themeMade = Signal(str)  # theme id of a theme just made by dropping a card on a card
    focusRequested = Signal(str)  # theme id: show it alone to the room (or stop, if it is shown)
    selectionChanged = Signal()

    def __init__(self, send: Callable[[i.Intent], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardView")
        self._send = send
        self.setScene(QGraphicsScene(self))
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setBackgroundBrush(QColor(BACKGROUND))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.measure = TextMeasure()
        self.title_measure = TextMeasure(bold=True)
        self.sizes = CardSizes.for_text(CARD_TEXT_PX, self.measure, roomy=True)
        self.board = Board()
        self.vote_mode = False
        self.focused_theme: str | None = None
        self.selected_card: str | None = None
        self.selected_theme: str | None = None
        self._cards: dict[str, CardItem] = {}
        self._frames: dict[str | None, ThemeFrame] = {}
        self._press: tuple[QPointF, QPoint] | None = None  # scene and viewport point of the press
        self._dragged: tuple[CardItem, QPointF] | None = None  # the card and where it was grabbed
        self._drop_target: CardItem | ThemeFrame | None = None
        self._typed = ("", "", 0.0)  # card id, digits, when
        self._scrolls = (False, False)  # whether the last layout needed a vertical, horizontal scroll bar
        self._kind_words = {
            CardKind.POINT: QCoreApplication.translate("BoardEditor", "Point"),
            CardKind.IDEA: QCoreApplication.translate("BoardEditor", "Idea"),
        }

    # --- showing the board ----------------------------------------------------------------------
    def show_board(self, board: Board) -> None:
        self.board = board
        visible = {card.id for card in board.visible_cards()}
        if self.selected_card is not None and self.selected_card not in visible:
            self.selected_card = None
        if self.selected_theme is not None and self.selected_theme not in board.themes:
            self.selected_theme = None
        self._render()

    def _plan(self) -> BoardPlan:
        """The layout for the room the scroll bars leave, so that only a scroll bar needed shows."""
        full = QSizeF(self.maximumViewportSize())
        extent = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        for _ in range(3):  # start from what the last layout needed: it nearly always still holds
            vertical, horizontal = self._scrolls
            room = QSizeF(full.width() - extent * vertical, full.height() - extent * horizontal)
            plan = plan_editor(self.board, self.measure, self.sizes, CARD_WIDTH, room)
            needed = (plan.size.height() > room.height(), plan.size.width() > room.width())
            if needed == self._scrolls:
                break
            self._scrolls = needed
        return plan

    def _render(self) -> None:
        """Bring the scene in line with the board: add, move and repaint only what changed."""
        board = self.board
        plan = self._plan()
        dragged = self._dragged[0] if self._dragged else None
        for card_id in set(self._cards) - set(plan.cards):
            self.scene().removeItem(self._cards.pop(card_id))
        for card in board.visible_cards():
            item = self._cards.get(card.id)
            if item is None:
                item = self._cards[card.id] = CardItem(card, self.sizes)
                self.scene().addItem(item)
            rect = plan.cards[card.id]
            if item is dragged:
                rect = QRectF(item.pos(), rect.size())  # it stays under the pointer until dropped
            item.show_card(card, rect, plan.lines[card.id], self._look(card))
        for key in set(self._frames) - set(plan.frames):
            self.scene().removeItem(self._frames.pop(key))
        counts: dict[str | None, int] = {}
        for card in board.visible_cards():
            key = card.theme if card.theme in board.themes else None
            counts[key] = counts.get(key, 0) + 1
        for key, frame_rect in plan.frames.items():
            frame = self._frames.get(key)
            if frame is None:
                frame = self._frames[key] = ThemeFrame(key, self.title_measure)
                self.scene().addItem(frame)
            title = (
                board.themes[key].name
                if key is not None
                else QCoreApplication.translate("BoardEditor", "Not sorted yet")
            )
            frame.show_frame(
                title,
                counts.get(key, 0),
                frame_rect,
                plan.headers[key],
                focused=key is not None and key == self.focused_theme,
                selected=key is not None and key == self.selected_theme,
            )
        self.scene().setSceneRect(QRectF(QPointF(0, 0), plan.size))

    def _look(self, card: Card) -> CardLook:
        board = self.board
        card_id = card.id
        return CardLook(
            label=" · ".join(part for part in (self._kind_words[card.kind], card.group) if part),
            dots_hidden=board.votes_hidden,
            chosen=board.chosen == card_id,
            selected=self.selected_card == card_id,
            drop_target=isinstance(self._drop_target, CardItem) and self._drop_target.card_id == card_id,
        )

    def card_item(self, card_id: str) -> CardItem | None:
        return self._cards.get(card_id)

    def theme_frame(self, theme_id: str | None) -> ThemeFrame | None:
        return self._frames.get(theme_id)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._render()

    # --- selecting ---------------------------------------------------------------------------------
    def select(self, card_id: str | None = None, theme_id: str | None = None) -> None:
        if (card_id, theme_id) == (self.selected_card, self.selected_theme):
            return
        self.selected_card, self.selected_theme = card_id, theme_id
        self._render()
        if card_id is not None and card_id in self._cards:
            self.ensureVisible(self._cards[card_id].sceneBoundingRect(), 16, 16)
        self.selectionChanged.emit()

    def theme_in_hand(self) -> str | None:
        """The selected theme, or the theme of the selected card."""
        if self.selected_theme is not None:
            return self.selected_theme
        card = self.board.cards.get(self.selected_card or "")
        return card.theme if card is not None and card.theme in self.board.themes else None

    # --- what is under the pointer -----------------------------------------------------------------
    def _card_at(self, scene_point: QPointF, *, besides: CardItem | None = None) -> CardItem | None:
        for item in self.scene().items(scene_point):
            if (
                isinstance(item, CardItem)
                and item is not besides
                and item.shape().contains(item.mapFromScene(scene_point))
            ):
                return item
        return None

    def _frame_at(self, scene_point: QPointF) -> ThemeFrame | None:
        for item in self.scene().items(scene_point):
            if isinstance(item, ThemeFrame) and item.frame.contains(scene_point):
                return item
        return None

    # --- mouse and touch ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        point = self.mapToScene(event.position().toPoint())
        card = self._card_at(point)
        if self.vote_mode and card is not None:
            self.select(card.card_id)
            if event.button() == Qt.MouseButton.LeftButton:
                self._send(i.AddDot(card.card_id))
            elif event.button() == Qt.MouseButton.RightButton:
                self._send(i.RemoveDot(card.card_id))
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._press = (point, event.position().toPoint())
        if card is not None:
            self.select(card.card_id)
            self._dragged = (card, point - card.pos())
            return
        frame = self._frame_at(point)
        if frame is not None and frame.theme_id is not None and frame.header.contains(point):
            self.select(theme_id=frame.theme_id)
            if frame.zoom_button().contains(point):
                self.focusRequested.emit(frame.theme_id)
            return
        self.select()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        start_scene, start_view = self._press
        here = event.position().toPoint()
        if self._dragged is None:  # on empty space a drag pans the board (one finger on a touch screen)
            delta = here - start_view
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            self._press = (start_scene, here)
            return
        item, grab = self._dragged
        if item.zValue() != DRAGGED_Z:
            if (here - start_view).manhattanLength() < QApplication.startDragDistance():
                return
            item.setZValue(DRAGGED_Z)
        point = self.mapToScene(here)
        item.setPos(point - grab)
        self._set_drop_target(self._card_at(point, besides=item) or self._frame_at(point))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        dragged = self._dragged
        self._press = None
        self._dragged = None
        self._set_drop_target(None)
        if dragged is None:
            return
        item, _ = dragged
        moved = item.zValue() == DRAGGED_Z  # else it was a click
        item.setZValue(CARD_Z)
        if moved:
            self.drop(item.card_id, self.mapToScene(event.position().toPoint()))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.vote_mode:
            self.mousePressEvent(event)  # two quick clicks are two dots
            return
        point = self.mapToScene(event.position().toPoint())
        card = self._card_at(point)
        if card is not None:
            self.editRequested.emit(card.card_id)
            return
        frame = self._frame_at(point)
        on_name = (
            frame is not None and frame.header.contains(point) and not frame.zoom_button().contains(point)
        )
        if frame is not None and frame.theme_id is not None and on_name:
            self.renameRequested.emit(frame.theme_id)

    def _set_drop_target(self, target: CardItem | ThemeFrame | None) -> None:
        if target is self._drop_target:
            return
        previous, self._drop_target = self._drop_target, target
        for item in (previous, target):
            if isinstance(item, ThemeFrame):
                item.set_drop_target(item is target)
            elif isinstance(item, CardItem) and item.card_id in self.board.cards:
                card = self.board.cards[item.card_id]
                item.show_card(card, QRectF(item.pos(), item.size.size()), item.lines, self._look(card))

    # --- dropping ------------------------------------------------------------------------------------
    def drop(self, card_id: str, point: QPointF) -> None:
        """A card let go at ``point``: into a theme, into a new theme with another card, or out."""
        board = self.board
        card = board.cards[card_id]
        item = self._cards.get(card_id)
        onto = self._card_at(point, besides=item)
        if onto is not None and board.cards[onto.card_id].theme in board.themes:
            theme = board.cards[onto.card_id].theme
        elif onto is not None:
            before = set(board.themes)
            if self._send(i.CreateTheme(name="", card_ids=(onto.card_id, card_id))):
                made = [theme_id for theme_id in self.board.themes if theme_id not in before]
                if made:
                    self.themeMade.emit(made[0])
                return
            self._render()
            return
        else:
            frame = self._frame_at(point)
            theme = frame.theme_id if frame is not None else None
        if theme == card.theme or not self._send(i.MoveCard(card_id, theme)):
            self._render()  # back into its place

    # --- menus and keys --------------------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.vote_mode:
            return  # the right button takes a dot off
        menu = self.menu_at(self.mapToScene(event.pos()))
        if menu is not None:
            menu.popup(event.globalPos())

    def menu_at(self, point: QPointF) -> QMenu | None:
        """The actions for what is at ``point`` (a card or a theme)."""
        menu = QMenu(self)
        card = self._card_at(point)
        frame = self._frame_at(point)
        if card is not None:
            self.select(card.card_id)
            card_id = card.card_id
            _add(
                menu,
                QCoreApplication.translate("BoardEditor", "Edit text (F2)"),
                lambda: self.editRequested.emit(card_id),
            )
            _add(
                menu,
                QCoreApplication.translate("BoardEditor", "Delete card (Del)"),
                lambda: self._send(i.DeleteCard(card_id)),
            )
        elif frame is not None and frame.theme_id is not None:
            theme_id = frame.theme_id
            self.select(theme_id=theme_id)
            shown = self.focused_theme == theme_id
            _add(
                menu,
                QCoreApplication.translate("BoardEditor", "Rename theme (F2)"),
                lambda: self.renameRequested.emit(theme_id),
            )
            _add(
                menu,
                QCoreApplication.translate("BoardEditor", "Show the whole board to the room")
                if shown
                else QCoreApplication.translate("BoardEditor", "Show only this theme to the room"),
                lambda: self.focusRequested.emit(theme_id),
            )
            _add(
                menu,
                QCoreApplication.translate("BoardEditor", "Dissolve theme"),
                lambda: self._send(i.DissolveTheme(theme_id)),
            )
        else:
            return None
        return menu

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        card_id = self.selected_card
        if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if card_id is not None:
                self.editRequested.emit(card_id)
            elif self.selected_theme is not None:
                self.renameRequested.emit(self.selected_theme)
            return
        if key == Qt.Key.Key_Escape:
            self.select()
            return
        if card_id is None:
            super().keyPressEvent(event)
            return
        if not self.vote_mode:
            if key == Qt.Key.Key_Delete:
                self._send(i.DeleteCard(card_id))
                return
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Minus):
            self._send(i.RemoveDot(card_id))
            return
        elif event.text().isdigit():
            self._type_digit(card_id, event.text())
            return
        super().keyPressEvent(event)

    def _type_digit(self, card_id: str, digit: str) -> None:
        """Dots counted on paper: digits typed in a row on the same card make one number."""
        last_card, digits, when = self._typed
        now = time.monotonic()
        digits = digits + digit if last_card == card_id and now - when < TYPED_NUMBER_PAUSE_S else digit
        self._typed = (card_id, digits, now)
        self._send(i.SetDots(card_id, int(digits)))


def _add(menu: QMenu, text: str, triggered: Callable[[], object]) -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(lambda _=False: triggered())
    return action
