"""Editing a card's text or a theme's name where it is, on the board: no dialog in the room.

Enter keeps the change, Escape drops it, clicking elsewhere keeps it. While the field is open
it takes Escape before anything else in the application (the session's remote-control keys
use Escape too), so Escape only ever cancels the edit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QLineEdit


class InlineEditor(QLineEdit):
    """A one-line field laid over the card or theme header being edited."""

    committed = Signal(str, str, str)  # what ("card" or "theme"), its id, the new text
    finished = Signal()  # committed or cancelled: the field is gone

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view.viewport())
        self.setObjectName("boardInlineEditor")
        self._view = view
        self.target: tuple[str, str] | None = None  # ("card" | "theme", id)
        self._scene_rect = QRectF()
        self._original = ""
        self.setStyleSheet(
            "QLineEdit#boardInlineEditor { font-size: 15px; padding: 6px 8px; border: 2px solid #1f6fb2;"
            " border-radius: 6px; background: #ffffff; color: #14202e; }"
        )
        self.hide()

    @property
    def is_open(self) -> bool:
        return self.target is not None

    def open(self, what: str, target_id: str, text: str, scene_rect: QRectF) -> None:
        """Show the field over ``scene_rect`` with ``text`` selected, so typing replaces it."""
        if self.is_open:
            self.commit()
        self.target = (what, target_id)
        self._original = text
        self._scene_rect = scene_rect
        self.setText(text)
        self.selectAll()
        self.follow()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # installed last, so asked first

    def follow(self, scene_rect: QRectF | None = None) -> None:
        """Stay over the item when the board is laid out again or scrolled."""
        if scene_rect is not None:
            self._scene_rect = scene_rect
        rect = self._view.mapFromScene(self._scene_rect).boundingRect()
        height = max(self.sizeHint().height(), 36)
        self.setGeometry(
            rect.left(), rect.top() + max(0, (rect.height() - height) // 2), rect.width(), height
        )

    def commit(self) -> None:
        if self.target is None:
            return
        what, target_id = self.target
        text = self.text().strip()
        self._close()
        if text and text != self._original:
            self.committed.emit(what, target_id, text)
        self.finished.emit()

    def cancel(self) -> None:
        if self.target is None:
            return
        self._close()
        self.finished.emit()

    def _close(self) -> None:
        self.target = None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.hide()

    # --- keys --------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        ):
            if event.type() == QEvent.Type.KeyPress:
                self.cancel()
            else:
                event.accept()
            return True
        return False
