"""HTML to an A4 PDF with Qt's own text engine: QTextDocument laid out on a QPdfWriter.

Every page gets a footer ("Side 3 af 5" and the document's name) and, after the first, a running
header. Long words wrap anywhere rather than run off the page, and a heading that would end a page
is moved to the next one with what it heads. Lengths in the HTML are written with ``pt()``:
the document is laid out in the writer's pixels (RESOLUTION per inch), 4 pixels to a point.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

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
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

RESOLUTION = 288  # pixels per inch: 4 per point
MM = RESOLUTION / 25.4
FONT_FAMILIES = ["Calibri", "Arial", "Helvetica", "Liberation Sans", "DejaVu Sans"]
BODY_POINTS = 10.5
INK = "#1d1d1b"
ACCENT = "#1f4e79"  # a sober municipal blue
MUTED = "#5f6b76"
RULE = "#c9d3dd"
SHADE = "#eef2f6"


def pt(points: float) -> int:
    """A length in points as the document's pixels."""
    return round(points * RESOLUTION / 72)


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
    data: bytes
    pages: int


def _font(points: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def _keep_headings_with_text(document: QTextDocument, page_height: float) -> None:
    """Move a heading that is the last thing on its page to the next page."""
    layout = document.documentLayout()
    for _ in range(50):  # each pass moves at least one heading; a document has fewer
        moved = False
        block = document.begin()
        while block.isValid():
            following = block.next()
            if block.blockFormat().headingLevel() and following.isValid():
                here = layout.blockBoundingRect(block)
                there = layout.blockBoundingRect(following)
                if int(here.top() // page_height) != int(there.bottom() // page_height) and here.top() > 0:
                    fmt = QTextBlockFormat(block.blockFormat())
                    fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).setBlockFormat(fmt)
                    moved = True
                    break
            block = following
        if not moved:
            return


def render_pdf(html: str, setup: PageSetup) -> PdfDocument:
    """Lay ``html`` out on A4 pages and return the PDF; needs a QGuiApplication."""
    buffer_bytes = QByteArray()
    buffer = QBuffer(buffer_bytes)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF())
    )
    writer.setTitle(setup.title)
    writer.setCreator(setup.author)

    page = QRectF(0, 0, writer.width(), writer.height())
    body = page.adjusted(
        setup.margin_left_mm * MM,
        setup.margin_top_mm * MM,
        -setup.margin_right_mm * MM,
        -setup.margin_bottom_mm * MM,
    )

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(_font(BODY_POINTS))
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setPageSize(QSizeF(body.width(), body.height()))
    _keep_headings_with_text(document, body.height())
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
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, index * body.height(), body.width(), body.height())
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()
            _decorate(painter, setup, page, body, index, pages, small, small_height)
    finally:
        painter.end()
    buffer.close()
    return PdfDocument(bytes(buffer_bytes.data()), pages)


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
h1 {{ font-size: {pt(20)}px; font-weight: bold; color: {ACCENT}; margin-top: 0; margin-bottom: {pt(6)}px; }}
h2 {{ font-size: {pt(14)}px; font-weight: bold; color: {ACCENT};
      margin-top: {pt(16)}px; margin-bottom: {pt(6)}px; }}
h3 {{ font-size: {pt(11.5)}px; font-weight: bold; color: {INK};
      margin-top: {pt(10)}px; margin-bottom: {pt(3)}px; }}
p {{ margin-top: 0; margin-bottom: {pt(5)}px; }}
ul, ol {{ margin-top: 0; margin-bottom: {pt(5)}px; }}
li {{ margin-bottom: {pt(2)}px; }}
.muted {{ color: {MUTED}; }}
.small {{ font-size: {pt(8.5)}px; }}
th {{ background-color: {SHADE}; color: {INK}; font-weight: bold; text-align: left; }}
"""


def title_block(kicker: str, title: str, subtitle: str = "") -> str:
    """The band a municipal document opens with: who it is for, the title, a line under it."""
    sub = (
        f'<p style="color: #ffffff; font-size: {pt(11)}px; margin-top: {pt(4)}px; margin-bottom: 0;">'
        f"{text(subtitle)}</p>"
        if subtitle
        else ""
    )
    return (
        f'<table width="100%" cellspacing="0" cellpadding="{pt(14)}" style="border-collapse: collapse;">'
        f'<tr><td style="background-color: {ACCENT};">'
        f'<p style="color: #d6e3f0; font-size: {pt(9)}px; margin-bottom: {pt(4)}px;">'
        f"{escape(kicker.upper())}</p>"
        f'<p style="color: #ffffff; font-size: {pt(22)}px; font-weight: bold; margin: 0;">{text(title)}</p>'
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
    """A ruled table; cells are HTML already; ``widths`` in percent; ``align`` 'l'/'r' per column."""
    aligns = align or "l" * len(header)

    def cell(tag: str, content: str, column: int) -> str:
        side = "right" if aligns[column] == "r" else "left"
        return f'<{tag} width="{widths[column]}%" align="{side}">{content}</{tag}>'

    head = "<tr>" + "".join(cell("th", escape(h), n) for n, h in enumerate(header)) + "</tr>"
    body = "".join("<tr>" + "".join(cell("td", c, n) for n, c in enumerate(row)) + "</tr>" for row in rows)
    return (
        f'<table width="100%" cellspacing="0" cellpadding="{pt(4)}" border="{pt(0.6)}" '
        f'style="border-collapse: collapse; border-color: {RULE}; border-style: solid; '
        f'margin-bottom: {pt(6)}px;">{head}{body}</table>'
    )
