"""HTML to an A4 PDF with Qt's own text engine: QTextDocument laid out on a QPdfWriter.

Every page gets a footer ("Side 3 af 5" and the document's name) and, after the first, a running
header. Long words wrap anywhere rather than run off the page; a heading that would end a page
moves to the next one with what it heads, and a short paragraph or table is kept on one page
(see ``_paginate``). In the HTML, font sizes are in points ("11pt"); other lengths (margins,
padding, borders) are CSS pixels of 1/96 inch, which Qt scales to the writer's resolution: write
them with ``pt()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
    QTextTable,
)

RESOLUTION = 300  # the writer's pixels per inch
MM = RESOLUTION / 25.4
CLIP_INSET = 3 * RESOLUTION / 72  # less than any line is high, more than any leading
SLACK = 1.0  # layout positions are rounded to 1/64 pixel
FOLLOW_POINTS = 60  # a heading keeps at least this much of what it heads on its page
FONT_FAMILIES = ["Calibri", "Arial", "Helvetica", "Liberation Sans", "DejaVu Sans"]
BODY_POINTS = 10.5
INK = "#1d1d1b"
ACCENT = "#1f4e79"  # a sober municipal blue
MUTED = "#5f6b76"
RULE = "#c9d3dd"
SHADE = "#eef2f6"


def pt(points: float) -> float:
    """A length in points as CSS pixels (1/96 inch) for margins, padding and borders."""
    return round(points * 96 / 72, 1)


def text(value: str) -> str:
    """Plain text as HTML, line breaks kept."""
    return "<br>".join(escape(line) for line in value.strip().splitlines())


@dataclass(frozen=True)
class PageSetup:
    """What goes around the text on every page."""

    title: str  # the PDF's title (document properties) and the footer's left side
    page_label: str = "Side {page} af {pages}"
    running_header: str = ""  # on every page but the first
    author: str = "DialogDesk"
    margin_left_mm: float = 22
    margin_right_mm: float = 20
    margin_top_mm: float = 20
    margin_bottom_mm: float = 22


@dataclass(frozen=True)
class PdfDocument:
    """A rendered PDF: its bytes, its page count and the page setup it was made with."""

    data: bytes
    pages: int
    setup: PageSetup


def _font(points: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def _heading_sizes_from_stylesheet(document: QTextDocument) -> None:
    """Let the stylesheet's font sizes hold for headings.

    Qt's HTML reader gives <h1>-<h6> a size step relative to the default font (h5 'small') that
    wins over a font-size in the stylesheet; without the step, the point size applies.
    """
    adjustment = QTextFormat.Property.FontSizeAdjustment
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                fmt = fragment.charFormat()
                if fmt.hasProperty(adjustment) and fmt.hasProperty(QTextFormat.Property.FontPointSize):
                    fmt.clearProperty(adjustment)
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.setCharFormat(fmt)
                fragments += 1
        block = block.next()


def _page_of(y: float, page_height: float) -> int:
    return int(y // page_height)


def _is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0 and QTextCursor(block).currentTable() is None


def _is_moved(block: QTextBlock) -> bool:
    breaks = block.blockFormat().pageBreakPolicy()
    return bool(breaks & QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def _move_block(block: QTextBlock) -> None:
    fmt = QTextBlockFormat(block.blockFormat())
    fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(fmt)


def _headings_before(block: QTextBlock) -> QTextBlock | None:
    """The first of the headings right before ``block`` (they go where it goes), or None."""
    first = None
    previous = block.previous()
    while previous.isValid() and _is_heading(previous) and not _is_moved(previous):
        first, previous = previous, previous.previous()
    return first


def _move_table(document: QTextDocument, table: QTextTable, page_height: float) -> bool:
    """Move a short table that runs over a page break to the next page whole (Qt splits its rows)."""
    fmt = table.format()
    if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        return False
    frame = document.documentLayout().frameBoundingRect(table)
    if frame.height() > page_height / 3 or frame.top() <= 0:
        return False
    heading = _headings_before(table.firstCursorPosition().block())
    if heading is not None:
        _move_block(heading)
        return True
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    table.setFormat(fmt)
    return True


def _heading_stranded(layout: QAbstractTextDocumentLayout, heading: QTextBlock, page_height: float) -> bool:
    """Whether a block starting within FOLLOW_POINTS under the heading starts on another page.

    (A short block that only ends on the next page moves there whole, headings and all.)
    """
    rect = layout.blockBoundingRect(heading)
    page = _page_of(rect.top() + SLACK, page_height)
    limit = rect.bottom() + FOLLOW_POINTS * RESOLUTION / 72
    following = heading.next()
    while following.isValid() and not _is_heading(following):
        there = layout.blockBoundingRect(following)
        if there.top() > limit:
            return False
        if _page_of(there.top() + SLACK, page_height) != page:
            return True
        following = following.next()
    return False


def _paginate(document: QTextDocument, page_height: float) -> int:
    """Page breaks a reader expects, in one sweep from the top; returns how many it added.

    A heading with less than FOLLOW_POINTS of its text under it on the page moves to the next page.
    A paragraph or a table that would run over a page break and is at most a third of a page moves
    to the next page whole, with the headings right before it. Besides reading better, this keeps
    the PDF's text clean: Qt draws the last line before a page break once more, clipped away, at the
    top of the next page, where search and screen readers would find it twice. (A break on a block
    inside a table cell leaves Qt's table layout with empty pages, so tables move whole.)
    """
    layout = document.documentLayout()
    moves = 0
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        top = _page_of(rect.top() + SLACK, page_height)
        if _is_moved(block) or rect.top() <= SLACK:
            pass
        elif _is_heading(block):
            if _heading_stranded(layout, block, page_height):
                _move_block(_headings_before(block) or block)
                moves += 1
        elif top != _page_of(rect.bottom() - SLACK, page_height):
            table = QTextCursor(block).currentTable()
            if table is None and rect.height() <= page_height / 3:
                _move_block(_headings_before(block) or block)
                moves += 1
            elif table is not None and _move_table(document, table, page_height):
                moves += 1
        block = block.next()
    return moves


def _writer(device: QIODevice, setup: PageSetup) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF())
    )
    writer.setTitle(setup.title)
    writer.setCreator(setup.author)
    return writer


def _body(writer: QPdfWriter, setup: PageSetup) -> QRectF:
    return QRectF(0, 0, writer.width(), writer.height()).adjusted(
        setup.margin_left_mm * MM,
        setup.margin_top_mm * MM,
        -setup.margin_right_mm * MM,
        -setup.margin_bottom_mm * MM,
    )


def _laid_out(html: str, writer: QPdfWriter, body: QRectF) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(_font(BODY_POINTS))
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setDocumentMargin(0)
    document.setHtml(html)
    _heading_sizes_from_stylesheet(document)
    document.setPageSize(QSizeF(body.width(), body.height()))
    for _ in range(20):  # a sweep sees the layout as it was; sweep until nothing moves
        document.markContentsDirty(0, document.characterCount())
        if not _paginate(document, body.height()):
            break
    return document


def count_pages(html: str, setup: PageSetup) -> int:
    """How many pages ``html`` takes, without writing the PDF."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, setup)
    pages = _laid_out(html, writer, _body(writer, setup)).pageCount()
    shiboken6.delete(writer)  # the layout keeps its paint device alive: one writer per report otherwise
    return pages


def render_pdf(html: str, setup: PageSetup) -> PdfDocument:
    """Lay ``html`` out on A4 pages and return the PDF; needs a QGuiApplication."""
    buffer_bytes = QByteArray()
    buffer = QBuffer(buffer_bytes)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, setup)
    page = QRectF(0, 0, writer.width(), writer.height())
    body = _body(writer, setup)
    document = _laid_out(html, writer, body)
    pages = document.pageCount()

    small = _font(8)
    small_height = QFontMetricsF(small, writer).height()
    painter = QPainter(writer)
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(body.left(), body.top() - index * body.height())
            page_area = QRectF(0, index * body.height(), body.width(), body.height())
            painter.setClipRect(page_area)
            # The layout draws every line that touches its clip. A line moved to the next page starts
            # on this page's lower edge, and a line's leading can reach over the upper edge from the
            # page before: drawn here they are clipped away but stay in the PDF's text, found twice by
            # search and read twice by a screen reader. A clip a few points smaller keeps them off.
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = page_area.adjusted(0, CLIP_INSET, 0, -CLIP_INSET)
            document.documentLayout().draw(painter, context)
            painter.restore()
            _decorate(painter, setup, page, body, index, pages, small, small_height)
    finally:
        painter.end()
    del document
    shiboken6.delete(writer)  # see count_pages
    buffer.close()
    return PdfDocument(bytes(buffer_bytes.data()), pages, setup)


def _decorate(
    painter: QPainter,
    setup: PageSetup,
    page: QRectF,
    body: QRectF,
    index: int,
    pages: int,
    font: QFont,
    line_height: float,
) -> None:
    painter.save()
    painter.setFont(font)
    footer_top = body.bottom() + 7 * MM
    painter.setPen(QPen(QColor(RULE), pt(0.6)))
    painter.drawLine(body.left(), footer_top - 2 * MM, body.right(), footer_top - 2 * MM)
    painter.setPen(QColor(MUTED))
    footer = QRectF(body.left(), footer_top, body.width(), line_height * 1.5)
    number = setup.page_label.format(page=index + 1, pages=pages)
    number_width = painter.fontMetrics().horizontalAdvance(number) + 6 * MM
    title_box = footer.adjusted(0, 0, -number_width, 0)
    title = painter.fontMetrics().elidedText(setup.title, Qt.TextElideMode.ElideRight, int(title_box.width()))
    painter.drawText(title_box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), title)
    painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), number)
    if index and setup.running_header:
        header = QRectF(body.left(), body.top() - 9 * MM, body.width(), line_height * 1.5)
        elided = painter.fontMetrics().elidedText(
            setup.running_header, Qt.TextElideMode.ElideRight, int(header.width())
        )
        painter.drawText(header, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), elided)
        painter.setPen(QPen(QColor(RULE), pt(0.6)))
        painter.drawLine(body.left(), body.top() - 4 * MM, body.right(), body.top() - 4 * MM)
    painter.restore()


# --- building blocks shared by the report and the drejebog -------------------------------------
def stylesheet() -> str:
    return f"""
body {{ color: {INK}; }}
h1 {{ font-size: 20pt; font-weight: bold; color: {ACCENT}; margin-top: 0; margin-bottom: {pt(6)}px; }}
h2 {{ font-size: 14pt; font-weight: bold; color: {ACCENT};
      margin-top: {pt(16)}px; margin-bottom: {pt(6)}px; }}
h3 {{ font-size: 11.5pt; font-weight: bold; color: {INK};
      margin-top: {pt(10)}px; margin-bottom: {pt(3)}px; }}
p {{ margin-top: 0; margin-bottom: {pt(5)}px; }}
ul, ol {{ margin-top: 0; margin-bottom: {pt(5)}px; }}
li {{ margin-bottom: {pt(2)}px; }}
.muted {{ color: {MUTED}; }}
.small {{ font-size: 8.5pt; }}
th {{ background-color: {SHADE}; color: {INK}; font-weight: bold; text-align: left; }}
"""


def title_block(kicker: str, title: str, subtitle: str = "") -> str:
    """The band a municipal document opens with: who it is for, the title, a line under it."""
    sub = (
        f'<p style="color: #ffffff; font-size: 11pt; margin-top: {pt(4)}px; margin-bottom: 0;">'
        f"{text(subtitle)}</p>"
        if subtitle
        else ""
    )
    return (
        f'<table width="100%" cellspacing="0" cellpadding="{pt(14)}" style="border-collapse: collapse;">'
        f'<tr><td style="background-color: {ACCENT};">'
        f'<p style="color: #d6e3f0; font-size: 9pt; margin-bottom: {pt(4)}px;">'
        f"{escape(kicker.upper())}</p>"
        f'<p style="color: #ffffff; font-size: 22pt; font-weight: bold; margin: 0;">{text(title)}</p>'
        f"{sub}</td></tr></table>"
    )


def facts_table(rows: list[tuple[str, str]]) -> str:
    """Label and value pairs in a light box under the title."""
    cells = "".join(
        f'<tr><td width="32%" style="color: {MUTED}; padding: {pt(3)}px {pt(8)}px;">{escape(label)}</td>'
        f'<td style="padding: {pt(3)}px {pt(8)}px;">{text(value)}</td></tr>'
        for label, value in rows
    )
    return (
        f'<table width="100%" cellspacing="0" cellpadding="0" style="border-collapse: collapse; '
        f'background-color: {SHADE}; margin-top: {pt(0)}px; margin-bottom: {pt(10)}px;">'
        f'<tr><td colspan="2" style="padding-top: {pt(5)}px;"></td></tr>{cells}'
        f'<tr><td colspan="2" style="padding-bottom: {pt(5)}px;"></td></tr></table>'
    )


def grid(header: list[str], rows: list[list[str]], widths: list[int], align: str = "") -> str:
    """A table with a shaded header and a thin rule under each row; cells are HTML already.

    ``widths`` in percent; ``align`` 'l' or 'r' per column.
    """
    aligns = align or "l" * len(header)
    rule = f"border-bottom: {pt(0.75)}px solid {RULE};"

    def cell(tag: str, content: str, column: int) -> str:
        side = "right" if aligns[column] == "r" else "left"
        return f'<{tag} width="{widths[column]}%" align="{side}" style="{rule}">{content}</{tag}>'

    # A header row in <thead> is repeated at the top of each page the table runs onto.
    head = "<thead><tr>" + "".join(cell("th", escape(h), n) for n, h in enumerate(header)) + "</tr></thead>"
    body = "".join("<tr>" + "".join(cell("td", c, n) for n, c in enumerate(row)) + "</tr>" for row in rows)
    return (
        f'<table width="100%" cellspacing="0" cellpadding="{pt(4)}" '
        f'style="border-collapse: collapse; margin-top: {pt(4)}px; margin-bottom: {pt(6)}px;">'
        f"{head}{body}</table>"
    )
