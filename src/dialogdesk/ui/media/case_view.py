"""A written case on the projector: large text, one page at a time, never scrolled.

The case file is Markdown or plain text. QTextDocument lays it out at the widget's width; the
pages are cut here, between paragraphs where a paragraph fits on a page (a sentence is not
split over two pages while the room reads), between lines only for a paragraph taller than a
page, and a heading always goes with the paragraph after it. The page count goes to the shared
``CaseReading`` so the presenter's buttons know how far they can turn.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from dialogdesk.media.case import CaseReading
from dialogdesk.ui import style

TEXT_HEIGHT_SHARE = 0.044  # of the screen height: 48 px body text at 1080p
LINE_HEIGHT_PERCENT = 120


class CaseTextView(QWidget):
    """Paints the page of the case that ``reading`` says, in type sized for the room."""

    def __init__(self, reading: CaseReading, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reading = reading
        self.document = QTextDocument(self)
        self.document.setDocumentMargin(0)
        self.pages: list[tuple[float, float]] = [(0.0, 0.0)]  # (top, bottom) in document coordinates
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
        size = self.text_pixel_size()
        font = QFont(self.font())
        font.setPixelSize(size)
        self.document.setDefaultFont(font)
        spacing = QTextBlockFormat()
        spacing.setBottomMargin(size * 0.6)
        spacing.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor = QTextCursor(self.document)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(spacing)
        self.document.setTextWidth(max(self.width(), 100))
        self.pages = self._cut_pages(max(self.height(), 100))
        self.reading.set_page_count(len(self.pages))
        self.update()

    def _cut_pages(self, height: float) -> list[tuple[float, float]]:
        layout = self.document.documentLayout()
        blocks: list[QTextBlock] = []
        block = self.document.begin()
        while block.isValid():
            blocks.append(block)
            block = block.next()
        starts = [0.0]
        for index, block in enumerate(blocks):
            rect = layout.blockBoundingRect(block)
            top, bottom = rect.top(), rect.top() + rect.height() - block.blockFormat().bottomMargin()
            if block.blockFormat().headingLevel() and index + 1 < len(blocks):
                following = layout.blockBoundingRect(blocks[index + 1])
                bottom = max(bottom, following.top() + min(following.height(), height / 3))
            if bottom - starts[-1] <= height:
                continue
            if top > starts[-1] and bottom - top <= height:
                starts.append(top)  # the whole paragraph on the next page
                continue
            lines = block.layout()
            for number in range(lines.lineCount()):
                line = lines.lineAt(number)
                line_top = top + line.y()
                if line_top + line.height() - starts[-1] > height and line_top > starts[-1]:
                    starts.append(line_top)
        end = self.document.size().height()
        return [
            (start, min(stop, start + height)) for start, stop in zip(starts, [*starts[1:], end], strict=True)
        ]

    def page_count(self) -> int:
        return len(self.pages)

    def page_text(self, page: int) -> str:
        """The plain text laid out on ``page`` (for tests and the presenter's preview)."""
        top, bottom = self.pages[page]
        layout = self.document.documentLayout()
        lines = []
        block = self.document.begin()
        while block.isValid():
            block_top = layout.blockBoundingRect(block).top()
            block_layout = block.layout()
            for index in range(block_layout.lineCount()):
                line = block_layout.lineAt(index)
                if top <= block_top + line.y() < bottom:
                    lines.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
            block = block.next()
        return "\n".join(lines)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        top, bottom = self.pages[min(self.reading.page, len(self.pages) - 1)]
        painter.translate(0, -top)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, QColor(style.AUDIENCE_TEXT))
        context.clip = QRectF(0, top, self.width(), bottom - top)
        painter.setClipRect(context.clip)
        self.document.documentLayout().draw(painter, context)
        painter.end()


def page_label(page: int, count: int, template: str) -> str:
    """'Page 2 of 3' from a translated template with %1 and %2."""
    return template.replace("%1", str(page + 1)).replace("%2", str(count))
