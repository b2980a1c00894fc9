"""A written case on the projector: large text, one page at a time, never scrolled.

The case file is Markdown or plain text. QTextDocument lays it out for the widget's size and
splits it into pages at line boundaries; the page count goes to the shared ``CaseReading`` so
the presenter's buttons know how far they can turn.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from dialogdesk.media.case import CaseReading
from dialogdesk.ui import style

TEXT_HEIGHT_SHARE = 0.044  # of the screen height: 48 px body text at 1080p


class CaseTextView(QWidget):
    """Paints the page of the case that ``reading`` says, in type sized for the room."""

    def __init__(self, reading: CaseReading, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reading = reading
        self.document = QTextDocument(self)
        self.document.setDocumentMargin(0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        reading.textChanged.connect(self._set_text)
        reading.pageChanged.connect(lambda *_: self.update())
        self._set_text(reading.text)

    def text_pixel_size(self) -> int:
        screen_height = self.window().height() if self.window() is not None else self.height()
        return max(style.MIN_AUDIENCE_TEXT_PX, int(max(screen_height, 480) * TEXT_HEIGHT_SHARE))

    def _set_text(self, text: str) -> None:
        source = self.reading.source
        if source is None or source.suffix.lower() != ".txt":
            self.document.setMarkdown(text)
        else:
            self.document.setPlainText(text)
        self._layout()

    def _layout(self) -> None:
        font = QFont(self.font())
        font.setPixelSize(self.text_pixel_size())
        self.document.setDefaultFont(font)
        width, height = max(self.width(), 100), max(self.height(), 100)
        self.document.setTextWidth(width)
        self.document.setPageSize(QSizeF(width, height))
        self.reading.set_page_count(self.document.pageCount())
        self.update()

    def page_count(self) -> int:
        return self.document.pageCount()

    def page_text(self, page: int) -> str:
        """The plain text laid out on ``page`` (for tests and the presenter's preview)."""
        layout = self.document.documentLayout()
        height = self.document.pageSize().height()
        lines = []
        block = self.document.begin()
        while block.isValid():
            top = layout.blockBoundingRect(block).top()
            block_layout = block.layout()
            for index in range(block_layout.lineCount()):
                line = block_layout.lineAt(index)
                if int((top + line.y()) // height) == page:
                    lines.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
            block = block.next()
        return "\n".join(lines)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        page_height = self.document.pageSize().height()
        top = self.reading.page * page_height
        painter.translate(0, -top)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, QColor(style.AUDIENCE_TEXT))
        context.clip = QRectF(0, top, self.width(), page_height)
        painter.setClipRect(context.clip)
        self.document.documentLayout().draw(painter, context)
        painter.end()


def page_label(page: int, count: int, template: str) -> str:
    """'Page 2 of 3' from a translated template with %1 and %2."""
    return template.replace("%1", str(page + 1)).replace("%2", str(count))
